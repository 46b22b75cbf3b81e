/**
 * The engine's own sentences, per language: abstentions, refusals, the frame of a digest or a yes/no answer. What
 * the bot is about (its scope) and every fact's answer come from the knowledge base. Surfaces add their own chrome
 * around these (titles, buttons) from their strings modules.
 */
import { cjkDay, cjkMonth, cjkYear } from '../knowledge/calendar.js';
import { describeDate } from '../knowledge/dates.js';
import type { Precision } from '../knowledge/types.js';
import type { AnswerType } from './frame.js';
import type { Lang } from './types.js';

/** A date as written in each language, at the precision it has: "2020년 5월 7일 (목)", "2020年5月7日（木）". */
export function dateIn(lang: Lang, value: string, precision: Precision): string {
	if (lang === 'en') return describeDate(value, precision);
	const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
	if (precision === 'year' || !month) return cjkYear(lang, { year });
	if (precision === 'month' || !day) return cjkMonth(lang, { year, month });
	return cjkDay(lang, { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() });
}

/** What a near miss asks that the article does not give, as a phrase: "where", "who". */
const ASKED: Record<Lang, Partial<Record<AnswerType, string>>> = {
	en: {
		who: 'who',
		when: 'when',
		where: 'where',
		why: 'why',
		count: 'how many',
		duration: 'how long',
		said: 'what was said',
		how: 'how',
		what: 'that',
	},
	ko: {
		who: '누구인지',
		when: '언제인지',
		where: '어디서인지',
		why: '왜인지',
		count: '몇 번(얼마)인지',
		duration: '얼마나 오래인지',
		said: '무슨 말을 했는지',
		how: '어떻게인지',
		what: '그 내용',
	},
	ja: {
		who: '誰なのか',
		when: 'いつなのか',
		where: 'どこなのか',
		why: 'なぜなのか',
		count: 'いくつ（何回）なのか',
		duration: 'どのくらいの期間なのか',
		said: '何と言ったのか',
		how: 'どのようにか',
		what: 'その点',
	},
};

export interface EngineMessages {
	empty(scope: string): string;
	greeting(scope: string): string;
	offTopic(scope: string): string;
	arithmetic(scope: string): string;
	live(asOf: string): string;
	opinion(scope: string): string;
	request(scope: string): string;
	abuse(scope: string): string;
	notInArticle(asOf: string): string;
	afterArticle(asOf: string): string;
	/** A near miss: the article answers something close but not what was asked. */
	nearMiss(asked: AnswerType, closest: string): string;
	ambiguous: string;
	yes: string;
	no: string;
	/** One part of a multi-question message the article does not answer. */
	partUnanswered(part: string): string;
	asOf(asOf: string): string;
}

