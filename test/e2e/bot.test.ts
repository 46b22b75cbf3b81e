/**
 * End to end: the real discord.js Client, started by the bot's own startGateway(), logs in against a fake Discord
 * on 127.0.0.1 and answers interactions and messages over real sockets. Every reply body is checked exactly.
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { type GatewayBot, startGateway } from '../../src/discord/gateway.js';
import { strings } from '../../src/discord/strings.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { createLogger } from '../../src/logger.js';
import { fixtureKb } from '../fixtures/kb.js';
import { DEFAULT_BOT_ID, DEFAULT_TOKEN, FakeDiscord, type RecordedRequest } from './fake-discord.js';
import * as p from './payloads.js';

const BOT = DEFAULT_BOT_ID;
const Q_DECISION = 'What did South Korea decide about GSOMIA?';
const ANSWER_DECISION =
	'On Thursday, Aug. 22, 2019, President Moon Jae-in decided to withdraw South Korea from GSOMIA, its military intelligence-sharing pact with Japan.';
const QUOTE_DECISION =
	'President Moon Jae-in on Thursday decided to withdraw from a military intelligence-sharing pact with Japan';
const SOURCE_LINE = (paragraph: number) =>
	`Korea JoongAng Daily, “Seoul pulls out of Gsomia pact with Tokyo”, <t:1566475200:D> (paragraph ${paragraph})`;
const FOOTER_ANSWERED =
	'As of August 22, 2019, the date of the article. Later events are not covered. Was this helpful?';
const FOOTER = 'As of August 22, 2019, the date of the article. Later events are not covered.';
const NO_MENTIONS = { parse: [] };

/** The reference engine: the same fixture, to compute what the bot's engine suggests (its ranking is its own). */
const reference = createEngine(fixtureKb());

function buttonsFor(question: string | { factId: string }) {
	const answer = typeof question === 'string' ? reference.ask(question) : reference.answerFact(question.factId);
	if (!answer) throw new Error('unknown fact');
	const rows: unknown[] = [];
	if (answer.suggestions.length > 0) {
		rows.push({
			type: 1,
			components: answer.suggestions.slice(0, 5).map((s) => ({
				type: 2,
				style: 2,
				label: s.question,
				custom_id: `ask:fact:${s.factId}`,
			})),
		});
	}
	if (answer.answered) {
		const ids = answer.factIds.join(',');
		rows.push({
			type: 1,
			components: [
				{ type: 2, style: 2, emoji: { name: '👍' }, label: 'Helpful', custom_id: `ask:fb:up:${ids}` },
				{ type: 2, style: 2, emoji: { name: '👎' }, label: 'Not helpful', custom_id: `ask:fb:down:${ids}` },
			],
		});
	}
	return rows;
}

