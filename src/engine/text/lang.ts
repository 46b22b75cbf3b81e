/**
 * What the engine knows of the languages it reads (English, Korean, Japanese): function words, question words,
 * number and date words. Nothing here is about any article: the article's names, ideas and phrasings are data in
 * knowledge/. One list per idea.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from '../../knowledge/calendar.js';

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** English function words: they carry no meaning for matching. Question words are read by the frame parser. */
export const EN_STOP = new Set(
	list(`a an the and or but if then so of to in on at by for with from into onto about as than that this these those
	is are was were be been being am do does did doing done have has had having will would shall should can could
	may might must it its they them their theirs he him his she her hers we our ours you your yours i me my mine
	himself herself itself themselves myself yourself ourselves
	what which who whom whose when where why how there here any some each every all both either neither nor
	just only also very too again still even ever yet such own same other another more most much many
	during while s t d ll re ve m o y let lets get got gets getting go goes went gone going make makes made
	thing things stuff something anything everything someone somebody anyone anybody one ones
	im ive youre youve youll youd theyre theyve theyll theyd hes shes thats whats wheres whos theres heres weve itll`),
);

/**
 * Chat filler: words that wrap a question in Discord without being part of it ("hey bot quick q, do you know ...").
 * Weightless, never counted as missing from a fact.
 */
export const EN_FILLER = new Set(
	list(`hey hi hello yo sup hiya bot pls plz please thanks thank thx ty lol lmao rofl omg idk imo imho tbh btw fyi
	rn ok okay k kk um uhm umm hmm hmmm uh ah oh well like literally basically actually really real quick q qq question
	questions ask asking asked wondering wonder curious know knew tell telling remind explain
	guy guys dude bro friend friends mate server channel chat discord post posting news thread
	sure right wrong true false correct exactly precisely anyway anyways though tho
	want wanna gonna gotta need trying try tried check checking sanity confirm confirming verify double
	misinfo misinformation spread spreading mess messy crazy wild lot lots bit kinda sorta super pretty
	article piece story report text source paper says say said mention mentioned
	ig iirc afaik ngl fr lowkey highkey smth sth idc dunno u ur ya yall r bc cuz coz ppl
	whether someone remember recall happen happened happening kind kinds sort sorts overall honestly`),
);

/** Question words and phrases that name what an answer must give. Matched on folded text, longest first. */
export type AnswerType =
	| 'who'
	| 'when'
	| 'where'
	| 'why'
	| 'count'
	| 'duration'
	| 'said'
	| 'how'
	| 'what'
	| 'yesno'
	| 'choice';

/** English: a question word only asks at the start of a clause or before a verb ("the official who spoke" does not). */
export const EN_TYPE_PATTERNS: [AnswerType, RegExp][] = [
	['why', /\b(why|how come|what for|for what reason|what reason|reasons?|motive|motivation|justif\w*|rationale)\b/],
	['duration', /\b(how long|for how long|how many (days|weeks|months|years)|how much time|how much longer|how soon)\b/],
	['count', /\b(how many|how much|what number|number of|what percent\w*|percent\w*|tally|how old|what age)\b/],
	[
		'when',
		/(^| )(when|what date|which date|what day|which day|what time|what year|which year|what month|which month|date of|what weekday|which weekday)\b/,
	],
	['where', /(^| )(where|what city|which city|what place|which place|what venue|location)\b/],
	['who', /(^| )(who|whom|whose|which official|which person|what person|which minister|which leader|name of|named)\b/],
	['how', /(^| )how\b/],
	['what', /(^| )(what|which|whats)\b/],
];

/** Korean question words (they end words, particles follow them, so they match inside words). */
export const KO_TYPE_PATTERNS: [AnswerType, RegExp][] = [
	['why', /왜|이유|까닭|무슨 근거|어째서/],
	['duration', /얼마나 ?오래|몇 ?(일|주|개월|년) ?(동안|간|만에|전)|며칠 ?(동안|간|만에|전)|기간/],
	['count', /몇 ?(번|회|개|명|차례|건|퍼센트)|얼마나 ?자주|횟수|몇$|몇 /],
	['when', /언제|며칠|몇 ?월|몇 ?년|무슨 ?요일|날짜|시기/],
	['where', /어디|장소/],
	['said', /뭐라고|뭐라|말했|발언|반응|입장|언급|뭐래|라고 했/],
	['who', /누구|누가|누군|어떤 사람|직책|직함/],
	['how', /어떻게|어떤 식/],
	['what', /무엇|뭐|뭔|무슨|어떤|무엇인가|란\?|이란|가 뭐/],
];

