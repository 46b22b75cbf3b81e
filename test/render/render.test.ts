import type { APIMessage } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import type { Answer, Citation, SourceRef } from '../../src/engine/types.js';
import { en } from '../../src/i18n/en.js';
import type { AnswerView, Notice, Reply } from '../../src/interactions/replies.js';
import type { TimelineEvent } from '../../src/knowledge/types.js';
import {
	articleDate,
	noticeText,
	renderAnswer,
	renderHelp,
	renderPublicCopy,
	renderResponse,
	renderShared,
	renderSource,
	renderTimeline,
	renderTopic,
	renderTopics,
	renderVoted,
} from '../../src/render/render.js';
import type { ActionRow } from '../../src/render/reply.js';
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

const o = { lang: 'en' as const, ids: registry.ids };
const view = (answer: Answer, extra: Partial<AnswerView> = {}): AnswerView => ({ answer, ...extra });
const FOOTER_ANSWERED =
	'As of August 22, 2019, the date of the article. Later events are not covered. Was this helpful?';
const votes = (ids: string, up = 0, down = 0) => [
	{
		type: 2,
		style: 2,
		emoji: { name: '👍' },
		label: up > 0 ? `Helpful · ${up}` : 'Helpful',
		custom_id: `ask:vote:up:${up}:${ids}`,
	},
	{
		type: 2,
		style: 2,
		emoji: { name: '👎' },
		label: down > 0 ? `Not helpful · ${down}` : 'Not helpful',
		custom_id: `ask:vote:down:${down}:${ids}`,
	},
];
const related = (placeholder: string, options: { label: string; value: string }[]) => ({
	type: 1,
	components: [{ type: 3, custom_id: 'ask:related', placeholder, options }],
});

describe('Dates', () => {
	it('a day is written as that calendar day (Seoul’s), never as a timestamp', () => {
		expect(articleDate('2019-08-22', 'en')).toBe('August 22, 2019');
	});
});

