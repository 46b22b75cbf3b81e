/**
 * The frame of a question: what kind of answer it asks for (who, when, where, why, how many, how long, what
 * someone said, how, what), whether it asks yes or no or "X or Y", and what it names: things, times, numbers.
 * Language knowledge only (lang.ts); the things come from the knowledge base's lexicon through the analysis.
 */
import type { Analysis, Term } from './text/analyze.js';
import type { NumberMention, TimeMention } from './text/fold.js';
import {
	type AnswerType,
	EN_FILLER,
	EN_GENERIC_POSTS,
	EN_MEDIA_NOUNS,
	EN_ORGANISATION_NOUNS,
	EN_PERSON_NOUNS,
	EN_POSTS,
	EN_STOP,
	EN_TYPE_PATTERNS,
	EN_YESNO_START,
	EN_YESNO_TAG,
	JA_TYPE_PATTERNS,
	JA_YESNO,
	KO_TYPE_PATTERNS,
	KO_YESNO,
	nounPattern,
	relativeTimes,
} from './text/lang.js';

export type { AnswerType };

export interface QuestionFrame {
	/** What the answer must give; 'what' and 'how' are open. */
	type: AnswerType;
	/** A yes/no question ("was it signed in 2017?", "..., right?"). */
	yesno: boolean;
	/** "X or Y": the term keys of each alternative. */
	choice?: string[][];
	/** Entities named (ids), in order of appearance. */
	entities: string[];
	times: TimeMention[];
	/** Time keys of when the asked event happened (not times it is measured from: "days before Nov. 30"). */
	eventTimes: string[];
	numbers: NumberMention[];
	/** Asks about what happened after the source was published. */
	after: boolean;
	/** The question's shape (shapeOf): its type, or "define". */
	shape?: string;
	/** "How many X": what is counted (stemmed; counts of events are "time"). */
	unit?: string;
	/** The term of X, when X is a term ("how many data swaps": #share). */
	unitKey?: string;
	/** Entities named as the subject of a verb of saying ("what did X say"): the speaker asked about. */
	speakers?: string[];
	/** Other words of that subject ("how did <country> *stocks* react"): the fact must hold them. */
	subjectWords?: string[];
	/**
	 * Whom a "who" asks for: "which official", "the name of": a person; "which ministry", "which party": an
	 * organisation; "which news agency": a news outlet; else anyone (a country too: "who pressured the city").
	 */
	whoKind?: 'person' | 'organisation' | 'media' | 'any';
	/** "What did X say after the vote": the question is about after (or before) an event it names. */
	relativeTo?: { relation: 'after' | 'before'; phrase: string; reply?: boolean };
	/** "Who is <country>'s defense minister": the country whose official is asked for, and the terms of the post. */
	roleOf?: { country: string; role: string[] };
	/** "How much trade": what is measured (the keys it may stand for); the fact must state it. */
	measured?: string[];
	/** "What other ... besides", "what else", "which specific", "what kind of": asks for more than a fact may say. */
	beyond?: boolean;
	/** "Who said / told ...": the one speaking is the answer, so it is not one the question names. */
	askedSpeaker?: boolean;
	/** "Was it X who ...", "did X ... himself": a yes/no checking who did something; the person named is checked. */
	checksWho?: boolean;
	/** The precision the question asks for: "what exact date" needs a day, "at what o'clock" a time of day. */
	precision?: 'day' | 'hour';
}

