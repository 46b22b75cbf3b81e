import { describe, expect, it } from 'vitest';
import {
	discordDate,
	longDate,
	renderAnswer,
	renderHelp,
	renderSource,
	renderTimeline,
	renderTopic,
	renderTopics,
	renderWhen,
	unixNoonUtc,
} from '../../src/discord/render.js';
import type { ActionRow } from '../../src/discord/reply.js';
import type { Answer, Citation, SourceRef } from '../../src/engine/types.js';
import type { TimelineEvent } from '../../src/knowledge/types.js';
import { fixtureKb } from '../fixtures/kb.js';

const JOONGANG: SourceRef = {
	id: 'joongang-2019-08-22-gsomia',
	title: 'Seoul pulls out of Gsomia pact with Tokyo',
	publisher: 'Korea JoongAng Daily',
	published: '2019-08-22',
	section: 'National > Politics',
};
const OTHER: SourceRef = {
	id: 'other',
	title: 'Another one',
	publisher: 'Yonhap',
	published: '2019-11-22',
	section: 'N',
};

const cite = (quote: string, paragraph: number, source = JOONGANG): Citation => ({ quote, paragraph, source });

const answered = (overrides: Partial<Answer> = {}): Answer => ({
	answered: true,
	kind: 'answered',
	answer: 'Japan expressed “deep regret”.',
	citations: [cite('a Japanese government official expressed “deep regret”', 6)],
	confidence: 0.9,
	factIds: ['japan-regret'],
	suggestions: [{ factId: 'decision-withdraw', question: 'What did South Korea decide about GSOMIA?' }],
	asOf: '2019-08-22',
	lang: 'en',
	parts: [],
	...overrides,
});

const abstained = (overrides: Partial<Answer> = {}): Answer => ({
	answered: false,
	kind: 'not-in-article',
	answer: "The article doesn't say.",
	citations: [],
	confidence: 0,
	factIds: [],
	suggestions: [
		{ factId: 'decision-withdraw', question: 'What did South Korea decide about GSOMIA?' },
		{ factId: 'japan-regret', question: 'How did Japan react to the decision?' },
	],
	asOf: '2019-08-22',
	lang: 'en',
	parts: [],
	...overrides,
});

describe('Dates', () => {
	it('puts a day at 12:00 UTC, the same calendar day from UTC-12 to UTC+11', () => {
		expect(unixNoonUtc('2019-08-22')).toBe(1566475200);
		expect(new Date(1566475200 * 1000).toISOString()).toBe('2019-08-22T12:00:00.000Z');
		expect(discordDate('2019-08-22')).toBe('<t:1566475200:D>');
		expect(discordDate('2019-08-22', 'R')).toBe('<t:1566475200:R>');
	});

	it('keeps the article’s precision: a day as a timestamp, a month or a year as text', () => {
		expect(renderWhen('2019-08-02', 'day')).toBe('<t:1564747200:D>');
		expect(renderWhen('2019-07', 'month')).toBe('July 2019');
		expect(renderWhen('2016', 'year')).toBe('2016');
		expect(longDate('2019-08-22')).toBe('August 22, 2019');
	});
});