describe('When rendering an answer', () => {
	it('a private answer: the escaped question, the answer, the quote, the source, the footer, one menu and 3 buttons', () => {
		expect(renderAnswer(view(answered(), { title: 'did japan **care**?', share: true }), o, true)).toEqual({
			embeds: [
				{
					color: 0x2f6fdf,
					title: 'did japan \\*\\*care\\*\\*?',
					description: 'Japan expressed “deep regret”.\n\n> a Japanese government official expressed “deep regret”',
					fields: [
						{
							name: 'Source',
							value: 'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, August 22, 2019 (paragraph 6)',
						},
					],
					footer: { text: FOOTER_ANSWERED },
				},
			],
			components: [
				related('Related questions', [
					{ label: 'What did South Korea decide about GSOMIA?', value: 'decision-withdraw' },
				]),
				{
					type: 1,
					components: [
						...votes('japan-regret'),
						{
							type: 2,
							style: 1,
							emoji: { name: '📢' },
							label: 'Post in channel',
							custom_id: 'ask:share:japan-regret',
						},
					],
				},
			],
			allowed_mentions: { parse: [] },
			flags: 64,
		});
	});

	it('a public answer for someone: their mention and one sentence as content, only they may be notified', () => {
		const data = renderAnswer(
			view(answered({ answer: 'Japan expressed “deep regret”. Tokyo said more later.' }), {
				title: 'q',
				titleUrl: 'https://discord.com/channels/1/2/3',
				ping: '42',
				sentence: true,
				deletableBy: ['7', '42'],
			}),
			o,
		);
		expect(data.content).toBe('<@42> Japan expressed “deep regret”.');
		expect(data.allowed_mentions).toEqual({ parse: [], users: ['42'] });
		expect(data.flags).toBeUndefined();
		expect(data.embeds?.[0]).toMatchObject({ title: 'q', url: 'https://discord.com/channels/1/2/3' });
		expect((data.components?.[1] as ActionRow | undefined)?.components.at(-1)).toEqual({
			type: 2,
			style: 4,
			emoji: { name: '🗑️' },
			label: 'Delete',
			custom_id: 'ask:delete:7,42',
		});
	});

	it('a repeat: says when (and where, when known) the channel got it, as content beside the answer', () => {
		const at = Date.UTC(2024, 0, 1, 12);
		expect(
			renderAnswer(view(answered(), { repeat: { at, url: 'https://discord.com/channels/1/2/3' } }), o, true).content,
		).toBe(
			`This was answered in this channel <t:${at / 1000}:R> ([see it](https://discord.com/channels/1/2/3)), so here it is just for you.`,
		);
		expect(renderAnswer(view(answered(), { repeat: { at } }), o, true).content).toBe(
			`This was answered in this channel <t:${at / 1000}:R>, so here it is just for you.`,
		);
	});

	it('an abstention: the honest reply, the suggestions as one menu, "This should be answerable", no 👍/👎, no share', () => {
		expect(renderAnswer(view(abstained(), { title: 'what about the weather?', share: true }), o)).toEqual({
			embeds: [
				{
					color: 0x8a8f98,
					title: 'what about the weather?',
					description: "The article doesn't say.",
					footer: { text: 'As of August 22, 2019, the date of the article. Later events are not covered.' },
				},
			],
			components: [
				related('Questions I can answer', [
					{ label: 'What did South Korea decide about GSOMIA?', value: 'decision-withdraw' },
					{ label: 'How did Japan react to the decision?', value: 'japan-regret' },
				]),
				{
					type: 1,
					components: [
						{
							type: 2,
							style: 2,
							label: 'This should be answerable',
							custom_id: 'ask:answerable:decision-withdraw,japan-regret',
						},
					],
				},
			],
			allowed_mentions: { parse: [] },
		});
		// Off-topic questions get no such button: declining them is right.
		expect(renderAnswer(view(abstained({ kind: 'off-topic', suggestions: [] })), o).components).toEqual([]);
	});

	it('an answer in several parts shows each part with its own quotes', () => {
		const embed = renderAnswer(
			view(
				answered({
					answer: 'A. B.',
					factIds: ['a', 'b'],
					parts: [
						{ answer: 'A.', citations: [cite('qa', 1)], factIds: ['a'] },
						{ answer: 'B.', citations: [cite('qb', 2)], factIds: ['b'] },
					],
				}),
			),
			o,
		).embeds?.[0];
		expect(embed?.description).toBe('A.\n\n> qa\n\nB.\n\n> qb');
	});

	it('says when the answer itself is in another language than the reader’s', () => {
		const embed = renderAnswer(view(answered({ lang: 'ko' })), o).embeds?.[0];
		expect(embed?.footer?.text).toBe(
			`${FOOTER_ANSWERED} The answer itself is in Korean: it is not written in your language yet.`,
		);
	});

	it('lists each source once, with its paragraphs in order', () => {
		const embed = renderAnswer(
			view(answered({ citations: [cite('q1', 6), cite('q2', 2), cite('q3', 6), cite('q4', 1, OTHER)] })),
			o,
		).embeds?.[0];
		expect(embed?.description).toBe('Japan expressed “deep regret”.\n\n> q1\n\n> q2\n\n> q3\n\n> q4');
		expect(embed?.fields).toEqual([
			{
				name: 'Sources',
				value:
					'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, August 22, 2019 (paragraphs 2, 6)\nYonhap, “Another one”, November 22, 2019 (paragraph 1)',
			},
		]);
	});

	it('quotes a multi-line quote line by line', () => {
		const embed = renderAnswer(view(answered({ citations: [cite('line one\nline two', 3)] })), o).embeds?.[0];
		expect(embed?.description).toBe('Japan expressed “deep regret”.\n\n> line one\n> line two');
	});

	it('stays within the limits: long text cut with an ellipsis, at most 25 menu options of 100 characters, no duplicates', () => {
		const long = 'w'.repeat(5000);
		const suggestions = Array.from({ length: 30 }, (_, i) => ({
			factId: `f${i % 27}`,
			question: `${i} ${'q'.repeat(120)}`,
		}));
		const data = renderAnswer(view(answered({ answer: long, suggestions }), { title: 'x'.repeat(400) }), o);
		const embed = data.embeds?.[0];
		expect(embed?.title).toBe(`${'x'.repeat(255)}…`);
		expect(embed?.description?.length).toBe(4096);
		expect(embed?.description?.endsWith('…')).toBe(true);
		const menu = (data.components?.[0] as ActionRow | undefined)?.components[0] as {
			options: { label: string; value: string }[];
		};
		expect(menu.options).toHaveLength(25);
		expect(new Set(menu.options.map((x) => x.value)).size).toBe(25);
		expect(menu.options[0]?.label).toBe(`0 ${'q'.repeat(97)}…`);
	});

	it('shows no title when none is given, and collapses white space in the question', () => {
		expect(renderAnswer(view(answered()), o).embeds?.[0]?.title).toBeUndefined();
		expect(renderAnswer(view(answered(), { title: ' why\n\nnow ' }), o).embeds?.[0]?.title).toBe('why now');
	});
});