const PERSON = nounPattern(EN_PERSON_NOUNS);
const ORGANISATION = nounPattern(EN_ORGANISATION_NOUNS);
const MEDIA = nounPattern(EN_MEDIA_NOUNS);
const EN_PERSON_ASKED = new RegExp(`\\b(name|names|named|${PERSON})\\b`);
/** "Which diplomat", "what officials": a person. */
const EN_PERSON_PHRASE = new RegExp(`^(which|what) (\\S+ ){0,2}?${PERSON}\\b`);
/** "Which party('s) lawmakers", "which council members": a body or its people (the possessive is folded away). */
const EN_BODY_PEOPLE = new RegExp(
	`^(which|what) (\\S+ )?${ORGANISATION} (\\S+ )?${PERSON}\\b|\\b(from|of|in) (which|what) (\\S+ )?${ORGANISATION}\\b`,
);
const EN_ORG_ASKED = new RegExp(`^(which|what) (\\S+ ){0,2}?${ORGANISATION}\\b`);
const EN_MEDIA_ASKED = new RegExp(`^(which|what) (\\S+ ){0,2}?(${MEDIA}|wire service)\\b`);
const EN_DAY_ASKED =
	/\b(what|which|exact|precise|specific|actual|calendar) (date|day of the month)\b|\b(exact|precise|specific|actual) day\b|\bon what date\b/;
const EN_HOUR_ASKED =
	/\b(o ?clock|what hour|which hour|exact time|what time exactly|at what time(?! of day)|time \(hour\)|what time (did|does|do|was|were|is|will)\b(?!.*\b(of day|of year|of the year)\b))\b/;

/** Words before a time that make it a point of reference, not the time of the event asked about. */
const REFERENCE = /^(before|after|since|until|till|from|between|prior|ahead|than|전|前|後|이후|이전)$/;

/** Nouns that count events: "how many times / occasions / exchanges" all ask how many times. */
const EVENT_COUNTS = new Set(['time', 'occas', 'instanc', 'exchang', 'round']);
const TIME_UNITS = new Set(['time', 'dai', 'week', 'month', 'year', 'hour']);
const AUXILIARY = new Set(
	'did do does is are was were has have had will would can could should in on at since during before after by for of to with'.split(
		' ',
	),
);

/** What "how many" counts: the noun after it (a time unit when the phrase has one: "how many days' notice"). */
function countUnit(analysis: Analysis): { unit?: string; unitKey?: string } {
	const tokens = analysis.tokens;
	for (let i = 0; i + 1 < tokens.length; i++) {
		if (tokens[i]?.text !== 'how' || tokens[i + 1]?.text !== 'many') continue;
		const phrase: { base: string; at: number }[] = [];
		for (let j = i + 2; j < tokens.length && phrase.length < 3; j++) {
			const t = tokens[j];
			if (t?.script !== 'latin') break;
			if (t.text === 'of' || t.text === 'the' || t.text === 'these' || t.text === 'those') continue;
			if (AUXILIARY.has(t.text) || EN_STOP.has(t.text) || EN_FILLER.has(t.text) || /ed$/.test(t.text)) break;
			phrase.push({ base: t.base, at: j });
		}
		const head = phrase.find((p) => TIME_UNITS.has(p.base)) ?? phrase[phrase.length - 1];
		if (!head) return {};
		const term = analysis.terms.find(
			(t) => t.at === head.at || (t.at < head.at && t.at >= head.at - 2 && t.kind === 'concept'),
		);
		return {
			unit: EVENT_COUNTS.has(head.base) ? 'time' : head.base,
			...(term && term.kind !== 'word' ? { unitKey: term.key } : {}),
		};
	}
	if (/몇 ?(번|회|차례)|何回|何度/.test(analysis.folded)) return { unit: 'time' };
	return {};
}

/** The subject of a verb of saying: the tokens between "did/does/has" and the verb ("what did [the city council] say"). */
function subjectOf(analysis: Analysis): { from: number; to: number } | undefined {
	const tokens = analysis.tokens;
	const verb = tokens.findIndex((t, i) => i > 0 && t.script === 'latin' && EN_SPEECH.test(t.text));
	if (verb < 0) return undefined;
	let aux = -1;
	for (let i = verb - 1; i >= 0; i--) {
		if (/^(did|does|do|has|have|had|was|is|were|are|will|would)$/.test(tokens[i]?.text ?? '')) {
			aux = i;
			break;
		}
	}
	return aux >= 0 ? { from: aux, to: verb } : { from: -1, to: verb };
}

