/**
 * End to end: the real discord.js Client, started by the bot's own startGateway(), logs in against a fake Discord
 * on 127.0.0.1 and answers interactions and messages over real sockets. Every reply body is checked exactly, and
 * so is what the bot does after replying (learning a public post's id, posting a shared answer, deleting one).
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { type GatewayBot, startGateway } from '../../src/discord/gateway.js';
import { createEngine } from '../../src/engine/index.js';
import type { Answer, Engine } from '../../src/engine/types.js';
import { en } from '../../src/i18n/en.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { createLogger } from '../../src/logger.js';
import { fixtureKb } from '../fixtures/kb.js';
import { DEFAULT_BOT_ID, DEFAULT_TOKEN, FakeDiscord, type RecordedRequest } from './fake-discord.js';
import * as p from './payloads.js';

const BOT = DEFAULT_BOT_ID;
const APP = '1100000000000000001';
const Q_DECISION = 'What did South Korea decide about GSOMIA?';
const ANSWER_DECISION =
	'On Thursday, Aug. 22, 2019, President Moon Jae-in decided to withdraw South Korea from GSOMIA, its military intelligence-sharing pact with Japan.';
const QUOTE_DECISION =
	'President Moon Jae-in on Thursday decided to withdraw from a military intelligence-sharing pact with Japan';
const SOURCE_LINE = (paragraph: number) =>
	`Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, August 22, 2019 (paragraph ${paragraph})`;
const FOOTER_ANSWERED =
	'As of August 22, 2019, the date of the article. Later events are not covered. Was this helpful?';
const FOOTER = 'As of August 22, 2019, the date of the article. Later events are not covered.';
const NO_MENTIONS = { parse: [] };
const REPLY_MENTIONS = { parse: [], replied_user: true };

type Json = Record<string, unknown>;
type Data = {
	content?: string;
	embeds?: Json[];
	components?: { type: number; components: Json[] }[];
	flags?: number;
	allowed_mentions?: unknown;
};
const dataOf = (r: RecordedRequest) => (r.body as { data: Data }).data;
const bodyOf = (r: RecordedRequest) => r.body as Data & { message_reference?: unknown };

/** The reference engine: the same fixture, to compute what the bot's engine suggests (its ranking is its own). */
const reference = createEngine(fixtureKb());

function answerOf(question: string | { factId: string }): Answer {
	const answer = typeof question === 'string' ? reference.ask(question) : reference.answerFact(question.factId);
	if (!answer) throw new Error('unknown fact');
	return answer;
}

/** The components under an answer: the related-questions menu, then 👍/👎 with "Post in channel" or "Delete". */
function componentsFor(
	question: string | { factId: string },
	extra: { share?: boolean; deletableBy?: string[]; backTo?: string } = {},
) {
	const answer = answerOf(question);
	const rows: unknown[] = [];
	if (answer.suggestions.length > 0) {
		rows.push({
			type: 1,
			components: [
				{
					type: 3,
					custom_id: 'ask:related',
					placeholder: answer.answered ? 'Related questions' : 'Questions I can answer',
					options: answer.suggestions.map((s) => ({ label: s.question, value: s.factId })),
				},
			],
		});
	}
	const buttons: unknown[] = [];
	if (answer.answered) {
		const ids = answer.factIds.join(',');
		buttons.push(
			{ type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful', custom_id: `ask:vote:up:0:${ids}` },
			{ type: 2, style: 2, emoji: { name: '👎' }, label: 'Not helpful', custom_id: `ask:vote:down:0:${ids}` },
		);
		if (extra.share)
			buttons.push({
				type: 2,
				style: 1,
				emoji: { name: '📢' },
				label: 'Post in channel',
				custom_id: `ask:share:${ids}`,
			});
	}
	if (extra.deletableBy) {
		buttons.push({
			type: 2,
			style: 4,
			emoji: { name: '🗑️' },
			label: 'Delete',
			custom_id: `ask:delete:${extra.deletableBy.join(',')}`,
		});
	}
	if (buttons.length > 0) rows.push({ type: 1, components: buttons });
	if (extra.backTo) {
		rows.push({
			type: 1,
			components: [
				{
					type: 2,
					style: 2,
					label: 'Back to the topic',
					emoji: { name: '⬅️' },
					custom_id: `topics:back:${extra.backTo}`,
				},
			],
		});
	}
	return rows;
}

function decisionEmbed(title = Q_DECISION, url?: string) {
	return {
		color: 0x2f6fdf,
		title,
		...(url ? { url } : {}),
		description: `${ANSWER_DECISION}\n\n> ${QUOTE_DECISION}`,
		footer: { text: FOOTER_ANSWERED },
		fields: [{ name: 'Source', value: SOURCE_LINE(2) }],
	};
}

/** Captured log lines, to check the error reference is logged and the token never is. */
class LogCapture extends EventEmitter {
	readonly lines: Record<string, unknown>[] = [];
	raw = '';
	write(chunk: string): void {
		this.raw += chunk;
		for (const line of chunk.split('\n').filter(Boolean)) this.lines.push(JSON.parse(line) as Record<string, unknown>);
		this.emit('line');
	}
	waitFor(predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
		const check = () => this.lines.find(predicate);
		const found = check();
		if (found) return Promise.resolve(found);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.off('line', onLine);
				reject(new Error('timed out waiting for a log line'));
			}, timeoutMs);
			const onLine = () => {
				const line = check();
				if (!line) return;
				clearTimeout(timer);
				this.off('line', onLine);
				resolve(line);
			};
			this.on('line', onLine);
		});
	}
}

let nextUser = 1_300_000_000_000_100_000n;
const newUser = () => String(++nextUser);

let fake: FakeDiscord;
let bot: GatewayBot;
const logs = new LogCapture();
const feedback = memoryFeedbackSink();