describe('When a message changes in place', () => {
	const message = (flags: number): APIMessage =>
		({
			id: '9',
			channel_id: '8',
			flags,
			embeds: [{ title: 'T' }],
			components: [
				related('Related questions', [{ label: 'Q?', value: 'x' }]),
				{
					type: 1,
					components: [
						...votes('a,b', 2, 0),
						{ type: 2, style: 1, emoji: { name: '📢' }, label: 'Post in channel', custom_id: 'ask:share:a,b' },
					],
				},
				{
					type: 1,
					components: [{ type: 2, style: 2, label: 'Back to the topic', custom_id: 'topics:back:t' }],
				},
			],
		}) as unknown as APIMessage;

	it('a vote on a public answer shows the new counts; the rest of the message stays', () => {
		const data = renderVoted(message(0), 'down', { up: 2, down: 1 }, false, o);
		expect(data).toEqual({
			components: [
				(message(0).components as ActionRow[])[0],
				{ type: 1, components: [...votes('a,b', 2, 1), (message(0).components as ActionRow[])[1]?.components[2]] },
				(message(0).components as ActionRow[])[2],
			],
			allowed_mentions: { parse: [] },
		});
	});

	it('a vote on a private answer disables both buttons and marks the one counted', () => {
		const row = (renderVoted(message(64), 'up', { up: 3, down: 0 }, true, o).components as ActionRow[])[1];
		expect(row?.components.slice(0, 2)).toEqual([
			{ ...votes('a,b')[0], style: 3, disabled: true },
			{ ...votes('a,b')[1], style: 2, disabled: true },
		]);
	});

	it('a shared private answer says so on its button; the channel gets the embed, the menu, fresh votes and Delete', () => {
		const shared = (renderShared(message(64), o).components as ActionRow[])[1]?.components[2];
		expect(shared).toEqual({
			type: 2,
			style: 3,
			emoji: { name: '✅' },
			label: 'Posted in the channel',
			custom_id: 'ask:share:a,b',
			disabled: true,
		});
		expect(renderPublicCopy(message(64), ['5'], o)).toEqual({
			embeds: [{ title: 'T' }],
			components: [
				(message(0).components as ActionRow[])[0],
				{
					type: 1,
					components: [
						...votes('a,b'),
						{ type: 2, style: 4, emoji: { name: '🗑️' }, label: 'Delete', custom_id: 'ask:delete:5' },
					],
				},
			],
			allowed_mentions: { parse: [] },
		});
	});
});

describe('Notices', () => {
	it('every notice has its own text', () => {
		const notices: Notice[] = [
			{ type: 'cooldown', retryAt: 10_500 },
			{ type: 'error', ref: 'ABC123' },
			{ type: 'unknown-command' },
			{ type: 'unknown-component' },
			{ type: 'unknown-fact' },
			{ type: 'no-text' },
			{ type: 'topic-gone' },
			{ type: 'already-voted' },
			{ type: 'delete-refused' },
			{ type: 'already-posted', at: 1_000_000, url: 'https://discord.com/channels/1/2/3' },
			{ type: 'already-posted', at: 1_000_000 },
		];
		expect(notices.map((n) => noticeText(n, en))).toEqual([
			en.cooldown(11),
			en.error('ABC123'),
			en.unknownCommand,
			en.unknownComponent,
			en.answer.unknownFact,
			en.answer.noText,
			en.topics.unknown,
			en.feedback.alreadyVoted,
			en.delete.refused,
			'This answer was already posted in this channel <t:1000:R>: [see it](https://discord.com/channels/1/2/3).',
			'This answer was already posted in this channel <t:1000:R>.',
		]);
	});
});

describe('The response type of each reply', () => {
	it('new messages, updates, autocomplete, PONG and the deferred update of a deletion', () => {
		const types = (r: Reply) => renderResponse(r, o).type;
		expect(types({ type: 'pong' })).toBe(1);
		expect(types({ type: 'choices', choices: [] })).toBe(8);
		expect(types({ type: 'notice', notice: { type: 'no-text' } })).toBe(4);
		expect(types({ type: 'answer', view: view(answered()), visibility: 'private' })).toBe(4);
		expect(types({ type: 'answer', view: view(answered()), visibility: 'update' })).toBe(7);
		expect(types({ type: 'deleted', channelId: '1', messageId: '2' })).toBe(6);
		expect(renderResponse({ type: 'notice', notice: { type: 'no-text' } }, o)).toEqual({
			type: 4,
			data: { content: en.answer.noText, allowed_mentions: { parse: [] }, flags: 64 },
		});
	});
});