function speakersOf(analysis: Analysis): { speakers?: string[]; words?: string[] } {
	const span = subjectOf(analysis);
	if (!span) return {};
	const inside = analysis.terms.filter((t) => t.at > span.from && t.at < span.to);
	// "<country>'s defense ministry": the last thing named is the one speaking; those before it own it.
	const named = inside.filter((t) => t.kind === 'entity');
	const head = named[named.length - 1];
	const speakers = head ? [head.key, ...(head.alts ?? [])] : [];
	const words = span.from >= 0 ? inside.filter((t) => t.kind === 'word').map((t) => t.key) : [];
	return { ...(speakers.length > 0 ? { speakers } : {}), ...(words.length > 0 ? { words } : {}) };
}

/** Who can speak: a person, a country, a body, an outlet. */
const SPEAKER_KINDS = new Set(['person', 'country', 'organisation', 'media']);

/**
 * "A 장관은 B 장관에게 뭐라고 답했어?", "Aさんは何て言ったの": Korean and Japanese put the one speaking
 * first (marked 은/는/이/가, は/が); the others named come after it (에게, に: to whom).
 */
function cjkSpeakers(analysis: Analysis, kinds: (id: string) => string | undefined): { speakers?: string[] } {
	const first = analysis.terms.find((t) => t.kind === 'entity' && SPEAKER_KINDS.has(kinds(t.key.slice(1)) ?? ''));
	return first ? { speakers: [first.key, ...(first.alts ?? [])] } : {};
}

/** "Was it X who announced it", "did X announce it himself", "did X personally ...". */
const EN_CHECKS_WHO = /^(was|is|were) it (\S+ ){1,5}(who|that) |\b(himself|herself|themselves)\b/;

/** Speech verbs after "what/how/did ... X": the question asks what someone said or how they reacted. */
const EN_SPEECH =
	/\b(say|said|says|saying|tell|told|react|reacted|reaction|respond|responded|response|comment|commented|statement|reply|replied|think|thought|feel|felt|stance|view|urge|urged|ask|asked|warn|warned|claim|claimed|express|expressed|talk|talked|discuss|discussed)\b/;
const EN_TIME_NOUN =
	/^(what|which) ((exact|actual|calendar|specific|particular|precise|deadline|\w+al|\w+ing) )*(date|day|year|month|weekday)\b|^what (is|was|s|are|were) (the |its |their )?(\S+ ){0,3}(date|day|deadline)\b/;
/** "Which official", "what country": the answer is someone. */
const AGENT = `(${PERSON}|${ORGANISATION}|${MEDIA})`;
const EN_AGENT = new RegExp(
	`^(what (\\S+ ){0,2}?${AGENT} (is|was|are|were|did|does|do|has|have|had|will|would|can|could|\\w+ed|\\w+s)|which (\\S+ ){0,2}?${AGENT})\\b`,
);
/** "What is the name of", "whats the names of". */
const NAME_OF_WORDS = '^(what|which|whats) ((is|was|are|were|s) )?(the )?names? of';
const EN_NAME_OF = new RegExp(`${NAME_OF_WORDS} (the |a |an )?(\\S+ ){0,3}?${PERSON}\\b`);
const NAME_OF_START = new RegExp(`${NAME_OF_WORDS}\\b`);

/** Words of a question about after the source's day: it cannot know. */
const EN_AFTER =
	/\b(later on|afterwards?|since then|(?:did|does|will|would) (?:\S+ ){1,4}end up|eventually rejoin\w*|rejoin\w*|re join\w*|reinstat\w*|reverse[ds]? (the|its|their|his) decision|revers(al|ed)|came back|come back|nowadays|these days|currently|right now|as of now|still in|still part|today)\b/;
const CJK_AFTER = /나중에|이후에|결국|지금은|현재|요즘|재가입|복귀|その後|後に|結局|現在|今は|再加入|復帰/;