/** Japanese question words. */
export const JA_TYPE_PATTERNS: [AnswerType, RegExp][] = [
	['why', /なぜ|なんで|どうして|理由|何故/],
	['duration', /どのくらい(の期間|続|前)|何(日|年|か月|ヶ月|週)間|何(日|年|か月|ヶ月|週間)前|期間/],
	['count', /何回|何度|いくつ|何人|何件|何個|何パーセント|何%|回数|どれくらい/],
	['when', /いつ|何日|何月|何年|何曜日|日付|日程/],
	['where', /どこ|場所/],
	['said', /何て言|何と言|なんて言|何を言|言って|発言|反応|述べ|語っ|コメント/],
	['who', /誰|だれ|どなた|どの人/],
	['how', /どう|どのように|どんな風/],
	['what', /何|なに|なん|とは|って何|どんな|どの/],
];

/** English auxiliaries that open a yes/no question. */
export const EN_YESNO_START =
	/^(is|are|was|were|am|did|does|do|has|have|had|can|could|will|would|should|shall|may|might|must|isnt|arent|wasnt|werent|didnt|doesnt|dont|hasnt|havent|hadnt|cant|couldnt|wont|wouldnt|shouldnt)\b/;
/** Tags that turn a statement into a yes/no question ("..., right?"). */
export const EN_YESNO_TAG =
	/\b(right|correct|true|yes or no|yeah|no|isnt it|is it|wasnt it|was it|didnt they|did they|didnt he|didnt she|innit|huh|or not)\s*$/;
export const KO_YESNO =
	/(맞아|맞나|맞죠|맞습니까|사실이야|사실인가|인가요|했어\?|했나|있어\?|있나|였어\?|였나|니\?|나요\?|까\?|야\?)/;
export const JA_YESNO = /(ですか|ますか|ましたか|でしたか|んですか|の？|か？|かな|本当|ほんと|よね|だよね|って本当)/;

/** Words that open a new question inside one message ("who announced it, and where?"). */
/** The words a question of its own starts with (the modal "will / would / should" aside). */
export const EN_ASKING_WORDS =
	'who|whom|whose|what|whats|which|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could';
export const EN_QUESTION_OPENERS = new RegExp(`^(${EN_ASKING_WORDS}|will|would|should)\\b`);

/** Number words, so "twenty-nine" and "29" are the same number. */
export const EN_NUMBERS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	once: 1,
	twice: 2,
	thrice: 3,
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
};
/** Sino-Korean and native Korean numbers, with the counters that follow them. */
export const KO_NUMBERS: Record<string, number> = {
	한: 1,
	두: 2,
	세: 3,
	네: 4,
	다섯: 5,
	여섯: 6,
	일곱: 7,
	여덟: 8,
	아홉: 9,
	열: 10,
	스물: 20,
	스물아홉: 29,
	아흔: 90,
};