function decisionEmbed(title = Q_DECISION) {
	return {
		color: 0x2f6fdf,
		title,
		description: `${ANSWER_DECISION}\n\n> ${QUOTE_DECISION}`,
		fields: [{ name: 'Source', value: SOURCE_LINE(2) }],
		footer: { text: FOOTER_ANSWERED },
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

beforeAll(async () => {
	fake = await FakeDiscord.start({
		guilds: [
			{
				id: p.IDS.guild,
				channels: [
					{ id: p.IDS.channel, name: 'general' },
					{ id: p.IDS.mutedChannel, name: 'announcements', denyBot: 1n << 11n },
					{ id: p.IDS.noEmbedChannel, name: 'no-embeds', denyBot: 1n << 14n },
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
		LOG_LEVEL: 'debug',
	});
	const real = createEngine(fixtureKb());
	// An engine that fails on demand, for the error boundary.
	const engine: Engine = Object.assign(Object.create(real) as Engine, {
		ask(question: string) {
			if (question.includes('EXPLODE')) throw new Error('engine exploded on purpose');
			return real.ask(question);
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
	it('replies privately with the answer embed, the quote as a block quote, the source line and the buttons', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [decisionEmbed()],
				components: buttonsFor(Q_DECISION),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
		// The callback is authenticated by the interaction token, not the bot token.
		expect(reply.headers.authorization).toBeUndefined();
	});

	it('posts it for the channel with public:true', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }, true));
		expect(reply.body).toEqual({
			type: 4,
			data: { embeds: [decisionEmbed()], components: buttonsFor(Q_DECISION), allowed_mentions: NO_MENTIONS },
		});
	});

	it('never pings: @everyone in the question is escaped and mentions are disabled', async () => {
		const question = '@everyone <@&1200000000000000099> what did korea decide about gsomia?';
		const reply = await fake.dispatchInteraction(p.ask(question, { userId: newUser() }, true));
		const data = (reply.body as { data: { embeds: { title: string }[]; allowed_mentions: unknown } }).data;
		expect(data.allowed_mentions).toEqual(NO_MENTIONS);
		expect(data.embeds[0]?.title).toBe('\\@everyone \\<\\@&1200000000000000099\\> what did korea decide about gsomia?');
	});

	it('suggests answerable questions as the user types: at most 25, each at most 100 characters', async () => {
		const reply = await fake.dispatchInteraction(p.autocomplete('why', { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 8,
			data: { choices: reference.suggest('why', 25).map((s) => ({ name: s.question, value: s.question })) },
		});
		const empty = await fake.dispatchInteraction(p.autocomplete('', { userId: newUser() }));
		const choices = (empty.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
		expect(choices).toEqual(reference.suggest('', 25).map((s) => ({ name: s.question, value: s.question })));
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.length).toBeLessThanOrEqual(25);
		for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
	});
});

describe('When someone runs /ask in the bot DMs', () => {
	it('answers visibly (no ephemeral flag in a DM)', async () => {
		const reply = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser(), dm: true }));
		expect(reply.body).toEqual({
			type: 4,
			data: { embeds: [decisionEmbed()], components: buttonsFor(Q_DECISION), allowed_mentions: NO_MENTIONS },
		});
	});
});

describe('When someone clicks a button under an answer', () => {
	it('a related question on a private answer replaces it with that answer (UPDATE_MESSAGE)', async () => {
		const userId = newUser();
		const first = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const shown = p.botMessage((first.body as { data: Record<string, unknown> }).data, { ephemeral: true });
		const reply = await fake.dispatchInteraction(p.button('ask:fact:japan-regret', shown, { userId }));
		expect(reply.body).toEqual({
			type: 7,
			data: {
				embeds: [
					{
						color: 0x2f6fdf,
						title: 'How did Japan react to the decision?',
						description:
							'According to Kyodo News, a Japanese government official expressed “deep regret” with the decision.\n\n> According to Kyodo News, a Japanese government official expressed “deep regret” with Seoul’s decision.',
						fields: [{ name: 'Source', value: SOURCE_LINE(6) }],
						footer: { text: FOOTER_ANSWERED },
					},
				],
				components: buttonsFor({ factId: 'japan-regret' }),
				allowed_mentions: NO_MENTIONS,
			},
		});
	});

	it('a related question on a public answer gives the clicker a private answer of their own', async () => {
		const shown = p.botMessage({ embeds: [decisionEmbed()], components: buttonsFor(Q_DECISION) });
		const reply = await fake.dispatchInteraction(p.button('ask:fact:decision-withdraw', shown, { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [decisionEmbed()],
				components: buttonsFor({ factId: 'decision-withdraw' }),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});

	it('👎 is acknowledged privately and recorded for curators', async () => {
		const userId = newUser();
		const shown = p.botMessage({ embeds: [decisionEmbed()], components: buttonsFor(Q_DECISION) });
		const reply = await fake.dispatchInteraction(p.button('ask:fb:down:decision-withdraw', shown, { userId }));
		expect(reply.body).toEqual({
			type: 4,
			data: { content: strings.feedback.thanks('down'), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		expect(feedback.entries.at(-1)).toEqual({
			at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			vote: 'down',
			userId,
			factIds: ['decision-withdraw'],
			question: Q_DECISION,
			guildId: p.IDS.guild,
			messageId: shown.id,
		});
	});
});

describe('When someone browses /topics', () => {
	it('lists the topics in a select menu, then a topic’s questions, then answers the picked question', async () => {
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
									{ label: 'The decision', value: '0', description: '2 questions' },
									{ label: "Japan's reaction", value: '1', description: '1 question' },
									{ label: 'The pact', value: '2', description: '1 question' },
								],
							},
						],
					},
				],
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});

		const menu = p.botMessage((listed.body as { data: Record<string, unknown> }).data, { ephemeral: true });
		const topic = await fake.dispatchInteraction(p.select('topics:topic', ['0'], menu, { userId }));
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
								custom_id: 'topics:q:0',
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
						components: [{ type: 2, style: 2, label: 'All topics', emoji: { name: '⬅️' }, custom_id: 'topics:home' }],
					},
				],
				allowed_mentions: NO_MENTIONS,
			},
		});

		const questions = p.botMessage((topic.body as { data: Record<string, unknown> }).data, { ephemeral: true });
		const answer = await fake.dispatchInteraction(p.select('topics:q:0', ['decision-withdraw'], questions, { userId }));
		expect(answer.body).toEqual({
			type: 7,
			data: {
				embeds: [decisionEmbed()],
				components: [
					...buttonsFor({ factId: 'decision-withdraw' }),
					{
						type: 1,
						components: [
							{ type: 2, style: 2, label: 'Back to the topic', emoji: { name: '⬅️' }, custom_id: 'topics:back:0' },
						],
					},
				],
				allowed_mentions: NO_MENTIONS,
			},
		});
	});
});