/**
 * Words after which "who", "when", "where" or "which" still ask ("so who", "tell me when", "wondering where");
 * after any other word they start a relative clause ("my friend who serves", "the day when").
 */
const ASKING_AFTER = new Set(
	`so and but or then ok okay also tell me know wonder wondering asking ask explain remind idea sure clue curious is
	was q question like just exactly actually real quick hey yo bot pls please guys um uh anyway btw yes no right lol
	, in on at by for to from with since until of about into`
		.split(/\s+/)
		.filter(Boolean),
);

function firstMatch(text: string, patterns: [AnswerType, RegExp][]): { type: AnswerType; at: number } | undefined {
	let best: { type: AnswerType; at: number } | undefined;
	for (const [type, re] of patterns) {
		const global = new RegExp(re.source, 'g');
		for (const m of text.matchAll(global)) {
			const at = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
			const previous = text.slice(0, at).trimEnd().split(' ').pop() ?? '';
			const relative =
				/^(who|whom|whose|when|where|which)\b/.test(text.slice(at)) && previous !== '' && !ASKING_AFTER.has(previous);
			if (relative) continue;
			if (best === undefined || at < best.at) best = { type, at };
			break;
		}
	}
	return best;
}

/** The question type of one sentence of English (folded). */
export function englishType(folded: string): { type: AnswerType; yesno: boolean } {
	const s = folded;
	// "Can someone explain what X is", "could you tell me who ...": a request to tell, not a yes or no.
	const tellMe =
		/^(can|could|would|will) (you|u|someone|somebody|anyone|anybody|ya) (please |pls )?(explain|tell|describe|summari[sz]e|remind|clarify|break down|give|say|list|walk)\b/.test(
			s,
		);
	const yesno =
		!tellMe && (EN_YESNO_START.test(s) || (EN_YESNO_TAG.test(s) && !/^(who|what|when|where|why|how|which)\b/.test(s)));
	// The earliest question word decides ("which ministry gave the figures on how often ..." asks which).
	// "Name the ...", "give me the names of ...": who.
	if (/^(name|list) (the|all|every)\b|\b(give|tell) me (the |their )?names?\b/.test(s))
		return { type: 'who', yesno: false };
	// "Where does X stand (on ...)": X's position, what X said.
	if (/\bwhere (does|do|did) (\S+ ){1,4}stand\b/.test(s)) return { type: 'said', yesno };
	const found = firstMatch(s, EN_TYPE_PATTERNS);
	if (!found) return { type: EN_SPEECH.test(s) && yesno ? 'said' : 'what', yesno };
	const from = s.slice(found.at).replace(/^ /, '');
	if (found.type === 'what' || found.type === 'how') {
		if (EN_TIME_NOUN.test(from)) return { type: 'when', yesno };
		if (EN_AGENT.test(from) && !/^(what|which) (kind|type|sort)s? of\b/.test(from)) return { type: 'who', yesno };
		if (EN_NAME_OF.test(from)) return { type: 'who', yesno };
		// "what was the reason", "what number of": a more telling word right after an open one.
		const near = firstMatch(from.slice(0, 30), EN_TYPE_PATTERNS.slice(0, 3));
		if (near && near.at > 0) return { type: near.type, yesno };
		// "what did X say", "how did X react": what was said.
		if (EN_SPEECH.test(from)) return { type: 'said', yesno };
	}
	return { type: found.type, yesno };
}

export function cjkType(text: string): { type: AnswerType; yesno: boolean } {
	const ko = /\p{Script=Hangul}/u.test(text);
	const patterns = ko ? KO_TYPE_PATTERNS : JA_TYPE_PATTERNS;
	for (const [type, re] of patterns.slice(0, 3)) if (re.test(text)) return { type, yesno: false };
	const found = firstMatch(text, patterns.slice(3));
	const yesno = (ko ? KO_YESNO : JA_YESNO).test(text) && !found;
	return { type: found?.type ?? (yesno ? 'what' : 'what'), yesno: yesno || (!found && /[?？]$/.test(text)) };
}

