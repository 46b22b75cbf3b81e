/** The engine's user-facing sentences, in one place. Surfaces add their own chrome around them. */
import { describeDate } from '../knowledge/dates.js';

export const messages = {
	empty:
		'Ask me a question about South Korea’s 2019 decision to leave GSOMIA, its intelligence-sharing pact with Japan.',
	greeting:
		'Hi! I answer questions about South Korea’s 2019 decision to leave GSOMIA, its intelligence-sharing pact with Japan. Try one of these:',
	offTopic:
		'I can only answer questions about South Korea’s 2019 decision to leave GSOMIA, from one news article. That question is outside it.',
	notInArticle: (asOf: string) =>
		`The article doesn’t say. It only covers what was known on ${describeDate(asOf, 'day')}; here is what it does answer.`,
	afterArticle: (asOf: string) =>
		`The article can’t say: it was published on ${describeDate(asOf, 'day')} and knows nothing that happened after. Here is what it does answer.`,
	ambiguous: 'I’m not sure which of these you mean. Did you mean:',
	tooLong: (max: number) => `Only the first ${max} characters of the question were read.`,
	asOf: (asOf: string) => `As of ${describeDate(asOf, 'day')}, the date of the article.`,
} as const;