/** A message the bot posted (kept by the fake), as a component interaction carries it. */
function posted(id: string): Json {
	const message = fake.messages.get(id);
	if (!message) throw new Error(`the bot has no message ${id}`);
	return message;
}

/** The message created by an interaction's response (what Discord's @original is). */
async function originalOf(interaction: Json): Promise<Json> {
	const get = await fetch(`${fake.apiUrl}/v10/webhooks/${APP}/${String(interaction.token)}/messages/@original`);
	expect(get.status).toBe(200);
	return (await get.json()) as Json;
}

beforeAll(async () => {
	fake = await FakeDiscord.start({
		guilds: [
			{
				id: p.IDS.guild,
				channels: [
					{ id: p.IDS.channel, name: 'general' },
					{ id: p.IDS.mutedChannel, name: 'announcements', denyBot: 1n << 11n },
					{ id: p.IDS.noEmbedChannel, name: 'no-embeds', denyBot: 1n << 14n },
					{ id: p.IDS.mentions, name: 'mentions' },
					{ id: p.IDS.repeats, name: 'repeats' },
				],
			},
		],
		heartbeatIntervalMs: 100,
	});
	const config = parseConfig({
		DISCORD_TOKEN: DEFAULT_TOKEN,
		DISCORD_API_URL: fake.apiUrl,
		COOLDOWN_LIMIT: '5',
		COOLDOWN_WINDOW_SECONDS: '3600',
		REPEAT_WINDOW_SECONDS: '600',
		LOG_LEVEL: 'debug',
	});
	const real = createEngine(fixtureKb());
	// An engine that fails on demand, for the error boundary.
	const engine: Engine = Object.assign(Object.create(real) as Engine, {
		ask(question: string, options?: Parameters<Engine['ask']>[1]) {
			if (question.includes('EXPLODE')) throw new Error('engine exploded on purpose');
			return real.ask(question, options);
		},
	});
	bot = await startGateway({ config, engine, logger: createLogger('debug', logs), feedback });
});

afterAll(async () => {
	await bot?.stop();
	await fake?.close();
});

describe('When the bot logs in', () => {
	it('fetches the gateway from REST, identifies once with only the intents it needs, and gets READY', () => {
		expect(fake.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(1);
		expect(fake.identifies).toHaveLength(1);
		// Guilds (1) | GuildMessages (512) | DirectMessages (4096); no MessageContent.
		expect(fake.identifies[0]).toMatchObject({ token: DEFAULT_TOKEN, intents: 4609, shard: [0, 1] });
		expect(fake.connections[0]).toEqual({ path: '/', query: '?v=10&encoding=json' });
		expect(bot.client.user.id).toBe(BOT);
		expect(bot.client.guilds.cache.map((g) => g.id)).toEqual([p.IDS.guild]);
	});

	it('heartbeats, and each heartbeat is acknowledged (else the second would not come on the same socket)', async () => {
		const before = fake.heartbeats.length;
		await fake.waitUntil(() => fake.heartbeats.length >= before + 2, 'two heartbeats');
		expect(fake.connections).toHaveLength(1);
	});
});

describe('When someone runs /ask in a server', () => {
	it('replies privately: the embed, the related questions as one menu, 👍/👎 and "Post in channel"', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [decisionEmbed()],
				components: componentsFor(Q_DECISION, { share: true }),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
		// The callback is authenticated by the interaction token, not the bot token.
		expect(reply.headers.authorization).toBeUndefined();
	});

	it('posts it for the channel with public:true, with a "Delete" button for the asker', async () => {
		const userId = newUser();
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId, channelId: p.IDS.publicAsk }, true));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [decisionEmbed()],
				components: componentsFor(Q_DECISION, { deletableBy: [userId] }),
				allowed_mentions: NO_MENTIONS,
			},
		});
	});

	it('never pings: @everyone in the question is escaped and mentions are disabled', async () => {
		const question = '@everyone <@&1200000000000000099> what did korea decide about gsomia?';
		const reply = await fake.dispatchInteraction(p.ask(question, { userId: newUser() }));
		const data = dataOf(reply);
		expect(data.allowed_mentions).toEqual(NO_MENTIONS);
		expect(data.embeds?.[0]?.title).toBe(
			'\\@everyone \\<\\@&1200000000000000099\\> what did korea decide about gsomia?',
		);
	});
});

describe('When someone types in the /ask question box', () => {
	it('offers what they typed first, then the questions that start with it, then the rest', async () => {
		const typed = 'why did';
		const reply = await fake.dispatchInteraction(p.autocomplete(typed, { userId: newUser() }));
		const suggestions = reference.suggest(typed, 25);
		const starts = suggestions.filter((s) => s.question.toLowerCase().startsWith(typed));
		const rest = suggestions.filter((s) => !s.question.toLowerCase().startsWith(typed));
		expect(starts.length).toBeGreaterThan(0);
		expect(reply.body).toEqual({
			type: 8,
			data: {
				choices: [
					{ name: typed, value: typed },
					...[...starts, ...rest].map((s) => ({ name: s.question, value: s.question })),
				],
			},
		});
	});

	it('a question typed in full is offered once, as the question; empty input offers the popular questions', async () => {
		const full = await fake.dispatchInteraction(p.autocomplete(Q_DECISION.toLowerCase(), { userId: newUser() }));
		const choices = (full.body as { data: { choices: { name: string }[] } }).data.choices;
		expect(choices[0]).toEqual({ name: Q_DECISION, value: Q_DECISION });
		expect(choices.filter((c) => c.name.toLowerCase() === Q_DECISION.toLowerCase())).toHaveLength(1);

		const empty = await fake.dispatchInteraction(p.autocomplete('', { userId: newUser() }));
		const popular = (empty.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
		expect(popular).toEqual(reference.suggest('', 25).map((s) => ({ name: s.question, value: s.question })));
		expect(popular.length).toBeGreaterThan(0);
	});
});

describe('When someone runs /ask in the bot DMs', () => {
	it('answers visibly, with neither "Post in channel" nor "Delete" (nobody else is there)', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser(), dm: true }));
		expect(reply.body).toEqual({
			type: 4,
			data: { embeds: [decisionEmbed()], components: componentsFor(Q_DECISION), allowed_mentions: NO_MENTIONS },
		});
	});
});