/** Alternatives around "or": "signed in Paris or Rome" -> [[@paris], [@rome]]. */
function choiceOf(analysis: Analysis): string[][] | undefined {
	const orAt = analysis.tokens.findIndex(
		(t) => t.text === 'or' || t.text === '아니면' || t.text === 'または' || t.text === 'それとも',
	);
	if (orAt < 0) return undefined;
	const telling = (t: Term) => t.kind !== 'word' && t.kind !== 'bigram';
	const before = [...analysis.terms].reverse().find((t) => t.at < orAt && t.at >= orAt - 4 && telling(t));
	// "..., or does it roll over?": the alternatives are clauses, not things.
	if (
		/^(does|did|do|is|was|are|were|will|would|can|could|has|have|had|should)$/.test(
			analysis.tokens[orAt + 1]?.text ?? '',
		)
	)
		return undefined;
	const after = analysis.terms.find((t) => t.at > orAt && t.at <= orAt + 4 && telling(t));
	if (!before || !after) return undefined;
	const kindOf = (t: Term) => (t.kind === 'time' || t.kind === 'number' ? 'value' : t.kind);
	if (kindOf(before) !== kindOf(after) || before.kind === 'word' || before.kind === 'bigram' || before.kind === 'cjk')
		return undefined;
	return [
		[before.key, ...(before.alts ?? [])],
		[after.key, ...(after.alts ?? [])],
	];
}

function later(m: TimeMention, year: number, month: number, day: number): boolean {
	if (m.month === undefined) return false;
	const y = m.year ?? year;
	return y * 10000 + m.month * 100 + (m.day ?? 31) > year * 10000 + month * 100 + day;
}

/** Words for a post someone holds: "<country>'s *defense minister*", "the French *ambassador*". */
const ROLE = new RegExp(`^${nounPattern(EN_POSTS)}$`);

const PLACE_KINDS = new Set(['country', 'place', 'organisation']);

function roleOfCountry(
	analysis: Analysis,
	kinds: (id: string) => string | undefined,
): { roleOf?: { country: string; role: string[] } } {
	// "Who is the mayor of <a town>", "the president of <a country>": the post, then whose it is (an ambassador
	// *to* a country is another country's).
	for (const t of analysis.terms) {
		if (t.at > 6 || t.kind !== 'entity' || !PLACE_KINDS.has(kinds(t.key.slice(1)) ?? '')) continue;
		const of = analysis.tokens[t.at - 1]?.text;
		const post = analysis.tokens[t.at - 2]?.text ?? '';
		if (of === 'of' && ROLE.test(post)) {
			const role = EN_GENERIC_POSTS.has(post) ? [] : analysis.terms.filter((r) => r.at === t.at - 2).map((r) => r.key);
			return { roleOf: { country: t.key.slice(1), role } };
		}
	}
	// Only the post asked about: "who is [<country>'s defense minister]", "which [<country> official]", near the start
	// ("what is the name of [<country>'s defense minister]" starts three words later).
	const reach = NAME_OF_START.test(analysis.folded) ? 7 : 4;
	for (const t of analysis.terms) {
		if (t.at > reach || t.kind !== 'entity' || !PLACE_KINDS.has(kinds(t.key.slice(1)) ?? '')) continue;
		for (let j = t.at + 1; j <= t.at + 3 && j < analysis.tokens.length; j++) {
			if (ROLE.test(analysis.tokens[j]?.text ?? '')) {
				// The words of the post, not the generic noun ("<country>'s defense minister": defense, minister).
				const generic = EN_GENERIC_POSTS.has(analysis.tokens[j]?.text ?? '');
				const role = analysis.terms
					.filter((r) => r.at > t.at && r.at <= j && r.kind !== 'entity' && !(generic && r.at === j))
					.map((r) => r.key);
				return { roleOf: { country: t.key.slice(1), role } };
			}
		}
	}
	return {};
}