describe('When someone runs /timeline', () => {
	it('lists the events in order: days as Discord timestamps, a month as "July 2019"', async () => {
		const reply = await fake.dispatchInteraction(p.slash('timeline', [], { userId: newUser() }));
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [
					{
						color: 0x4f9d69,
						title: 'Timeline',
						description: [
							'The dated events in the article, in order. Dates show in your own time zone and language.',
							'',
							'• **July 2019**: Tokyo claims exported materials may have reached North Korea (the article: “July”)',
							'• **<t:1564747200:D>**: Japan removes South Korea from its white list (the article: “Aug. 2”)',
							'• **<t:1566475200:D>**: President Moon Jae-in decides to withdraw from GSOMIA (the article: “Thursday”)',
							'• **<t:1566648000:D>**: Deadline to give notice on renewal of the pact (the article: “Saturday”)',
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

describe('When someone uses the message context menu "Answer this question"', () => {
	it('answers the selected message’s text privately', async () => {
		const target = { id: '1300000000000200001', content: 'why did korea withdraw from gsomia?', authorId: newUser() };
		const reply = await fake.dispatchInteraction(p.messageCommand(target, { userId: newUser() }));
		const expected = reference.ask(target.content);
		expect(expected.factIds).toEqual(['decision-reason']);
		expect(reply.body).toEqual({
			type: 4,
			data: {
				embeds: [
					{
						color: 0x2f6fdf,
						title: 'why did korea withdraw from gsomia?',
						description: `${expected.answer}\n\n> ${expected.citations[0]?.quote}`,
						fields: [{ name: 'Source', value: SOURCE_LINE(2) }],
						footer: { text: FOOTER_ANSWERED },
					},
				],
				components: buttonsFor(target.content),
				allowed_mentions: NO_MENTIONS,
				flags: 64,
			},
		});
	});
});

describe('When someone writes to the bot', () => {
	it('a DM is a question: the reply quotes the answer the same way, as a reply to the DM', async () => {
		const dm = p.message({ content: Q_DECISION, authorId: newUser() });
		const reply = await fake.dispatchMessage(dm);
		expect(reply.path).toBe(`/channels/${p.IDS.dmChannel}/messages`);
		expect(reply.body).toEqual({
			embeds: [decisionEmbed()],
			components: buttonsFor(Q_DECISION),
			allowed_mentions: NO_MENTIONS,
			message_reference: { message_id: dm.id, fail_if_not_exists: false },
		});
	});

	it('"help" in a DM gets the help', async () => {
		const reply = await fake.dispatchMessage(p.message({ content: 'help', authorId: newUser() }));
		const embed = (reply.body as { embeds: { title: string }[] }).embeds[0];
		expect(embed?.title).toBe('How to use me');
	});

	it('a mention in a server gets a reply to that message, without the mention in the question', async () => {
		const mention = p.message({
			content: `<@${BOT}> ${Q_DECISION} @everyone`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			mentions: [BOT],
		});
		const reply = await fake.dispatchMessage(mention);
		expect(reply.path).toBe(`/channels/${p.IDS.channel}/messages`);
		expect(reply.body).toEqual({
			embeds: [decisionEmbed(`${Q_DECISION} \\@everyone`)],
			components: buttonsFor(`${Q_DECISION} @everyone`),
			allowed_mentions: NO_MENTIONS,
			message_reference: { message_id: mention.id, fail_if_not_exists: false },
		});
	});

	it('a mention of the bot’s own role (what people often pick for @BotName) counts as a mention', async () => {
		const role = fake.botRoleId(p.IDS.guild);
		const mention = p.message({
			content: `<@&${role}> ${Q_DECISION}`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			mentionRoles: [role],
		});
		const reply = await fake.dispatchMessage(mention);
		expect((reply.body as { embeds: { title: string }[] }).embeds[0]?.title).toBe(Q_DECISION);
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
		// Events are handled in order: once a later message is answered, the earlier ones were seen and ignored.
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

		const noEmbed = p.message({
			content: `<@${BOT}> ${Q_DECISION}`,
			authorId: newUser(),
			guildId: p.IDS.guild,
			channelId: p.IDS.noEmbedChannel,
			mentions: [BOT],
		});
		const reply = await fake.dispatchMessage(noEmbed);
		expect(fake.requests.slice(from).filter((r) => r.path === `/channels/${p.IDS.mutedChannel}/messages`)).toEqual([]);
		expect(reply.body).toEqual({
			content: [
				`**${Q_DECISION}**`,
				`${ANSWER_DECISION}\n\n> ${QUOTE_DECISION}`,
				`**Source**: ${SOURCE_LINE(2)}`,
				`-# ${FOOTER_ANSWERED}`,
			].join('\n\n'),
			components: buttonsFor(Q_DECISION),
			allowed_mentions: NO_MENTIONS,
			message_reference: { message_id: noEmbed.id, fail_if_not_exists: false },
		});
	});
});

describe('When someone asks too fast', () => {
	const cooldownText =
		/^You're asking quickly\. You can ask again <t:(\d+):R>; this keeps the bot fair for everyone\.$/;

	it('the sixth question within the window gets a private cooldown notice', async () => {
		const userId = newUser();
		for (let i = 0; i < 5; i++) {
			const ok = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
			expect((ok.body as { data: { embeds?: unknown[] } }).data.embeds).toHaveLength(1);
		}
		const refused = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId }));
		const data = (refused.body as { type: number; data: { content: string; flags: number; allowed_mentions: unknown } })
			.data;
		expect(refused.body).toMatchObject({ type: 4 });
		expect(data.content).toMatch(cooldownText);
		expect(data.flags).toBe(64);
		expect(data.allowed_mentions).toEqual(NO_MENTIONS);
		// Another user is not affected.
		const other = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect((other.body as { data: { embeds?: unknown[] } }).data.embeds).toHaveLength(1);
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
			allowed_mentions: NO_MENTIONS,
			message_reference: { message_id: closed.id, fail_if_not_exists: false },
		});
	});
});

describe('When something fails', () => {
	it('a handler error gives a private "something went wrong" with a reference that is also logged', async () => {
		const reply = await fake.dispatchInteraction(p.ask('EXPLODE please', { userId: newUser() }));
		const data = (reply.body as { data: { content: string } }).data;
		const ref = /\(ref ([0-9A-F]{6})\)/.exec(data.content)?.[1];
		expect(ref).toBeDefined();
		expect(reply.body).toEqual({
			type: 4,
			data: { content: strings.error(ref as string), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		const logged = await logs.waitFor((l) => l.ref === ref);
		expect(logged).toMatchObject({ level: 50, msg: 'interaction failed', command: 'ask' });
		// The process keeps answering.
		const next = await fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		expect((next.body as { data: { embeds: unknown[] } }).data.embeds).toEqual([decisionEmbed()]);
	});

	it('a failing DM question gets the same notice as a reply', async () => {
		const dm = p.message({ content: 'EXPLODE', authorId: newUser() });
		const reply = await fake.dispatchMessage(dm);
		const content = (reply.body as { content: string }).content;
		const ref = /\(ref ([0-9A-F]{6})\)/.exec(content)?.[1] as string;
		expect(reply.body).toEqual({
			content: strings.error(ref),
			allowed_mentions: NO_MENTIONS,
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
		expect((reply.body as { data: { embeds: unknown[] } }).data.embeds).toEqual([decisionEmbed()]);
	});

	it('an event sent while it was disconnected is replayed on resume and answered', async () => {
		await fake.closeGateway({ waitForResume: false });
		const missed: Promise<RecordedRequest> = fake.dispatchInteraction(p.ask(Q_DECISION, { userId: newUser() }));
		const reply = await missed;
		expect((reply.body as { data: { embeds: unknown[] } }).data.embeds).toEqual([decisionEmbed()]);
		expect(fake.identifies).toHaveLength(1);
	});
});

describe('Logs', () => {
	it('hold each interaction’s command, outcome and latency, and never a token', () => {
		const interactions = logs.lines.filter((l) => l.msg === 'interaction' && l.kind === 'command');
		expect(interactions.length).toBeGreaterThan(5);
		for (const l of interactions) {
			expect(typeof l.command).toBe('string');
			expect(['answered', 'abstained', 'ok', 'error', 'cooldown', 'unknown']).toContain(l.outcome);
			expect(typeof l.latencyMs).toBe('number');
		}
		expect(logs.raw).not.toContain(DEFAULT_TOKEN);
		expect(logs.raw).not.toContain('interaction-token-');
	});
});