describe('When someone shares a private answer ("Post in channel")', () => {
	it('the private answer says it was posted, and the same answer goes to the channel once, with "Delete"', async () => {
		const userId = newUser();
		const where = { userId, channelId: p.IDS.sharing };
		const first = await fake.dispatchInteraction(p.ask(Q_DECISION, where));
		const privateAnswer = p.botMessage(dataOf(first) as Json, { ephemeral: true, channelId: p.IDS.sharing });
		const share = p.button('ask:share:decision-withdraw', privateAnswer, where);
		const followUp = fake.waitForRequest(
			(r) => r.method === 'POST' && r.path === `/webhooks/${APP}/${String(share.token)}`,
			'the shared answer',
		);
		const reply = await fake.dispatchInteraction(share);
		const withShared = componentsFor(Q_DECISION, { share: true }) as { components: Json[] }[];
		const shown = withShared.map((row) => ({
			...row,
			components: row.components.map((c) =>
				c.custom_id === 'ask:share:decision-withdraw'
					? { ...c, label: 'Posted in the channel', emoji: { name: '✅' }, style: 3, disabled: true }
					: c,
			),
		}));
		expect(reply.body).toEqual({ type: 7, data: { components: shown, allowed_mentions: NO_MENTIONS } });
		const sent = await followUp;
		expect(sent.body).toEqual({
			embeds: [decisionEmbed()],
			components: componentsFor(Q_DECISION, { deletableBy: [userId] }),
			allowed_mentions: NO_MENTIONS,
		});
		// Public: no ephemeral flag on the posted message, which lands in the channel.
		const channelPost = [...fake.messages.values()].find(
			(m) => m.channel_id === p.IDS.sharing && (m.flags ?? 0) === 0 && m.webhook_id === APP,
		);
		expect(channelPost?.embeds).toEqual([decisionEmbed()]);

		// Once: the same fact again in this channel (the button clicked again, or by someone else) gets a link.
		const again = await fake.dispatchInteraction(p.button('ask:share:decision-withdraw', privateAnswer, where));
		const url = `https://discord.com/channels/${p.IDS.guild}/${p.IDS.sharing}/${String(channelPost?.id)}`;
		expect(again.body).toEqual({
			type: 4,
			data: {
				content: expect.stringMatching(
					new RegExp(
						`^This answer was already posted in this channel <t:\\d+:R>: \\[see it\\]\\(${url.replace(/[/.]/g, '\\$&')}\\)\\.$`,
					),
				),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});
});

describe('When a public answer has a "Delete" button', () => {
	async function publicAnswer(userId: string) {
		const ask = p.ask(Q_DECISION, { userId, channelId: p.IDS.deleting }, true);
		// The bot learns the id of what it posted (for the no-repeat link).
		const learnt = fake.waitForRequest(
			(r) => r.method === 'GET' && r.path === `/webhooks/${APP}/${String(ask.token)}/messages/@original`,
			'the bot to learn the post id',
		);
		await fake.dispatchInteraction(ask);
		await learnt;
		return posted(String((await originalOf(ask)).id));
	}

	it('someone else may not use it: they are told so privately and the answer stays', async () => {
		const asker = newUser();
		const message = await publicAnswer(asker);
		const refused = await fake.dispatchInteraction(
			p.button(`ask:delete:${asker}`, message, { userId: newUser(), channelId: p.IDS.deleting }),
		);
		expect(refused.body).toEqual({
			type: 4,
			data: {
				content: 'Only the person who asked, the person it answers, or a moderator can delete this answer.',
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
		expect(fake.messages.has(String(message.id))).toBe(true);

		// A moderator (Manage Messages) may.
		const moderator = p.button(`ask:delete:${asker}`, message, {
			userId: newUser(),
			channelId: p.IDS.deleting,
			permissions: p.MODERATOR_PERMISSIONS,
		});
		const done = fake.waitForRequest((r) => r.method === 'DELETE', 'the delete');
		expect((await fake.dispatchInteraction(moderator)).body).toEqual({ type: 6 });
		expect((await done).path).toBe(`/webhooks/${APP}/${String(moderator.token)}/messages/@original`);
		expect(fake.deleted).toContain(String(message.id));
	});

	it('the asker may: the message is deleted, and the fact may be posted in that channel again', async () => {
		const asker = newUser();
		const message = await publicAnswer(asker);
		const click = p.button(`ask:delete:${asker}`, message, { userId: asker, channelId: p.IDS.deleting });
		const done = fake.waitForRequest((r) => r.method === 'DELETE', 'the delete');
		const reply = await fake.dispatchInteraction(click);
		expect(reply.body).toEqual({ type: 6 });
		await done;
		expect(fake.messages.has(String(message.id))).toBe(false);
		expect(fake.deleted.at(-1)).toBe(String(message.id));
		// Not a repeat: the first post is gone.
		const again = await fake.dispatchInteraction(
			p.ask(Q_DECISION, { userId: newUser(), channelId: p.IDS.deleting }, true),
		);
		expect(dataOf(again).flags).toBeUndefined();
		expect(dataOf(again).content).toBeUndefined();
	});
});

describe('When the same fact is asked publicly twice in a channel', () => {
	it('the second asker gets it privately, with a link to the first post; another channel is not affected', async () => {
		const first = p.ask(Q_DECISION, { userId: newUser(), channelId: p.IDS.repeats }, true);
		const learnt = fake.waitForRequest(
			(r) => r.method === 'GET' && r.path === `/webhooks/${APP}/${String(first.token)}/messages/@original`,
			'the bot to learn the post id',
		);
		await fake.dispatchInteraction(first);
		await learnt;
		const original = await originalOf(first);
		const url = `https://discord.com/channels/${p.IDS.guild}/${p.IDS.repeats}/${String(original.id)}`;

		const second = await fake.dispatchInteraction(
			p.ask('what did korea decide about gsomia', { userId: newUser(), channelId: p.IDS.repeats }, true),
		);
		expect(second.body).toEqual({
			type: 4,
			data: {
				content: expect.stringMatching(
					/^This was answered in this channel <t:\d+:R> \(\[see it\]\(.+\)\), so here it is just for you\.$/,
				),
				embeds: [decisionEmbed('what did korea decide about gsomia')],
				components: componentsFor('what did korea decide about gsomia'),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
		expect(dataOf(second).content).toContain(`(${url})`);

		const elsewhere = await fake.dispatchInteraction(
			p.ask(Q_DECISION, { userId: newUser(), channelId: '1200000000000000030' }, true),
		);
		expect(dataOf(elsewhere).flags).toBeUndefined();
	});
});

describe('When someone clicks under an answer', () => {
	it('a related question picked on a private answer replaces it with that answer (UPDATE_MESSAGE)', async () => {
		const userId = newUser();
		const first = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const shown = p.botMessage(dataOf(first) as Json, { ephemeral: true });
		const reply = await fake.dispatchInteraction(p.select('ask:related', ['japan-regret'], shown, { userId }));
		expect(reply.body).toEqual({
			type: 7,
			data: {
				embeds: [
					{
						color: 0x2f6fdf,
						title: 'How did Japan react to the decision?',
						description:
							'According to Kyodo News, a Japanese government official expressed “deep regret” with the decision.\n\n> According to Kyodo News, a Japanese government official expressed “deep regret” with Seoul’s decision.',
						footer: { text: FOOTER_ANSWERED },
						fields: [{ name: 'Source', value: SOURCE_LINE(6) }],
					},
				],
				components: componentsFor({ factId: 'japan-regret' }, { share: true }),
				allowed_mentions: NO_MENTIONS,
			},
		});
	});

	it('a related question picked on a public answer gives the picker a private answer of their own', async () => {
		const shown = p.botMessage({ embeds: [decisionEmbed()], components: componentsFor(Q_DECISION) });
		const reply = await fake.dispatchInteraction(
			p.select('ask:related', ['decision-withdraw'], shown, { userId: newUser() }),
		);
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [decisionEmbed()],
				components: componentsFor({ factId: 'decision-withdraw' }, { share: true }),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});

	it('👎 on a private answer updates that same message (the vote shows as counted) and is recorded', async () => {
		const userId = newUser();
		const first = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const shown = p.botMessage(dataOf(first) as Json, { ephemeral: true });
		const reply = await fake.dispatchInteraction(p.button('ask:vote:down:0:decision-withdraw', shown, { userId }));
		const rows = componentsFor(Q_DECISION, { share: true }) as { components: Json[] }[];
		const counted = rows.map((row) => ({
			...row,
			components: row.components.map((c) => {
				if (c.custom_id === 'ask:vote:up:0:decision-withdraw') return { ...c, disabled: true };
				if (c.custom_id === 'ask:vote:down:0:decision-withdraw') return { ...c, style: 4, disabled: true };
				return c;
			}),
		}));
		expect(reply.body).toEqual({ type: 7, data: { components: counted, allowed_mentions: NO_MENTIONS } });
		expect(feedback.entries.at(-1)).toEqual({
			at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			vote: 'down',
			userId,
			factIds: ['decision-withdraw'],
			lang: 'en',
			question: Q_DECISION,
			guildId: p.IDS.guild,
			messageId: shown.id,
		});
		// No new message was posted for the vote.
		expect(fake.requests.filter((r) => r.path === reply.path)).toHaveLength(1);
	});

	it('votes on a public answer update its counts in place; a second vote by the same member is refused', async () => {
		const asker = newUser();
		const ask = p.ask(Q_DECISION, { userId: asker, channelId: p.IDS.voting }, true);
		await fake.dispatchInteraction(ask);
		let message = posted(String((await originalOf(ask)).id));
		const up = (userId: string) =>
			fake.dispatchInteraction(p.button(upId(message), message, { userId, channelId: p.IDS.voting }));
		const upId = (m: Json) =>
			String(
				((m.components as { components: Json[] }[])[1]?.components[0] as { custom_id: string } | undefined)?.custom_id,
			);

		const voter = newUser();
		const first = await up(voter);
		expect(first.body).toMatchObject({ type: 7 });
		message = posted(String(message.id));
		expect((message.components as { components: Json[] }[])[1]?.components.slice(0, 2)).toEqual([
			{ type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful · 1', custom_id: 'ask:vote:up:1:decision-withdraw' },
			{
				type: 2,
				style: 2,
				emoji: { name: '👎' },
				label: 'Not helpful',
				custom_id: 'ask:vote:down:0:decision-withdraw',
			},
		]);

		const twice = await up(voter);
		expect(twice.body).toEqual({
			type: 4,
			data: {
				content: 'Your vote on this answer is already counted. Thank you!',
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});

		await up(newUser());
		message = posted(String(message.id));
		expect((message.components as { components: Json[] }[])[1]?.components[0]).toMatchObject({
			label: 'Helpful · 2',
			custom_id: 'ask:vote:up:2:decision-withdraw',
		});
		expect(feedback.entries.filter((e) => e.messageId === message.id)).toHaveLength(2);
	});
});

describe('When someone answers someone else', () => {
	it('"Answer publicly" on a message answers it in the channel, notifying only its author', async () => {
		const author = newUser();
		const someoneMentioned = newUser();
		const target = {
			id: '1300000000000200002',
			content: `why did korea withdraw from gsomia? asking for <@${someoneMentioned}>`,
			authorId: author,
			mentions: [{ id: someoneMentioned, username: 'minji' }],
		};
		const userId = newUser();
		const reply = await fake.dispatchInteraction(
			p.messageCommand(target, { userId, channelId: p.IDS.answering }, 'Answer publicly'),
		);
		const expected = reference.ask(target.content);
		expect(expected.factIds).toEqual(['decision-reason']);
		expect(reply.body).toEqual({
			type: 4,
			data: {
				content: `<@${author}> ${expected.answer}`,
				embeds: [
					{
						color: 0x2f6fdf,
						title: 'why did korea withdraw from gsomia? asking for \\@minji',
						url: `https://discord.com/channels/${p.IDS.guild}/${p.IDS.answering}/${target.id}`,
						description: `${expected.answer}\n\n> ${expected.citations[0]?.quote}`,
						footer: { text: FOOTER_ANSWERED },
						fields: [{ name: 'Source', value: SOURCE_LINE(2) }],
					},
				],
				components: componentsFor(target.content, { deletableBy: [userId, author] }),
				allowed_mentions: { parse: [], users: [author] },
			},
		});
	});

	it('/ask for:@user answers in the channel and notifies that user alone (a bot is never notified)', async () => {
		const friend = newUser();
		const userId = newUser();
		const reply = await fake.dispatchInteraction(
			p.ask(Q_DECISION, { userId, channelId: p.IDS.answering }, undefined, { id: friend }),
		);
		expect(reply.body).toEqual({
			type: 4,
			data: {
				content: `<@${friend}> ${ANSWER_DECISION}`,
				embeds: [decisionEmbed()],
				components: componentsFor(Q_DECISION, { deletableBy: [userId, friend] }),
				allowed_mentions: { parse: [], users: [friend] },
			},
		});

		const toBot = await fake.dispatchInteraction(
			p.ask('How did Japan react to the decision?', { userId, channelId: p.IDS.answering }, undefined, {
				id: '1100000000000000099',
				bot: true,
			}),
		);
		expect(dataOf(toBot).allowed_mentions).toEqual(NO_MENTIONS);
		expect(dataOf(toBot).content).toBeUndefined();
	});

	it('"Answer this question" answers the selected message’s text privately', async () => {
		const target = { id: '1300000000000200001', content: 'why did korea withdraw from gsomia?', authorId: newUser() };
		const reply = await fake.dispatchInteraction(p.messageCommand(target, { userId: newUser() }));
		const expected = reference.ask(target.content);
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [
					{
						color: 0x2f6fdf,
						title: 'why did korea withdraw from gsomia?',
						description: `${expected.answer}\n\n> ${expected.citations[0]?.quote}`,
						footer: { text: FOOTER_ANSWERED },
						fields: [{ name: 'Source', value: SOURCE_LINE(2) }],
					},
				],
				components: componentsFor(target.content, { share: true }),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});
});

describe('When someone browses /topics', () => {
	it('lists the topics by id in a select menu, then a topic’s questions, then answers the picked question', async () => {
		const userId = newUser();
		const listed = await fake.dispatchInteraction(p.slash('topics', [], { userId }));
		expect(listed.body).toEqual({
			type: 4,
			data: {
				embeds: [
					{
						color: 0x4f9d69,
						title: 'Browse by topic',
						description:
							"I can answer 4 questions in 3 topics. Pick a topic, then a question.\n\n• **The decision**: 2 questions\n• **Japan's reaction**: 1 question\n• **The pact**: 1 question",
					},
				],
				components: [
					{
						type: 1,
						components: [
							{
								type: 3,
								custom_id: 'topics:topic',
								placeholder: 'Pick a topic',
								options: [
									{ label: 'The decision', value: 'decision', description: '2 questions' },
									{ label: "Japan's reaction", value: 'japan-reaction', description: '1 question' },
									{ label: 'The pact', value: 'pact', description: '1 question' },
								],
							},
						],
					},
				],
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});

		const menu = p.botMessage(dataOf(listed) as Json, { ephemeral: true });
		const topic = await fake.dispatchInteraction(p.select('topics:topic', ['decision'], menu, { userId }));
		expect(topic.body).toEqual({
			type: 7,
			data: {
				embeds: [
					{
						color: 0x4f9d69,
						title: 'Topic: The decision',
						description: '• What did South Korea decide about GSOMIA?\n• Why did South Korea withdraw from GSOMIA?',
					},
				],
				components: [
					{
						type: 1,
						components: [
							{
								type: 3,
								custom_id: 'topics:questions:decision',
								placeholder: 'Pick a question',
								options: [
									{ label: 'What did South Korea decide about GSOMIA?', value: 'decision-withdraw' },
									{ label: 'Why did South Korea withdraw from GSOMIA?', value: 'decision-reason' },
								],
							},
						],
					},
					{
						type: 1,
						components: [{ type: 2, style: 2, label: 'All topics', emoji: { name: '⬅️' }, custom_id: 'topics:topics' }],
					},
				],
				allowed_mentions: NO_MENTIONS,
			},
		});

		const questions = p.botMessage(dataOf(topic) as Json, { ephemeral: true });
		const answer = await fake.dispatchInteraction(
			p.select('topics:questions:decision', ['decision-withdraw'], questions, { userId }),
		);
		expect(answer.body).toEqual({
			type: 7,
			data: {
				embeds: [decisionEmbed()],
				components: componentsFor({ factId: 'decision-withdraw' }, { share: true, backTo: 'decision' }),
				allowed_mentions: NO_MENTIONS,
			},
		});
	});
});

describe('When someone runs /timeline', () => {
	it('lists one entry per event in order: days written as that day in Seoul, a month as "July 2019"', async () => {
		const reply = await fake.dispatchInteraction(p.slash('timeline', [], { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [
					{
						color: 0x4f9d69,
						title: 'Timeline',
						description: [
							'The dated events in the article, in order.',
							'',
							'• **July 2019**: Tokyo claims exported materials may have reached North Korea (the article: “July”)',
							'• **August 2, 2019**: Japan removes South Korea from its white list (the article: “Aug. 2”)',
							'• **August 22, 2019**: President Moon Jae-in decides to withdraw from GSOMIA (the article: “Thursday”)',
							'• **August 24, 2019**: Deadline to give notice on renewal of the pact (the article: “Saturday”)',
						].join('\n'),
						footer: { text: FOOTER },
					},
				],
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});
});

describe('When someone runs /help', () => {
	it('over the gateway, it tells about mentions and DMs (they work here)', async () => {
		const reply = await fake.dispatchInteraction(p.slash('help', [], { userId: newUser() }));
		const fields = (dataOf(reply).embeds?.[0]?.fields ?? []) as { name: string; value: string }[];
		expect(fields.map((f) => f.name)).toEqual([
			'Ask',
			'Answer someone',
			'Mentions and DMs',
			'Browse',
			'Keeping channels tidy',
			'Anywhere',
		]);
		expect(fields[4]?.value).toContain('within 10 minutes');
	});
});

describe('When someone writes to the bot', () => {
	it('a DM is a question: the reply is the same embed with one plain sentence, as a reply to the DM', async () => {
		const dm = p.message({ content: Q_DECISION, authorId: newUser() });
		const reply = await fake.dispatchMessage(dm);
		expect(reply.path).toBe(`/channels/${p.IDS.dmChannel}/messages`);
		expect(reply.body).toEqual({
			content: ANSWER_DECISION,
			embeds: [decisionEmbed()],
			components: componentsFor(Q_DECISION),
			allowed_mentions: REPLY_MENTIONS,
			message_reference: { message_id: dm.id, fail_if_not_exists: false },
		});
	});

	it('"help" in a DM gets the help', async () => {
		const reply = await fake.dispatchMessage(p.message({ content: 'help', authorId: newUser() }));
		expect(bodyOf(reply).embeds?.[0]?.title).toBe('How to use me');
	});

	it('a mention gets a reply that notifies the asker, with a plain sentence, other mentions shown as names', async () => {
		const author = newUser();
		const friend = newUser();
		const mention = p.message({
			content: `<@${BOT}> ${Q_DECISION} cc <@${friend}> @everyone`,
			authorId: author,
			guildId: p.IDS.guild,
			channelId: p.IDS.mentions,
			mentions: [BOT, { id: friend, username: 'jisoo' }],
		});
		const reply = await fake.dispatchMessage(mention);
		expect(reply.path).toBe(`/channels/${p.IDS.mentions}/messages`);
		expect(reply.body).toEqual({
			content: ANSWER_DECISION,
			embeds: [decisionEmbed(`${Q_DECISION} cc \\@jisoo \\@everyone`)],
			components: componentsFor(`${Q_DECISION} cc @everyone`, { deletableBy: [author] }),
			allowed_mentions: REPLY_MENTIONS,
			message_reference: { message_id: mention.id, fail_if_not_exists: false },
		});
		// The bot records the post's id once Discord's reply to the send arrives; its log line of the message comes after.
		await logs.waitFor((l) => l.msg === 'message' && l.messageId === mention.id);
	});

	it('the same fact asked by mention again in that channel is sent privately by DM, with a link', async () => {
		const author = newUser();
		const mention = p.message({
			content: `<@${BOT}> what did korea decide about gsomia`,
			authorId: author,
			guildId: p.IDS.guild,
			channelId: p.IDS.mentions,
			mentions: [BOT],
		});
		const dmChannel = String(BigInt(author) + 7n);
		const byDm = await fake.dispatchMessage(mention, {
			predicate: (r) => r.path === `/channels/${dmChannel}/messages`,
		});
		expect(bodyOf(byDm).content).toMatch(
			new RegExp(
				`^This was answered in this channel <t:\\d+:R> \\(\\[see it\\]\\(https://discord.com/channels/${p.IDS.guild}/${p.IDS.mentions}/\\d+\\)\\), so here it is just for you\\.\\n${ANSWER_DECISION.replace(/[.?]/g, '\\$&')}$`,
			),
		);
		expect(bodyOf(byDm).message_reference).toBeUndefined();
		expect(
			fake.requests.filter(
				(r) =>
					r.path === `/channels/${p.IDS.mentions}/messages` &&
					r.status < 400 &&
					(r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === mention.id,
			),
		).toEqual([]);
	});

	it('a mention that is only a greeting or thanks gets a reaction, not a message', async () => {
		const hello = p.message({
			content: `<@${BOT}> hi!`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			channelId: p.IDS.mentions,
			mentions: [BOT],
		});
		const reacted = await fake.dispatchMessage(hello, {
			predicate: (r) => r.method === 'PUT' && r.path.includes(`/messages/${String(hello.id)}/reactions/`),
		});
		expect(reacted.path).toBe(`/channels/${p.IDS.mentions}/messages/${String(hello.id)}/reactions/👋/@me`);
		const thanks = p.message({
			content: `<@${BOT}> thanks 🙏`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			channelId: p.IDS.mentions,
			mentions: [BOT],
		});
		await fake.dispatchMessage(thanks, {
			predicate: (r) => r.method === 'PUT' && r.path.includes(`/messages/${String(thanks.id)}/reactions/`),
		});
		expect(fake.reactions.slice(-2)).toEqual([
			{ channelId: p.IDS.mentions, messageId: hello.id, emoji: '👋' },
			{ channelId: p.IDS.mentions, messageId: thanks.id, emoji: '😊' },
		]);
		// Events are handled in order: once a later message is answered, the greetings were seen and got no message.
		await fake.dispatchMessage(p.message({ content: Q_DECISION, authorId: newUser() }));
		const replies = fake.requests.filter(
			(r) =>
				r.method === 'POST' &&
				[hello.id, thanks.id].includes(
					(r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id,
				),
		);
		expect(replies).toEqual([]);
	});

	it('a mention of the bot’s own role (what people often pick for @BotName) counts as a mention', async () => {
		const role = fake.botRoleId(p.IDS.guild);
		const mention = p.message({
			content: `<@&${role}> Why did South Korea withdraw from GSOMIA?`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			mentionRoles: [role],
		});
		const reply = await fake.dispatchMessage(mention);
		expect(bodyOf(reply).embeds?.[0]?.title).toBe('Why did South Korea withdraw from GSOMIA?');
	});

	it('ignores server messages without a mention, messages from bots, and its own messages', async () => {
		const ignored = [
			p.message({ content: Q_DECISION, authorId: newUser(), guildId: p.IDS.guild }),
			p.message({
				content: `<@${BOT}> ${Q_DECISION}`,
				authorId: newUser(),
				authorIsBot: true,
				guildId: p.IDS.guild,
				mentions: [BOT],
			}),
			p.message({ content: Q_DECISION, authorId: newUser(), authorIsBot: true }),
			p.message({ content: Q_DECISION, authorId: BOT, authorIsBot: true }),
			// Another role is not a mention of the bot, nor is @everyone.
			p.message({
				content: `<@&${p.IDS.guild}9> ${Q_DECISION}`,
				authorId: newUser(),
				guildId: p.IDS.guild,
				mentionRoles: [`${p.IDS.guild}9`],
			}),
			p.message({
				content: `@everyone ${Q_DECISION}`,
				authorId: newUser(),
				guildId: p.IDS.guild,
				mentionEveryone: true,
			}),
		];
		const from = fake.requests.length;
		for (const m of ignored) fake.dispatch('MESSAGE_CREATE', m);
		await fake.dispatchMessage(p.message({ content: Q_DECISION, authorId: newUser() }));
		const sent = fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
		expect(sent).toHaveLength(1);
	});

	it('does not post where it may not send, and posts plain text where it may not embed', async () => {
		const muted = p.message({
			content: `<@${BOT}> ${Q_DECISION}`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			channelId: p.IDS.mutedChannel,
			mentions: [BOT],
		});
		const from = fake.requests.length;
		fake.dispatch('MESSAGE_CREATE', muted);
		await logs.waitFor(
			(l) => l.msg === 'missing permission to reply in the channel' && l.channelId === p.IDS.mutedChannel,
		);

		const author = newUser();
		const noEmbed = p.message({
			content: `<@${BOT}> ${Q_DECISION}`,
			authorId: author,
			guildId: p.IDS.guild,
			channelId: p.IDS.noEmbedChannel,
			mentions: [BOT],
		});
		const reply = await fake.dispatchMessage(noEmbed);
		expect(fake.requests.slice(from).filter((r) => r.path === `/channels/${p.IDS.mutedChannel}/messages`)).toEqual([]);
		expect(reply.body).toEqual({
			content: [
				ANSWER_DECISION,
				`**${Q_DECISION}**`,
				`${ANSWER_DECISION}\n\n> ${QUOTE_DECISION}`,
				`**Source**: ${SOURCE_LINE(2)}`,
				`-# ${FOOTER_ANSWERED}`,
			].join('\n\n'),
			components: componentsFor(Q_DECISION, { deletableBy: [author] }),
			allowed_mentions: REPLY_MENTIONS,
			message_reference: { message_id: noEmbed.id, fail_if_not_exists: false },
		});
	});
});

describe('When the user speaks Korean or Japanese', () => {
	it('/ask with the ko locale is framed in Korean; a DM written in kana gets a Japanese frame', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser(), locale: 'ko' }));
		const embed = dataOf(reply).embeds?.[0] as { fields: { name: string; value: string }[]; footer: { text: string } };
		expect(embed.fields).toEqual([
			{
				name: '출처',
				value: 'Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, 2019년 8월 22일 (목), 2번째 문단',
			},
		]);
		expect(embed.footer.text).toMatch(/^기사가 나온 2019년 8월 22일 \(목\) 기준이며/);
		const buttons = dataOf(reply).components?.[1]?.components.map((c) => c.label);
		expect(buttons).toEqual(['도움이 됐어요', '도움이 안 됐어요', '채널에 올리기']);

		const dm = await fake.dispatchMessage(p.message({ content: 'GSOMIAは韓国が破棄したの？', authorId: newUser() }));
		const footer = (bodyOf(dm).embeds?.[0] as { footer?: { text: string } } | undefined)?.footer?.text;
		expect(footer).toMatch(/^記事の日付である2019年8月22日（木）時点の情報です。/);
	});
});

describe('When someone asks too fast', () => {
	const cooldownText =
		/^You're asking quickly\. You can ask again <t:(\d+):R>; this keeps the bot fair for everyone\.$/;

	it('the sixth question within the window gets a private cooldown notice', async () => {
		const userId = newUser();
		for (let i = 0; i < 5; i++) {
			const ok = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
			expect(dataOf(ok).embeds).toHaveLength(1);
		}
		const refused = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const data = dataOf(refused);
		expect(refused.body).toMatchObject({ type: 4 });
		expect(data.content).toMatch(cooldownText);
		expect(data.flags).toBe(64);
		expect(data.allowed_mentions).toEqual(NO_MENTIONS);
		// Another user is not affected.
		const other = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(dataOf(other).embeds).toHaveLength(1);
	});

	it('a mention over the limit is answered by DM, or in the channel when the DMs are closed', async () => {
		const userId = newUser();
		for (let i = 0; i < 5; i++) await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const mention = (authorId = userId) =>
			p.message({ content: `<@${BOT}> ${Q_DECISION}`, authorId, guildId: p.IDS.guild, mentions: [BOT] });
		const dmChannel = String(BigInt(userId) + 7n);

		const byDm = await fake.dispatchMessage(mention(), {
			predicate: (r) => r.path === `/channels/${dmChannel}/messages`,
		});
		expect(byDm.body).toEqual({ content: expect.stringMatching(cooldownText), allowed_mentions: NO_MENTIONS });

		// Told once: a second mention in the same window costs no REST call at all. Another user's mention, sent
		// after it, is answered; by then the first one was handled (events are handled in order).
		const before = fake.requests.length;
		const again = mention();
		const other = mention(newUser());
		fake.dispatch('MESSAGE_CREATE', again);
		const answered = await fake.dispatchMessage(other);
		expect(answered.body).toMatchObject({ message_reference: { message_id: other.id } });
		const since = fake.requests.slice(before);
		expect(since.filter((r) => r.method === 'POST')).toHaveLength(1);

		const closedUser = newUser();
		for (let i = 0; i < 5; i++) await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: closedUser }));
		fake.failNext(
			{ method: 'POST', path: `/channels/${String(BigInt(closedUser) + 7n)}/messages` },
			{ status: 403, code: 50007, message: 'Cannot send messages to this user' },
		);
		const closed = mention(closedUser);
		const inChannel = await fake.dispatchMessage(closed);
		expect(inChannel.path).toBe(`/channels/${p.IDS.channel}/messages`);
		expect(inChannel.body).toEqual({
			content: expect.stringMatching(cooldownText),
			allowed_mentions: REPLY_MENTIONS,
			message_reference: { message_id: closed.id, fail_if_not_exists: false },
		});
	});
});

describe('When something fails', () => {
	it('a handler error gives a private "something went wrong" with a reference that is also logged', async () => {
		const reply = await fake.dispatchInteraction(p.ask('EXPLODE please', { userId: newUser() }));
		const data = dataOf(reply);
		const ref = /\(ref ([0-9A-F]{6})\)/.exec(data.content ?? '')?.[1];
		expect(ref).toBeDefined();
		expect(reply.body).toEqual({
			type: 4,
			data: { content: en.error(ref as string), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		const logged = await logs.waitFor((l) => l.ref === ref);
		expect(logged).toMatchObject({ level: 50, msg: 'interaction failed', command: 'ask' });
		// The process keeps answering.
		const next = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(dataOf(next).embeds).toEqual([decisionEmbed()]);
	});

	it('a failing DM question gets the same notice as a reply', async () => {
		const dm = p.message({ content: 'EXPLODE', authorId: newUser() });
		const reply = await fake.dispatchMessage(dm);
		const content = bodyOf(reply).content ?? '';
		const ref = /\(ref ([0-9A-F]{6})\)/.exec(content)?.[1] as string;
		expect(reply.body).toEqual({
			content: en.error(ref),
			allowed_mentions: REPLY_MENTIONS,
			message_reference: { message_id: dm.id, fail_if_not_exists: false },
		});
		await logs.waitFor((l) => l.ref === ref && l.msg === 'message handling failed');
	});

	it('an expired interaction (10062) is logged and the bot carries on', async () => {
		const expired = p.ask(Q_DECISION, { userId: newUser() });
		fake.failNext(
			{ method: 'POST', path: `/interactions/${String(expired.id)}/${String(expired.token)}/callback` },
			{ status: 404, code: 10062, message: 'Unknown interaction' },
		);
		fake.dispatch('INTERACTION_CREATE', expired);
		const line = await logs.waitFor(
			(l) => l.interactionId === expired.id && l.msg === 'interaction expired before the reply',
		);
		expect(line).toMatchObject({ level: 40, code: 10062, status: 404 });
		const next = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(next.status).toBe(204);
	});

	it('a 429 from REST is waited out and the reply is sent again, unchanged', async () => {
		fake.rateLimitNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/ }, { retryAfter: 0.05 });
		const interaction = p.ask(Q_DECISION, { userId: newUser() });
		const reply = await fake.dispatchInteraction(interaction);
		const attempts = fake.requests.filter((r) => r.path === reply.path);
		expect(attempts.map((r) => r.status)).toEqual([429, 204]);
		expect(attempts[0]?.body).toEqual(attempts[1]?.body);
		const line = await logs.waitFor((l) => l.msg === 'rate limited by Discord (429); retrying');
		expect(line).toMatchObject({ level: 40, method: 'POST', retryAfterSeconds: 0.05, scope: 'user', global: false });
		expect(line.route).not.toContain(String(interaction.token));
	});
});

describe('When the gateway drops the connection', () => {
	it('the bot resumes the same session on the resume URL and still answers', async () => {
		const sessionId = fake.sessionId(0);
		await fake.closeGateway();
		expect(fake.identifies).toHaveLength(1);
		expect(fake.connections.at(-1)).toEqual({ path: '/resume', query: '?v=10&encoding=json' });
		expect(fake.resumes.at(-1)).toEqual({ token: DEFAULT_TOKEN, session_id: sessionId, seq: expect.any(Number) });
		expect(fake.sessionId(0)).toBe(sessionId);
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(dataOf(reply).embeds).toEqual([decisionEmbed()]);
	});

	it('an event sent while it was disconnected is replayed on resume and answered', async () => {
		await fake.closeGateway({ waitForResume: false });
		const missed: Promise<RecordedRequest> = fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		const reply = await missed;
		expect(dataOf(reply).embeds).toEqual([decisionEmbed()]);
		expect(fake.identifies).toHaveLength(1);
	});
});

describe('Logs', () => {
	it('hold each interaction’s command, outcome, language and latency, and never a token', () => {
		const interactions = logs.lines.filter((l) => l.msg === 'interaction' && l.kind === 'command');
		expect(interactions.length).toBeGreaterThan(5);
		for (const l of interactions) {
			expect(typeof l.command).toBe('string');
			expect(['answered', 'abstained', 'ok', 'error', 'cooldown', 'unknown', 'repeat']).toContain(l.outcome);
			expect(['en', 'ko', 'ja']).toContain(l.lang);
			expect(typeof l.latencyMs).toBe('number');
		}
		expect(logs.raw).not.toContain(DEFAULT_TOKEN);
		expect(logs.raw).not.toContain('interaction-token-');
	});
});