/** "How much trade ...": the noun after "how much" (a term of the question). */
function measuredOf(analysis: Analysis): { measured?: string[] } {
	const i = analysis.tokens.findIndex((t, k) => t.text === 'much' && analysis.tokens[k - 1]?.text === 'how');
	if (i < 0) return {};
	const next = analysis.terms.find((t) => t.at > i && t.at <= i + 2 && t.kind !== 'number' && t.kind !== 'time');
	return next ? { measured: [next.key, ...(next.alts ?? [])] } : {};
}

/** "after the decision was announced", "before the vote": the event a question is measured from. */
function relativeOf(text: string): { relativeTo?: QuestionFrame['relativeTo'] } {
	const m =
		/\b(after|following|before|prior to|ahead of|in (?:response|reaction|reply) to|(?:respond|responded|react|reacted|reply|replied) to|once(?= (?:the|it|they|he|she|we|you|[a-z]+ (?:was|were|had|did)) ))\s+((?:(?!\b(?:and|but|or|when|while)\b)[^,])+)/.exec(
			text,
		);
	if (!m?.[1] || !m[2]) return {};
	const phrase = m[2].trim().split(' ').slice(0, 6).join(' ');
	// A number or a date after "before" is a point in time, read as a time ("days before Nov. 30").
	if (/^(\d|the \d)/.test(phrase) || phrase.split(' ').length < 1) return {};
	// A response to something is after it, whether or not the source dates the response ("how did X react to Y").
	const reply = /^(in |respon|react|repl)/.test(m[1]);
	return {
		relativeTo: {
			relation: /^(before|prior to|ahead of)$/.test(m[1]) ? 'before' : 'after',
			phrase,
			...(reply ? { reply } : {}),
		},
	};
}

/** "What is X?", "who is X", "Xとは", "X란": asks what or who something is. */
const DEFINE_WHAT =
	/^what (is|are|was|were) (?!\S+ing\b|(they|he|she|it|we|you|i|there)\b)(a |an |the )?(\S+ ?){1,4}$|^what (does|do) \S+( \S+)? (stand for|mean)$|^((can|could) you |pls |please )?(explain|describe|define) (what )?(a |an |the )?\S+( \S+)?( is| means?)?( to me| for me)?( simply| briefly| in simple terms| like .*)?$|とは|って何|란\b|이란|뭐야$/;
const DEFINE_WHO =
	/^who (is|are|was|were) (?!\S+ing\b)(a |an |the )?(\S+ ?){1,4}$|って誰|は誰|는 누구|은 누구|가 누구|이 누구/;

/**
 * The shape of a question: its type, or "define" for "what/who is X". Two phrasings of the same words may ask
 * different things ("what is X" and "what happened with X"); a question is closest to a phrasing of its
 * own shape.
 */
export function shapeOf(folded: string): string {
	const text = folded.replace(/ , /g, ' ').trim();
	if (DEFINE_WHO.test(text)) return 'define-who';
	if (DEFINE_WHAT.test(text)) return 'define';
	const cjk = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
	return cjk ? cjkType(text).type : englishType(text).type;
}