/** Month words: English (full and abbreviated), Korean (8월) and Japanese (8月) are read by pattern. */
export const EN_MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
export const EN_WEEKDAYS = WEEKDAY_NAMES.map((w) => w.toLowerCase());
export const KO_WEEKDAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];
export const JA_WEEKDAYS = ['日曜', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜'];

/** Relative times a text may use ("this year", "last month", 올해, 先月), resolved against the source's date. */
export type RelativeTime = 'this-year' | 'last-year' | 'this-month' | 'last-month';
const RELATIVE_TIME: [RegExp, RelativeTime][] = [
	[/\b(?:this|the current|current) (?:year|yr)\b|올해|금년|今年/, 'this-year'],
	[/\blast (?:year|yr)\b|작년|지난해|昨年|去年/, 'last-year'],
	[/\b(?:this|the current|current) month\b|이번 ?달|今月/, 'this-month'],
	[/\blast month\b|지난 ?달|先月/, 'last-month'],
];
/** The relative times a folded text names. */
export function relativeTimes(folded: string): RelativeTime[] {
	return RELATIVE_TIME.filter(([re]) => re.test(folded)).map(([, t]) => t);
}

/** Korean particles and endings that attach to a word; stripped (longest first) to find the word itself. */
export const KO_SUFFIXES =
	list(`에서는 에게서 으로는 으로써 이라고 라고 이라는 라는 에서 에게 한테 께서 부터 까지 으로 이랑 하고
	처럼 보다 마다 조차 이나 이며 이고 이야 이에요 예요 인가 인지 였어 였나 했어 했나 했다 한다 하는 하고 해서 했던 된 되는 됐어 됐나
	은 는 이 가 을 를 의 에 와 과 도 만 로 나 야 요 랑`).sort((a, b) => b.length - a.length);

/** Korean words that ask or connect but name nothing (question words, light verbs, pronouns), after particles come off. */
export const KO_STOP = new Set(
	list(`며칠 며칠이 무슨 무엇 뭐 뭔 뭐야 뭐지 뭐였 언제 어디 어디서 누구 누가 누군 왜 어떻게 어떤 어땠 몇 얼마 얼마나 무엇인 이야 있어 있었 있나 했어
	했나 했지 했는 했던 한 할 하는 하고 해 해줘 해주 알려줘 알려주 알려 설명 설명해 좀 그 이 저 그거 이거 저거 것 거 건 게 수 때 일 내용
	정말 진짜 혹시 그냥 근데 그래서 그리고 또 대해 대한 관해 관련 기사 기사에서 기사에 말 님 씨 요 네 아 음 혹은 또는 아니면 맞아 맞지
	이번 그때 당시 당일 되었 됐어 됐나 되나 인가 인지 건가 거야 거지 나요 어요 에요 예요`),
);
/** Japanese words that ask or connect but name nothing. */
export const JA_STOP = new Set(
	list(`何 なに なん いつ どこ 誰 だれ 人 方 件 者 的 等 何故 なぜ なんで どうして どう どの どんな いくつ 教え 教えて 知り 知りたい こと もの について って
	とは です ます でし まし ください 本当 ほんと 記事 話 件 方 人 さん 氏 ね よ か な の は が を に で と も や から まで 今回 その 当時`),
);

/** Japanese words made only of these characters are particles or endings, not content. */
export const JA_FUNCTION =
	/^[ぁ-ゖー]{1,3}$|^(です|ます|でした|ました|ですか|ますか|ください|について|という|として|これ|それ|あれ|この|その|あの|こと|もの|ため)$/;

/** Script of a character run. */
export const HANGUL = /\p{Script=Hangul}/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const HAN = /\p{Script=Han}/u;
export const CJK_RUN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/*
 * English nouns of who or what an answer is, one list per idea ("which council member", "what agency", "<country>'s
 * defense minister"). Plurals are read by the patterns built from them.
 */
/** Posts someone holds. */
export const EN_POSTS =
	`minister secretary secretaries ambassador president envoy spokesman spokesmen spokesperson adviser advisor
	official leader diplomat chief premier pm representative negotiator head mayor governor manager director deputy member
	councillor councilor chairman chairmen chair ceo engineer`.split(/\s+/);
/** Generic posts: "a government official" names no particular post. */
export const EN_GENERIC_POSTS = new Set(
	'official officials leader leaders representative representatives head chief'.split(' '),
);
/** People, with or without a post. */
export const EN_PERSON_NOUNS = [
	...EN_POSTS,
	...'person people guy guys man men woman women lawmaker politician expert analyst resident'.split(' '),
];
/** Bodies that act: a ministry, a party, a country. */
export const EN_ORGANISATION_NOUNS =
	'ministry ministries office party parties organization organisation government department body institution council committee company companies country countries nation'.split(
		' ',
	);
/** Those that report: an agency, a paper. */
export const EN_MEDIA_NOUNS = 'agency agencies outlet newspaper paper media broadcaster'.split(' ');

/** A pattern matching any of these nouns as a whole word, plural -s included. */
export function nounPattern(nouns: readonly string[]): string {
	return `(?:${[...nouns].sort((a, b) => b.length - a.length).join('|')})s?`;
}
