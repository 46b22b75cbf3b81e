/**
 * Query and text normalisation: everything that turns what people type in Discord into comparable terms.
 * Pure functions, no state.
 */

/** The longest question the engine reads; the rest is ignored (Discord messages can be 4,000 characters). */
export const MAX_QUESTION_LENGTH = 500;

// Invisible characters (soft hyphen, zero-width, direction marks, variation selectors, BOM), one alternation so
// that no combining mark is silently glued to its neighbour in a character class.
const ZERO_WIDTH =
	/\u00AD|\u034F|\u061C|\u115F|\u1160|\u17B4|\u17B5|\u180E|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u206F]|[\uFE00-\uFE0F]|\uFEFF/gu;

/**
 * Strips what Discord and the web wrap around a question: mentions, custom emoji, timestamps, URLs, markdown,
 * HTML, emoji and zero-width characters. Keeps the words people wrote, including those inside code spans
 * and link texts, so a question wrapped in markdown is still a question.
 */
/** Characters that markup, mentions, links or code need: a message without them skips those passes. */
const MARKUP = /[<>[\]`*_~|#@]|:\/\/|www\./;
/** Words that code or prompt-injection boilerplate start with: a message without them skips those passes. */
const CODE_OR_INJECTION =
	/\b(drop|create|alter|truncate|select|insert|delete|union|update|ignore|disregard|forget|override|bypass|you are now|from now on|act as|pretend|jailbreak|mode|system|user|assistant|repeat|say|type|print|alert|console|eval|prompt|on\w+\s*=)|'\s*or\b/i;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u20E3)+/gu;

export function cleanMessage(input: string): string {
	let s = input.normalize('NFKC').replace(ZERO_WIDTH, '');
	if (MARKUP.test(s)) {
		s = s
			.replace(/<a?:\w{1,32}:\d{5,25}>/g, ' ') // custom emoji
			.replace(/<(?:@[!&]?|#)\d{5,25}>/g, ' ') // user, role and channel mentions
			.replace(/<\/[\w -]{1,32}:\d{5,25}>/g, ' ') // slash-command mentions
			.replace(/<t:-?\d{1,13}(?::[tTdDfFR])?>/g, ' ') // timestamps
			.replace(/@(?:everyone|here)\b/gi, ' ')
			.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // markdown images
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links keep their text
			.replace(/\b(?:https?|ftp):\/\/\S+/gi, ' ')
			.replace(/\bwww\.\S+/gi, ' ')
			.replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ') // script bodies are code, not words
			.replace(/<\/?[a-z][^>]*>/gi, ' ') // other HTML tags
			.replace(/```[a-z]*\n?/gi, ' ');
	}
	if (CODE_OR_INJECTION.test(s)) {
		// Code and prompt-injection boilerplate are text to ignore, not words of a question.
		s = s
			.replace(/\b(?:drop|create|alter|truncate)\s+(?:table|database|schema)\b\s*[\w.]*/gi, ' ')
			.replace(/\bselect\b[\s\S]{0,80}?\bfrom\b\s*[\w.]*/gi, ' ')
			.replace(/\b(?:insert\s+into|delete\s+from|union\s+(?:all\s+)?select|update\s+\w+\s+set)\b\s*[\w.]*/gi, ' ')
			.replace(/'\s*or\s*'?\d'?\s*=\s*'?\d'?/gi, ' ')
			.replace(
				/\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|your\s+|the\s+|my\s+|previous\s+|prior\s+|above\s+|earlier\s+|of\s+)*(?:rules|instructions|prompts?|guidelines|directions|constraints|programming|guardrails)\b/gi,
				' ',
			)
			.replace(
				/\b(?:you are now|from now on you|act as|pretend (?:to be|you are)|jailbreak|developer mode|debug mode|dan mode)\b[^.?!\n]*/gi,
				' ',
			)
			.replace(/\b(?:system|user|assistant)\s*:/gi, ' ')
			.replace(
				/\b(?:repeat after me|just say|now say|please say|say that|say this|type this|print this)\b[\s\S]*$/gi,
				' ',
			)
			.replace(/\b(?:alert|console\.log|eval|prompt)\s*\([^)]*\)/gi, ' ')
			.replace(/\bon\w+\s*=\s*\S+/gi, ' ');
	}
	s = s.replace(/[*_~`|>#]+/g, ' '); // markdown markers, spoilers, quotes, headings
	// Emoji often end a sentence in chat ("... zoned out 💀 when was it signed"): keep that boundary.
	if (/[^\u0020-\u007E\s]/.test(s)) s = s.replace(EMOJI, ' . ');
	return s
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+|[\s.]+(?= \.|$)/g, '')
		.trim();
}

/**
 * Folds a cleaned text into comparable form: lower case, straight quotes, hyphens and punctuation to spaces,
 * possessive 's dropped. Hangul and other scripts are kept as they are.
 */
export function foldText(input: string): string {
	// Most curated text (names, keywords, plain questions) is lower-case letters, digits and single spaces once
	// lower-cased: nothing below would change it.
	const lower = input.toLowerCase();
	if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(lower)) return lower;
	return lower
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
		.replace(/[\u201C\u201D\u201E\u2033]/g, '"')
		.replace(/(\p{L})'s\b/gu, '$1')
		.replace(/(\p{L})'(t|re|ve|ll|d|m)\b/gu, '$1$2')
		.replace(/(\d),(\d{3})/g, '$1$2')
		.replace(/(\d)\s*%/g, '$1 percent')
		.replace(/%/g, ' percent ')
		.replace(/\bu\.\s?s\.(?=\s|$)/g, 'us')
		.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const foldMemo = new Map<string, string>();

/**
 * foldText, remembered: building the engine folds the same curated strings several times over (for matching,
 * Fuse, question types, speakers). Only for curated text, never for users' questions, so it stays small.
 */
export function foldCached(input: string): string {
	let folded = foldMemo.get(input);
	if (folded === undefined) {
		folded = foldText(input);
		if (foldMemo.size > 50_000) foldMemo.clear();
		foldMemo.set(input, folded);
	}
	return folded;
}

/** Words that carry no meaning for matching (function words). Question words are handled separately. */
export const STOP_WORDS = new Set(
	`a an the and or but if then so of to in on at by for with from into onto about as than that this these those
	is are was were be been being am do does did doing done have has had having will would shall should can could
	may might must it its it's they them their theirs he him his she her hers we us our you your yours i me my mine
	what which who whom whose when where why how there here any some each every all both either neither not no nor
	just only also very too again still even ever yet such own same other another up down out over under more most
	during while
	s t d ll re ve m o y let lets get got gets getting`
		.split(/\s+/)
		.filter(Boolean),
);
// "us" is the United States after alias folding: never a stop word.
STOP_WORDS.delete('us');
// "may" is a month in this article ("May 4"); keep it.
STOP_WORDS.delete('may');
// "out" carries meaning in "pull out"; "not"/"no" carry meaning for negative questions only weakly: drop them.

/**
 * Chat filler: words that wrap a question in Discord without being part of it. Weightless in matching,
 * never counted as missing from a fact.
 */
export const FILLER_WORDS = new Set(
	`hey hi hello yo sup hiya bot bots pls plz please thanks thank thx ty lol lmao rofl omg idk imo imho tbh btw fyi rn
	ok okay k kk um uhm umm hmm hmmm uh ah oh well so like literally basically actually really real quick q qq question
	questions ask asking asked wondering wonder curious know knows knew tell telling told explain explanation remind
	someone somebody anyone anybody people guy guys dude bro friend friends mate server channel chat discord post posting
	news thread thing things stuff something anything everything one ones sure right wrong true false
	want wanna gonna gotta need trying try tried check checking sanity confirm confirming verify double
	say says said saying mention mentioned talk talking talked info information details detail misinfo misinformation
	spread spreading mess mad messy crazy wild lot lots bit kinda sorta super pretty
	correct exactly precisely article piece
	also though tho altho anyway anyways meanwhile now today currently please
	position title job role post hold holds held serve serves served everyone everybody gm gn
	wat wut wht waht abt abut bout ppl u ur ya yall y r bc cuz coz smth sth idc dunno wen hw dis dat da plz pls
	whether ig iirc afaik ngl fr lowkey highkey side sides think thinks thought describe describes described prospect
	city cities place location according`
		.split(/\s+/)
		.filter(Boolean),
);

export type QuestionType =
	| 'who'
	| 'when'
	| 'duration'
	| 'where'
	| 'why'
	| 'how-many'
	| 'how'
	| 'what'
	| 'yes-no'
	| 'none';

/** The kind of thing a question asks for, from its wording (English and Korean). */
const asking = (word: string) =>
	new RegExp(`^ (\\S+ ){0,2}${word} | ${word} (is|was|are|were|did|does|do|will|would|can|could|has|have|had|s) `);
const ASKING = {
	when: asking('when'),
	where: asking('where'),
	who: asking('who'),
	whom: asking('whom'),
	whose: asking('whose'),
};

export function questionType(folded: string): QuestionType {
	const s = ` ${folded} `;
	// A bare "when", "where" or "who" asks only at the start or before a verb ("when was it signed"); elsewhere it
	// joins clauses ("what did Kang reply when Kono said ...", "the official who expressed regret").
	const asks = (word: keyof typeof ASKING) => ASKING[word].test(s);
	if (/ (why|how come|what for|reason|reasons|motive) |왜|이유/.test(s)) return 'why';
	if (
		/ (how long|for how long|how many (days|weeks|months|years)|how much time) |얼마나 ?오래|몇 ?(일|주|개월|년) ?(동안|간)/.test(
			s,
		)
	)
		return 'duration';
	if (
		/ (how many|how much|how often|how old|what age|what number|what percent|what percentage|number of|percent|percentage|count|tally|total) |몇 ?번|몇 ?개|몇 ?명|얼마나 ?자주|퍼센트/.test(
			s,
		)
	)
		return 'how-many';
	if (
		asks('when') ||
		/ (what date|which date|what day|which day|what time|what year|which year|what month|which month|how long|how soon|weekday|deadline date) |언제|며칠|몇 ?월|몇 ?년|무슨 ?요일|날짜/.test(
			s,
		)
	)
		return 'when';
	if (/ (where) .*(come|came|comes|coming) from | (source|sources) /.test(s)) return 'what';
	if (asks('where') || / (what city|which city|what place|location) |어디/.test(s)) return 'where';
	if (
		asks('who') ||
		asks('whom') ||
		asks('whose') ||
		/ (which official|which person|what person|whos|position|title|job|role) |누구|누가|직책|직함/.test(s)
	)
		return 'who';
	if (/^ (how) /.test(s) || / how (did|does|do|is|was|were|are) /.test(s) || /어떻게/.test(s)) return 'how';
	if (/ (what|which|whats) |무엇|뭐|뭔|무슨/.test(s)) return 'what';
	if (/^ (is|are|was|were|did|does|do|has|have|had|can|could|will|would|should) /.test(s)) return 'yes-no';
	return 'none';
}

/**
 * A light English stemmer: enough to bring "renewed", "renewal", "renews" and "renewing" together.
 * Words in other scripts and short words are returned as they are.
 */
const stemMemo = new Map<string, string>();

export function stem(word: string): string {
	const known = stemMemo.get(word);
	if (known !== undefined) return known;
	const stemmed = stemWord(word);
	if (stemMemo.size > 100_000) stemMemo.clear();
	stemMemo.set(word, stemmed);
	return stemmed;
}

function stemWord(word: string): string {
	if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
	let w = word;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	for (const suffix of ['ments', 'ment', 'ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ed', 'al', 'ly']) {
		if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
	if (w.endsWith('i') && w.length > 3) w = `${w.slice(0, -1)}y`;
	return w;
}

/** Splits folded text into words: Latin words, numbers, and runs of Hangul, kana or han characters. */
export function words(folded: string): string[] {
	return folded.split(' ').filter((w) => w.length > 0);
}

const SCRIPT_ONLY = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/** True for a word in Hangul, kana or han (compared by substring, since particles attach to them). */
export function isCjk(word: string): boolean {
	return SCRIPT_ONLY.test(word);
}

/**
 * Words that ask for one attribute of a thing (its name, kind, age, share ...). A fact answers such a question
 * only if it states that attribute, so a fact without the word cannot answer it: the article doesn't say.
 */
export const ATTRIBUTE_WORDS = new Set(
	`name names named kind kinds type types sort age old percent percentage poll polls survey surveys venue salary
	tenure height weight cost price budget population birthday born nickname`
		.split(/\s+/)
		.filter(Boolean),
);

/**
 * Everyday words too common to be the only thing a question and a fact share ("is it worth learning rust this
 * year" shares "year" with the facts, and nothing else).
 */
export const GENERIC_WORDS = new Set(
	`year years time times day days week weeks month months make made good bad long short much many new old first
	last next take took give gave go went come came see saw look work world way people man woman life child number
	part place case point group problem fact level home right left big small high low great little own able best
	better use used find found think call called keep kept show showed help start end top mean meant`
		.split(/\s+/)
		.filter(Boolean),
);

/** Words that ask about what happened after the article (it cannot know). */
export const AFTER_ARTICLE =
	/\b(later|afterwards?|since then|right now|ultimately|nowadays|these days|currently|in the end|ended up|end up|rejoin(?:ed|s)?|re join(?:ed)?|reinstat(?:e|ed)|restor(?:e|ed)|revers(?:e|ed|al)|came back|come back|withdr[ae]w (?:the|its) (?:decision|withdrawal)|the outcome|in 20(?:2\d|19 and later))\b/;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface TimeRef {
	/** The words as typed ("thursday", "july", "2018"). */
	words: string;
	kind: 'weekday' | 'month' | 'day' | 'year';
	/** Weekday index, month index (0-11), or the year. */
	value: number;
	/** Day of the month for kind 'day'. */
	day?: number;
}

/**
 * Times a folded question names: weekdays, months (with a day), years, and "this/last year/month" relative to
 * `published` (YYYY-MM-DD).
 */
export function timeRefs(folded: string, published?: string): TimeRef[] {
	const refs: TimeRef[] = [];
	const ws = folded.split(' ');
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] ?? '';
		const pair = `${w} ${ws[i + 1] ?? ''}`;
		if (published && /^(this|last|past) (year|month)$/.test(pair)) {
			const [year = 0, month = 1] = published.split('-').map(Number);
			const back = pair.startsWith('this') ? 0 : 1;
			refs.push(
				pair.endsWith('year')
					? { words: pair, kind: 'year', value: year - back }
					: { words: pair, kind: 'month', value: (month - 1 - back + 12) % 12 },
			);
			i++;
			continue;
		}
		const weekday = WEEKDAY_NAMES.indexOf(w);
		if (weekday >= 0) {
			refs.push({ words: w, kind: 'weekday', value: weekday });
			continue;
		}
		if (/^(19|20)\d\d$/.test(w)) {
			refs.push({ words: w, kind: 'year', value: Number(w) });
			continue;
		}
		// "may" is also a verb: only a month when a day number follows.
		const month =
			w.length >= 3
				? MONTH_NAMES.findIndex(
						(m) =>
							w.startsWith(m) &&
							(w === m ||
								'january february march april may june july august september october november december'.includes(w)),
					)
				: -1;
		if (month < 0) continue;
		const next = ws[i + 1] ?? '';
		const day = /^\d{1,2}(st|nd|rd|th)?$/.test(next) ? Number.parseInt(next, 10) : undefined;
		if (month === 4 && day === undefined) continue;
		refs.push(
			day !== undefined
				? { words: `${w} ${next}`, kind: 'day', value: month, day }
				: { words: w, kind: 'month', value: month },
		);
	}
	return refs;
}