export function parseFrame(
	analysis: Analysis,
	published: string,
	entityKinds: (id: string) => string | undefined = () => undefined,
): QuestionFrame {
	const [publishedYear = 0, publishedMonth = 1, publishedDay = 1] = published.split('-').map(Number);
	const text = analysis.folded;
	const cjk = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
	const latinShare = analysis.tokens.filter((t) => t.script === 'latin').length / Math.max(1, analysis.tokens.length);
	const { type, yesno } = cjk && latinShare < 0.7 ? cjkType(text) : englishType(text);
	const entities: string[] = [];
	for (const t of analysis.terms) if (t.kind === 'entity' && !entities.includes(t.key)) entities.push(t.key);
	const after =
		EN_AFTER.test(text) ||
		CJK_AFTER.test(text) ||
		analysis.times.some((m) => m.year !== undefined && m.year > publishedYear) ||
		(/\b(happened|arrived|came|turned out|was it|did it)\b/.test(text) &&
			analysis.times.some((m) => m.year !== undefined && later(m, publishedYear, publishedMonth, publishedDay)));
	const choice = choiceOf(analysis);
	const eventTimes: string[] = [];
	for (const m of analysis.times) {
		const before = analysis.tokens[m.at - 1]?.text ?? '';
		const before2 = analysis.tokens[m.at - 2]?.text ?? '';
		if (REFERENCE.test(before) || (/^(the|on|of)$/.test(before) && REFERENCE.test(before2))) continue;
		if (m.decade && m.year !== undefined) {
			eventTimes.push(`dc:${String(m.year).slice(0, 3)}`);
			continue;
		}
		if (m.year !== undefined) eventTimes.push(`y:${m.year}`);
		if (m.month !== undefined) eventTimes.push(`m:${m.month}`);
		if (m.month !== undefined && m.day !== undefined) eventTimes.push(`d:${m.month}-${m.day}`);
		if (m.weekday !== undefined) eventTimes.push(`wd:${m.weekday}`);
	}
	if (relativeTimes(text).includes('this-year')) eventTimes.push(`y:${publishedYear}`);
	const { unit, unitKey } = type === 'count' ? countUnit(analysis) : {};
	const subject: { speakers?: string[]; words?: string[] } =
		type !== 'said' ? {} : cjk && latinShare < 0.7 ? cjkSpeakers(analysis, entityKinds) : speakersOf(analysis);
	const whoKind =
		type === 'who'
			? EN_BODY_PEOPLE.test(text)
				? 'any'
				: EN_PERSON_PHRASE.test(text)
					? 'person'
					: EN_MEDIA_ASKED.test(text)
						? 'media'
						: EN_ORG_ASKED.test(text)
							? 'organisation'
							: EN_PERSON_ASKED.test(text)
								? 'person'
								: 'any'
			: undefined;
	const precision = EN_HOUR_ASKED.test(text) ? 'hour' : EN_DAY_ASKED.test(text) ? 'day' : undefined;
	return {
		shape: shapeOf(text),
		...(unit ? { unit } : {}),
		...(unitKey ? { unitKey } : {}),
		...(subject.speakers ? { speakers: subject.speakers } : {}),
		...(subject.words ? { subjectWords: subject.words } : {}),
		...(whoKind ? { whoKind } : {}),
		// "Who said ...", "which official told ...": the verb of saying right after the question word.
		...(type === 'who' && EN_SPEECH.test(text.split(' ').slice(0, 5).join(' ')) ? { askedSpeaker: true } : {}),
		// "Who is <country>'s defense minister" asks for the post's holder; "which paper did <country>'s ambassador talk
		// to" asks for an outlet, the post only names who talked.
		...(type === 'who' && whoKind !== 'media' && whoKind !== 'organisation'
			? roleOfCountry(analysis, entityKinds)
			: {}),
		...relativeOf(text),
		...(type === 'count' ? measuredOf(analysis) : {}),
		...(/\b(other than|besides|apart from|aside from|except|else|other (\S+ )?(than|besides)|similar|another|specific|exact|exactly|precisely|(what|which) (kinds?|types?|sorts?) of)\b/.test(
			text,
		)
			? { beyond: true }
			: {}),
		...(precision ? { precision } : {}),
		...(yesno && !cjk && EN_CHECKS_WHO.test(text) ? { checksWho: true } : {}),
		type: choice && type === 'what' ? 'what' : type,
		yesno: yesno && !choice,
		...(choice ? { choice } : {}),
		entities,
		times: analysis.times,
		eventTimes,
		numbers: analysis.numbers,
		after,
	};
}