describe('When rendering /topics', () => {
	const topics = [
		{
			id: 'the-decision',
			name: 'The decision',
			facts: [
				{ factId: 'a', question: 'A?' },
				{ factId: 'b', question: 'B?' },
			],
		},
		{ id: 'stars', name: '*Stars*', facts: [{ factId: 'c', question: 'C?' }] },
	];

	it('lists the topics by id in a select menu of at most 25', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, name: `${i} ${'t'.repeat(120)}`, facts: [] }));
		const select = (renderTopics(many, o).components?.[0] as ActionRow | undefined)?.components[0] as {
			options: { label: string; value: string }[];
		};
		expect(select.options).toHaveLength(25);
		expect(select.options[0]).toEqual({ label: `0 ${'t'.repeat(97)}…`, value: 't0', description: '0 questions' });
		expect(renderTopics(topics, o, true).embeds?.[0]?.description).toBe(
			'I can answer 3 questions in 2 topics. Pick a topic, then a question.\n\n• **The decision**: 2 questions\n• **\\*Stars\\***: 1 question',
		);
	});

	it('says so when there is nothing to browse', () => {
		expect(renderTopics([], o, true)).toEqual({
			content: 'The fact base is empty right now.',
			allowed_mentions: { parse: [] },
			flags: 64,
		});
	});

	it('shows a topic’s questions with a select menu carrying the topic id, and the way back', () => {
		expect(renderTopic(topics[0] as (typeof topics)[0], o).components).toEqual([
			{
				type: 1,
				components: [
					{
						type: 3,
						custom_id: 'topics:questions:the-decision',
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
				components: [{ type: 2, style: 2, label: 'All topics', emoji: { name: '⬅️' }, custom_id: 'topics:topics' }],
			},
		]);
	});
});

describe('When rendering /timeline', () => {
	it('shows each event at its precision, a day written out', () => {
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
				event('y', '2015', 'year', '2015'),
				event('signed', '2016-11', 'month', 'November 2016'),
				event('later', '2019-08-24', 'day', 'Saturday'),
			],
			'2019-08-22',
			'en',
		);
		expect(data.embeds?.[0]?.description).toBe(
			[
				'The dated events in the article, in order.',
				'',
				'• **2015**: y (the article: “2015”)',
				'• **November 2016**: signed (the article: “November 2016”)',
				'• **August 24, 2019**: later (the article: “Saturday”)',
			].join('\n'),
		);
	});

	it('says so when there are no events', () => {
		expect(renderTimeline([], '2019-08-22', 'en').embeds?.[0]?.description).toBe('The article has no dated events.');
	});
});

describe('When rendering /source and /help', () => {
	it('/source names the article, its date, how citations work and what the bot cannot know', () => {
		const embed = renderSource(fixtureKb(), 'en', true).embeds?.[0];
		expect(embed?.description).toBe(
			"I answer from one news article only: 4 curated questions and 4 dated events, each backed by the article's own words.",
		);
		expect(embed?.fields?.map((f) => f.name)).toEqual(['The article', 'How citations work', 'What I cannot know']);
		expect(embed?.fields?.[0]?.value).toBe(
			'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, August 22, 2019 (National > Politics)',
		);
		expect(embed?.fields?.[2]?.value).toMatch(/^Anything after August 22, 2019, the day the article was published/);
	});

	it('/help over the gateway tells about mentions and DMs; over HTTP only, that messages are not read', () => {
		const gateway = renderHelp(
			{ readsMessages: true, cooldown: { limit: 5, windowMs: 20_000 }, repeatWindowMs: 300_000 },
			'en',
		).embeds?.[0];
		expect(gateway?.fields?.map((f) => f.name)).toEqual([
			'Ask',
			'Answer someone',
			'Mentions and DMs',
			'Browse',
			'Keeping channels tidy',
			'Anywhere',
		]);
		expect(gateway?.fields?.[4]?.value).toBe(`${en.help.tidy} ${en.help.noRepeat('5 minutes')}`);
		expect(gateway?.footer?.text).toBe('To stay fair, each person can ask 5 questions every 20 seconds.');
		const http = renderHelp({ readsMessages: false, cooldown: { limit: 1, windowMs: 1000 }, repeatWindowMs: 0 }, 'en')
			.embeds?.[0];
		expect(http?.fields?.map((f) => f.name)).toEqual([
			'Ask',
			'Answer someone',
			'Commands only',
			'Browse',
			'Keeping channels tidy',
			'Anywhere',
		]);
		const text = JSON.stringify(http);
		expect(text).not.toMatch(/DMs?\b.*send me|Mention me/);
		expect(http?.fields?.[4]?.value).toBe(en.help.tidy);
		expect(http?.footer?.text).toBe('To stay fair, each person can ask 1 question every 1 second.');
	});
});