export const MESSAGES: Record<Lang, EngineMessages> = {
	en: {
		empty: (scope) => `Ask me a question about ${scope}.`,
		greeting: (scope) => `Hi! I answer questions about ${scope}, from one news article. Try one of these:`,
		offTopic: (scope) =>
			`I can only answer questions about ${scope}, from one news article. That question is outside it.`,
		arithmetic: (scope) => `I don’t do sums: I only answer questions about ${scope}, from one news article.`,
		live: (asOf) =>
			`I have no live information (time, weather, prices, today’s news): I only know one article, published on ${describeDate(asOf, 'day')}.`,
		opinion: (scope) =>
			`I don’t give opinions or predictions. I can tell you what the article reports about ${scope}; here is where to start:`,
		request: (scope) =>
			`I can’t do that. I only quote what one news article says about ${scope}, word for word, and I don’t write, pretend or reveal anything else.`,
		abuse: (scope) => `I’m here to help with questions about ${scope}. Here is what I can answer:`,
		notInArticle: (asOf) =>
			`The article doesn’t say. It only covers what was known on ${describeDate(asOf, 'day')}; here is what it does answer.`,
		afterArticle: (asOf) =>
			`The article can’t say: it was published on ${describeDate(asOf, 'day')} and knows nothing that happened after. Here is what it does answer.`,
		nearMiss: (asked, closest) => `The article doesn’t say ${ASKED.en[asked] ?? 'that'}. What it does say: ${closest}`,
		ambiguous: 'I’m not sure which of these you mean. Did you mean:',
		yes: 'Yes.',
		no: 'No.',
		partUnanswered: (part) => `The article doesn’t answer “${part}”.`,
		asOf: (asOf) => `As of ${describeDate(asOf, 'day')}, the date of the article.`,
	},
	ko: {
		empty: (scope) => `${scope}에 대해 질문해 주세요.`,
		greeting: (scope) => `안녕하세요! ${scope}에 관한 질문에 기사 한 편을 근거로 답합니다. 이런 질문을 해 보세요:`,
		offTopic: (scope) =>
			`${scope}에 관한 질문에만 기사 한 편을 근거로 답할 수 있습니다. 이 질문은 그 범위를 벗어납니다.`,
		arithmetic: (scope) => `계산은 하지 않습니다. ${scope}에 관한 질문에만 기사 한 편을 근거로 답합니다.`,
		live: (asOf) =>
			`실시간 정보(시간, 날씨, 시세, 오늘 뉴스)는 알 수 없습니다. ${dateIn('ko', asOf, 'day')}에 나온 기사 한 편만 알고 있습니다.`,
		opinion: (scope) => `의견이나 예측은 드리지 않습니다. ${scope}에 대해 기사가 전하는 내용은 알려 드릴 수 있습니다:`,
		request: (scope) =>
			`그렇게 할 수 없습니다. ${scope}에 대해 기사 한 편이 전하는 내용을 그대로 인용할 뿐, 글을 지어내거나 흉내 내거나 다른 것을 공개하지 않습니다.`,
		abuse: (scope) => `${scope}에 관한 질문을 돕기 위해 있습니다. 이런 질문에 답할 수 있습니다:`,
		notInArticle: (asOf) =>
			`기사에는 그 내용이 없습니다. 기사는 ${dateIn('ko', asOf, 'day')} 시점까지 알려진 내용만 다룹니다. 기사가 답하는 질문은 다음과 같습니다.`,
		afterArticle: (asOf) =>
			`기사로는 알 수 없습니다. 기사는 ${dateIn('ko', asOf, 'day')}에 나왔고 그 이후의 일은 다루지 않습니다. 기사가 답하는 질문은 다음과 같습니다.`,
		nearMiss: (asked, closest) =>
			`기사는 ${ASKED.ko[asked] ?? '그 내용'}는 밝히지 않습니다. 기사가 전하는 내용은 이렇습니다: ${closest}`,
		ambiguous: '어느 질문을 말씀하시는지 확실하지 않습니다. 이 중 하나인가요?',
		yes: '네.',
		no: '아니요.',
		partUnanswered: (part) => `기사에는 “${part}”에 대한 답이 없습니다.`,
		asOf: (asOf) => `기사 날짜인 ${dateIn('ko', asOf, 'day')} 기준입니다.`,
	},
	ja: {
		empty: (scope) => `${scope}について質問してください。`,
		greeting: (scope) => `こんにちは！${scope}についての質問に、一本のニュース記事をもとに答えます。たとえば：`,
		offTopic: (scope) =>
			`${scope}についての質問にだけ、一本のニュース記事をもとに答えられます。この質問はその範囲外です。`,
		arithmetic: (scope) => `計算はしません。${scope}についての質問にだけ、一本のニュース記事をもとに答えます。`,
		live: (asOf) =>
			`リアルタイムの情報（時刻、天気、価格、今日のニュース）はわかりません。知っているのは${dateIn('ja', asOf, 'day')}の記事一本だけです。`,
		opinion: (scope) => `意見や予測は述べません。${scope}について記事が伝えていることならお答えできます：`,
		request: (scope) =>
			`それはできません。${scope}について一本の記事が伝えていることをそのまま引用するだけで、文章を作ったり、なりすましたり、ほかのものを明かしたりはしません。`,
		abuse: (scope) => `${scope}についての質問のお手伝いをしています。答えられる質問はこちらです：`,
		notInArticle: (asOf) =>
			`記事には書かれていません。記事が扱うのは${dateIn('ja', asOf, 'day')}時点でわかっていたことだけです。記事が答えている質問はこちらです。`,
		afterArticle: (asOf) =>
			`記事からはわかりません。記事は${dateIn('ja', asOf, 'day')}に出たもので、その後のことは扱っていません。記事が答えている質問はこちらです。`,
		nearMiss: (asked, closest) =>
			`記事は${ASKED.ja[asked] ?? 'その点'}は書いていません。記事が伝えているのは次のことです：${closest}`,
		ambiguous: 'どちらの質問のことかはっきりしません。次のどれでしょうか：',
		yes: 'はい。',
		no: 'いいえ。',
		partUnanswered: (part) => `記事には「${part}」への答えがありません。`,
		asOf: (asOf) => `記事の日付、${dateIn('ja', asOf, 'day')}時点の情報です。`,
	},
};