describe('When rendering an answer', () => {
	it('shows the escaped question, the answer, the quote, the source line, the as-of footer and the buttons', () => {
		expect(renderAnswer(answered(), { question: 'did japan **care**?', ephemeral: true })).toEqual({
			embeds: [
				{
					color: 0x2f6fdf,
					title: 'did japan \\*\\*care\\*\\*?',
					description: 'Japan expressed “deep regret”.\n\n> a Japanese government official expressed “deep regret”',
					fields: [
						{
							name: 'Source',
							value:
								'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, <t:1566475200:D> (paragraph 6)',
						},
					],
					footer: {
						text: 'As of August 22, 2019, the date of the article. Later events are not covered. Was this helpful?',
					},
				},
			],
			components: [
				{
					type: 1,
					components: [
						{
							type: 2,
							style: 2,
							label: 'What did South Korea decide about GSOMIA?',
							custom_id: 'ask:fact:decision-withdraw',
						},
					],
				},
				{
					type: 1,
					components: [
						{ type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful', custom_id: 'ask:fb:up:japan-regret' },
						{ type: 2, style: 2, emoji: { name: '👎' }, label: 'Not helpful', custom_id: 'ask:fb:down:japan-regret' },
					],
				},
			],
			allowed_mentions: { parse: [] },
			flags: 64,
		});
	});

	it('an abstention: the honest reply and the suggestions as buttons, no source, no 👍/👎', () => {
		expect(renderAnswer(abstained(), { question: 'what about the weather?' })).toEqual({
			embeds: [
				{
					color: 0x8a8f98,
					title: 'what about the weather?',
					description: "The article doesn't say.",
					footer: { text: 'As of August 22, 2019, the date of the article. Later events are not covered.' },
				},
			],
			components: [
				{
					type: 1,
					components: [
						{
							type: 2,
							style: 2,
							label: 'What did South Korea decide about GSOMIA?',
							custom_id: 'ask:fact:decision-withdraw',
						},
						{ type: 2, style: 2, label: 'How did Japan react to the decision?', custom_id: 'ask:fact:japan-regret' },
					],
				},
			],
			allowed_mentions: { parse: [] },
		});
	});

	it('an abstention without suggestions has no buttons at all', () => {
		expect(renderAnswer(abstained({ suggestions: [] })).components).toEqual([]);
	});

	it('lists each source once, with its paragraphs in order', () => {
		const embed = renderAnswer(
			answered({ citations: [cite('q1', 6), cite('q2', 2), cite('q3', 6), cite('q4', 1, OTHER)] }),
		).embeds?.[0];
		expect(embed?.description).toBe('Japan expressed “deep regret”.\n\n> q1\n\n> q2\n\n> q3\n\n> q4');
		expect(embed?.fields).toEqual([
			{
				name: 'Sources',
				value:
					'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, <t:1566475200:D> (paragraphs 2, 6)\nYonhap, “Another one”, <t:1574424000:D> (paragraph 1)',
			},
		]);
	});

	it('quotes a multi-line quote line by line', () => {
		const embed = renderAnswer(answered({ citations: [cite('line one\nline two', 3)] })).embeds?.[0];
		expect(embed?.description).toBe('Japan expressed “deep regret”.\n\n> line one\n> line two');
	});

	it('stays within the limits: long text cut with an ellipsis, at most 5 buttons of 80 characters, no duplicates', () => {
		const long = 'w'.repeat(5000);
		const suggestions = Array.from({ length: 8 }, (_, i) => ({
			factId: `f${i % 7}`,
			question: `${i} ${'q'.repeat(120)}`,
		}));
		const data = renderAnswer(answered({ answer: long, suggestions }), { question: 'x'.repeat(400) });
		const embed = data.embeds?.[0];
		expect(embed?.title).toBe(`${'x'.repeat(255)}…`);
		expect(embed?.description?.length).toBe(4096);
		expect(embed?.description?.endsWith('…')).toBe(true);
		const buttons = (data.components?.[0] as ActionRow | undefined)?.components as {
			label: string;
			custom_id: string;
		}[];
		expect(buttons.map((b) => b.custom_id)).toEqual([
			'ask:fact:f0',
			'ask:fact:f1',
			'ask:fact:f2',
			'ask:fact:f3',
			'ask:fact:f4',
		]);
		expect(buttons[0]?.label).toBe(`0 ${'q'.repeat(77)}…`);
	});

	it('shows no title when no question is given, and collapses white space in the question', () => {
		expect(renderAnswer(answered()).embeds?.[0]?.title).toBeUndefined();
		expect(renderAnswer(answered(), { question: ' why\n\nnow ' }).embeds?.[0]?.title).toBe('why now');
	});
});

describe('When rendering /topics', () => {
	const topics = [
		{
			name: 'The decision',
			facts: [
				{ factId: 'a', question: 'A?' },
				{ factId: 'b', question: 'B?' },
			],
		},
		{ name: '*Stars*', facts: [{ factId: 'c', question: 'C?' }] },
	];

	it('lists the topics with a select menu of at most 25', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${'t'.repeat(120)}`, facts: [] }));
		const select = (renderTopics(many).components?.[0] as ActionRow | undefined)?.components[0] as {
			options: { label: string; value: string }[];
		};
		expect(select.options).toHaveLength(25);
		expect(select.options[0]).toEqual({ label: `0 ${'t'.repeat(97)}…`, value: '0', description: '0 questions' });
		expect(renderTopics(topics, { ephemeral: true }).embeds?.[0]?.description).toBe(
			'I can answer 3 questions in 2 topics. Pick a topic, then a question.\n\n• **The decision**: 2 questions\n• **\\*Stars\\***: 1 question',
		);
	});

	it('says so when there is nothing to browse', () => {
		expect(renderTopics([], { ephemeral: true })).toEqual({
			content: 'The fact base is empty right now.',
			allowed_mentions: { parse: [] },
			flags: 64,
		});
	});

	it('shows a topic’s questions with a select menu and the way back', () => {
		expect(renderTopic(topics[0] as (typeof topics)[0], 0).components).toEqual([
			{
				type: 1,
				components: [
					{
						type: 3,
						custom_id: 'topics:q:0',
						placeholder: 'Pick a question',
						options: [
							{ label: 'A?', value: 'a' },
							{ label: 'B?', value: 'b' },
						],
					},
				],
			},
			{
				type: 1,
				components: [{ type: 2, style: 2, label: 'All topics', emoji: { name: '⬅️' }, custom_id: 'topics:home' }],
			},
		]);
	});
});

describe('When rendering /timeline', () => {
	it('sorts the events and shows each at its precision', () => {
		const event = (id: string, date: string, precision: TimelineEvent['precision'], said: string): TimelineEvent => ({
			id,
			said,
			date,
			precision,
			what: id,
			quote: { text: said, source: 's', paragraph: 1 },
			facts: [],
		});
		const data = renderTimeline(
			[
				event('later', '2019-08-24', 'day', 'Saturday'),
				event('signed', '2016-11', 'month', 'November 2016'),
				event('y', '2015', 'year', '2015'),
			],
			'2019-08-22',
		);
		expect(data.embeds?.[0]?.description).toBe(
			[
				'The dated events in the article, in order. Dates show in your own time zone and language.',
				'',
				'• **2015**: y (the article: “2015”)',
				'• **November 2016**: signed (the article: “November 2016”)',
				'• **<t:1566648000:D>**: later (the article: “Saturday”)',
			].join('\n'),
		);
	});

	it('says so when there are no events', () => {
		expect(renderTimeline([], '2019-08-22').embeds?.[0]?.description).toBe('The article has no dated events.');
	});
});

describe('When rendering /source and /help', () => {
	it('/source names the article, its date, how citations work and what the bot cannot know', () => {
		const embed = renderSource(fixtureKb(), { ephemeral: true }).embeds?.[0];
		expect(embed?.description).toBe(
			"I answer from one news article only: 4 curated questions and 4 dated events, each backed by the article's own words.",
		);
		expect(embed?.fields?.map((f) => f.name)).toEqual(['The article', 'How citations work', 'What I cannot know']);
		expect(embed?.fields?.[0]?.value).toBe(
			'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, <t:1566475200:D> (National > Politics)',
		);
		expect(embed?.fields?.[2]?.value).toMatch(/^Anything after <t:1566475200:D>, the day the article was published/);
	});

	it('/help covers servers, DMs, browsing and user installs, with the cooldown', () => {
		const embed = renderHelp({ limit: 5, windowMs: 20_000 }).embeds?.[0];
		expect(embed?.fields?.map((f) => f.name)).toEqual(['In a server', 'In DMs', 'Browse', 'Anywhere']);
		expect(embed?.footer?.text).toBe('To stay fair, each person can ask 5 questions every 20 seconds.');
	});
});
