/**
 * The transport-free handling, called directly: which command or component handler runs (Map lookups in the
 * registry) and what it decides, as a Reply, before any Discord JSON is written.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { orderChoices } from '../../commands/ask.js';
import { registry as realRegistry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import type { Command } from '../../src/interactions/command.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { handleInteraction, type InteractionContext, type InteractionEvent } from '../../src/interactions/handle.js';
import { memoryPostLog } from '../../src/interactions/posts.js';
import { createRegistry } from '../../src/interactions/registry.js';
import { topicViews } from '../../src/interactions/topics.js';
import { createLogger } from '../../src/logger.js';
import { fixtureKb } from '../fixtures/kb.js';

const engine = createEngine(fixtureKb());
const TOKEN = 'secret-interaction-token';
const USER = '1300000000000000001';
const GUILD = '1200000000000000001';
const CHANNEL = '1200000000000000011';

function setup(overrides: Partial<InteractionContext> = {}) {
	const lines: Record<string, unknown>[] = [];
	let raw = '';
	const events: InteractionEvent[] = [];
	const feedback = memoryFeedbackSink();
	const config = parseConfig({ COOLDOWN_LIMIT: '2', COOLDOWN_WINDOW_SECONDS: '20', REPEAT_WINDOW_SECONDS: '60' });
	let now = 1_000_000;
	const ctx: InteractionContext = createInteractionContext({
		engine,
		registry: realRegistry,
		config,
		logger: createLogger('debug', {
			write(chunk: string) {
				raw += chunk;
				lines.push(JSON.parse(chunk) as Record<string, unknown>);
			},
		}),
		readsMessages: true,
		cooldown: createCooldown(config.cooldown, () => now),
		posts: memoryPostLog({ windowMs: config.repeatWindowMs, now: () => now }),
		feedback,
		observe: (e) => events.push(e),
		now: () => now,
		...overrides,
	});
	return { ctx, lines, events, feedback, raw: () => raw, tick: (ms: number) => (now += ms) };
}

let n = 0;
function interaction(type: number, data: unknown, extra: Record<string, unknown> = {}): APIInteraction {
	n += 1;
	return {
		id: `10000000000000000${n}`,
		application_id: '1100000000000000001',
		type,
		data,
		token: TOKEN,
		version: 1,
		locale: 'en-US',
		guild_id: GUILD,
		channel: { id: CHANNEL, type: 0 },
		member: { user: { id: USER, username: 'u' }, permissions: '0' },
		context: 0,
		...extra,
	} as unknown as APIInteraction;
}
const slash = (name: string, options: unknown[] = [], extra?: Record<string, unknown>) =>
	interaction(2, { id: '1', name, type: 1, options }, extra);
const ask = (question: string, extra: { public?: boolean } & Record<string, unknown> = {}) => {
	const { public: makePublic, ...rest } = extra;
	const options: unknown[] = [{ name: 'question', type: 3, value: question }];
	if (makePublic !== undefined) options.push({ name: 'public', type: 5, value: makePublic });
	return slash('ask', options, rest);
};
const component = (
	customId: string,
	values?: string[],
	message: Record<string, unknown> = {},
	extra: Record<string, unknown> = {},
) =>
	interaction(
		3,
		{ custom_id: customId, component_type: values ? 3 : 2, ...(values ? { values } : {}) },
		{
			message: {
				id: '555',
				channel_id: CHANNEL,
				flags: 64,
				embeds: [{ title: 'what did \\*korea\\* decide?' }],
				components: [],
				...message,
			},
			...extra,
		},
	);

describe('When Discord pings', () => {
	it('answers PONG', async () => {
		const { ctx, events } = setup();
		expect((await handleInteraction(interaction(1, undefined), ctx)).reply).toEqual({ type: 'pong' });
		expect(events).toEqual([{ command: 'ping', kind: 'ping', outcome: 'ok', latencyMs: expect.any(Number) }]);
	});
});

describe('When the command is unknown', () => {
	it('an unknown slash command, or a known name of another type, gets a private notice', async () => {
		const { ctx, events } = setup();
		expect((await handleInteraction(slash('gone'), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'unknown-command' },
		});
		// "Answer publicly" is a message command: a slash command of that name is not it.
		const wrongType = interaction(2, { id: '1', name: 'Answer publicly', type: 1 });
		expect((await handleInteraction(wrongType, ctx)).outcome).toBe('unknown');
		// Metric labels come from the registry, never from the payload: an unknown name is "unknown".
		expect(events[0]).toMatchObject({ command: 'unknown', kind: 'command', outcome: 'unknown' });
	});

	it('an unknown or malformed button gets "expired"; an unknown autocomplete gets no choices', async () => {
		const { ctx } = setup();
		for (const id of ['nope:x', 'ask:nope', 'ask:vote:sideways:0:a', 'topics:related', 'ask']) {
			expect((await handleInteraction(component(id), ctx)).reply).toEqual({
				type: 'notice',
				notice: { type: 'unknown-component' },
			});
		}
		const auto = interaction(4, { id: '1', name: 'gone', type: 1, options: [] });
		expect((await handleInteraction(auto, ctx)).reply).toEqual({ type: 'choices', choices: [] });
		expect((await handleInteraction(interaction(5, { custom_id: 'modal', components: [] }), ctx)).reply).toMatchObject({
			type: 'notice',
		});
	});
});

describe('The error boundary', () => {
	const throwing = {
		data: {
			type: 1,
			name: 'boom',
			description: 'd',
			integration_types: [0, 1],
			contexts: [0, 1, 2],
			options: [{ type: 3, name: 'q', description: 'q', autocomplete: true }],
		},
		execute() {
			throw new Error('kaput');
		},
		autocomplete() {
			throw new Error('kaput');
		},
	} as unknown as Command;
	const registry = createRegistry([throwing]);

	it('turns any failure into a private error notice whose reference is logged', async () => {
		const { ctx, lines, events } = setup({ registry });
		const handled = await handleInteraction(slash('boom'), ctx);
		expect(handled.reply).toEqual({
			type: 'notice',
			notice: { type: 'error', ref: expect.stringMatching(/^[0-9A-F]{6}$/) },
		});
		const ref = (handled.reply as { notice: { ref: string } }).notice.ref;
		expect(lines.find((l) => l.ref === ref)).toMatchObject({
			level: 50,
			msg: 'interaction failed',
			command: 'boom',
			err: { message: 'kaput' },
		});
		expect(events[0]).toMatchObject({ command: 'boom', outcome: 'error' });
	});

	it('a failing autocomplete answers with no choices (a message is not allowed there)', async () => {
		const { ctx } = setup({ registry });
		const focused = interaction(4, {
			id: '1',
			name: 'boom',
			type: 1,
			options: [{ type: 3, name: 'q', value: 'x', focused: true }],
		});
		const handled = await handleInteraction(focused, ctx);
		expect(handled.reply).toEqual({ type: 'choices', choices: [] });
		expect(handled.outcome).toBe('error');
	});

	it('never throws, even on a malformed payload or a failing observer', async () => {
		const { ctx, lines } = setup({
			observe: () => {
				throw new Error('metrics down');
			},
		});
		// A command without data is refused before any handler runs (it would throw inside one).
		const handled = await handleInteraction({ type: 2, id: '1', token: TOKEN } as unknown as APIInteraction, ctx);
		expect(handled.reply).toMatchObject({ type: 'notice', notice: { type: 'unknown-command' } });
		expect(handled.outcome).toBe('malformed');
		expect(lines.some((l) => l.msg === 'malformed interaction' && l.problem === 'no data.name')).toBe(true);
		expect(lines.some((l) => l.msg === 'interaction observer failed')).toBe(true);
	});

	it('logs command, outcome, language and latency, never the interaction token', async () => {
		const { ctx, lines, raw } = setup();
		await handleInteraction(ask('What did South Korea decide about GSOMIA?'), ctx);
		expect(lines.at(-1)).toMatchObject({
			level: 30,
			msg: 'interaction',
			command: 'ask',
			kind: 'command',
			outcome: 'answered',
			lang: 'en',
			latencyMs: expect.any(Number),
			userId: USER,
			guildId: GUILD,
		});
		expect(raw()).not.toContain(TOKEN);
	});
});

describe('/ask', () => {
	it('answers a fact picked by id (an autocomplete value too long to be the question itself)', async () => {
		const { ctx } = setup();
		const handled = await handleInteraction(ask('fact:japan-regret'), ctx);
		expect(handled.reply).toEqual({
			type: 'answer',
			view: {
				answer: engine.answerFact('japan-regret'),
				title: 'How did Japan react to the decision?',
				share: true,
			},
			visibility: 'private',
		});
	});

	it('passes the user’s language to the engine', async () => {
		const seen: unknown[] = [];
		const spy = Object.assign(Object.create(engine) as Engine, {
			ask: (q: string, options?: unknown) => {
				seen.push(options);
				return engine.ask(q, options as never);
			},
			suggest: (q: string, limit?: number, options?: unknown) => {
				seen.push(options);
				return engine.suggest(q, limit, options as never);
			},
		});
		const { ctx } = setup({ engine: spy });
		await handleInteraction(ask('why did korea leave'), ctx);
		const typing = interaction(4, {
			id: '1',
			name: 'ask',
			type: 1,
			options: [{ type: 3, name: 'question', value: 'why', focused: true }],
		});
		await handleInteraction(typing, ctx);
		expect(seen).toEqual([{ lang: 'en' }, { lang: 'en' }]);
	});

	it('autocomplete: the typed text first, then questions starting with it, then the rest; long ones by id', () => {
		const long = `Why ${'Q'.repeat(150)}`;
		const suggestions = [
			{ factId: 'a', question: 'When was it signed?' },
			{ factId: 'b', question: 'Why did Korea leave?' },
			{ factId: 'c', question: long },
			{ factId: 'd', question: 'What did Japan say?' },
		];
		expect(orderChoices('why ', suggestions)).toEqual([
			{ name: 'why', value: 'why' },
			{ name: 'Why did Korea leave?', value: 'Why did Korea leave?' },
			{ name: long, value: 'fact:c' },
			{ name: 'When was it signed?', value: 'When was it signed?' },
			{ name: 'What did Japan say?', value: 'What did Japan say?' },
		]);
		// Typed in full (any case): offered once, as the question; nothing typed: the engine's order.
		expect(orderChoices('WHY DID KOREA LEAVE?', suggestions)[0]).toEqual({
			name: 'Why did Korea leave?',
			value: 'Why did Korea leave?',
		});
		expect(orderChoices('', suggestions).map((c) => c.value)).toEqual([
			'When was it signed?',
			'Why did Korea leave?',
			'fact:c',
			'What did Japan say?',
		]);
		// Typed text over 100 characters cannot be a choice's value: it is left out.
		expect(orderChoices('x'.repeat(101), suggestions)[0]?.value).toBe('When was it signed?');
	});

	it('the cooldown answers privately with when to ask again', async () => {
		const { ctx, events } = setup();
		await handleInteraction(ask('What did South Korea decide about GSOMIA?'), ctx);
		await handleInteraction(ask('Why did South Korea withdraw from GSOMIA?'), ctx);
		expect((await handleInteraction(ask('What did South Korea decide about GSOMIA?'), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'cooldown', retryAt: 1_020_000 },
		});
		expect(events.map((e) => e.outcome)).toEqual(['answered', 'answered', 'cooldown']);
	});

	it('public: a Delete button for the asker, and the post is claimed for the channel until the window ends', async () => {
		const { ctx, tick } = setup({ cooldown: createCooldown({ limit: 100, windowMs: 1000 }) });
		const first = await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx);
		expect(first.reply).toMatchObject({ type: 'answer', visibility: 'public', view: { deletableBy: [USER] } });
		await first.posted?.('777');
		const second = await handleInteraction(
			ask('did korea pull out of gsomia', { public: true, member: { user: { id: '9' }, permissions: '0' } }),
			ctx,
		);
		expect(second.outcome).toBe('repeat');
		expect(second.reply).toMatchObject({
			type: 'answer',
			visibility: 'private',
			view: { repeat: { at: 1_000_000, url: `https://discord.com/channels/${GUILD}/${CHANNEL}/777` } },
		});
		// Another fact, or the same one in another channel, is not a repeat; nor after the window.
		const other = await handleInteraction(ask('How did Japan react to the decision?', { public: true }), ctx);
		expect(other.outcome).toBe('answered');
		const elsewhere = ask('What did South Korea decide about GSOMIA?', { public: true, channel: { id: '5', type: 0 } });
		expect((await handleInteraction(elsewhere, ctx)).outcome).toBe('answered');
		tick(60_001);
		expect(
			(await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx)).outcome,
		).toBe('answered');
	});

	it('a post that could not be sent frees the channel at once', async () => {
		const { ctx } = setup();
		const first = await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx);
		await first.posted?.(undefined);
		const again = await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx);
		expect(again.outcome).toBe('answered');
	});

	it('for:@user answers in public, for that user, who may delete it too', async () => {
		const { ctx } = setup();
		const withFor = slash('ask', [
			{ name: 'question', type: 3, value: 'How did Japan react to the decision?' },
			{ name: 'for', type: 6, value: '42' },
		]);
		(withFor.data as unknown as Record<string, unknown>).resolved = { users: { '42': { id: '42', username: 'x' } } };
		const handled = await handleInteraction(withFor, ctx);
		expect(handled.reply).toMatchObject({
			type: 'answer',
			visibility: 'public',
			view: { ping: '42', sentence: true, deletableBy: [USER, '42'] },
		});
	});
});

describe('Buttons and menus under an answer', () => {
	it('a vote is recorded with the question read back from the answer, and reported as counted', async () => {
		const { ctx, feedback } = setup();
		const handled = await handleInteraction(component('ask:vote:up:0:decision-withdraw,decision-reason'), ctx);
		expect(handled.reply).toMatchObject({ type: 'voted', vote: 'up', tally: { up: 1, down: 0 }, private: true });
		expect(feedback.entries).toEqual([
			{
				at: new Date(1_000_000).toISOString(),
				vote: 'up',
				userId: USER,
				factIds: ['decision-withdraw', 'decision-reason'],
				lang: 'en',
				question: 'what did *korea* decide?',
				guildId: GUILD,
				messageId: '555',
			},
		]);
	});

	it('a public answer counts each member once, from the counts its buttons show', async () => {
		const { ctx, feedback } = setup();
		const message = {
			flags: 0,
			components: [
				{
					type: 1,
					components: [
						{ type: 2, custom_id: 'ask:vote:up:4:a' },
						{ type: 2, custom_id: 'ask:vote:down:2:a' },
					],
				},
			],
		};
		const first = await handleInteraction(component('ask:vote:down:2:a', undefined, message), ctx);
		expect(first.reply).toMatchObject({ type: 'voted', tally: { up: 4, down: 3 }, private: false });
		const again = await handleInteraction(component('ask:vote:up:4:a', undefined, message), ctx);
		expect(again.reply).toEqual({ type: 'notice', notice: { type: 'already-voted' } });
		expect(feedback.entries).toHaveLength(1);
	});

	it('a related question for a fact that no longer exists says so privately', async () => {
		const { ctx } = setup();
		expect((await handleInteraction(component('ask:related', ['gone-fact']), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'unknown-fact' },
		});
	});

	it('share: once per channel and fact within the window, then a link to the post', async () => {
		const { ctx } = setup();
		const shared = await handleInteraction(component('ask:share:decision-withdraw'), ctx);
		expect(shared.reply).toMatchObject({ type: 'shared', owners: [USER] });
		await shared.posted?.('888');
		expect((await handleInteraction(component('ask:share:decision-withdraw'), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'already-posted', at: 1_000_000, url: `https://discord.com/channels/${GUILD}/${CHANNEL}/888` },
		});
	});

	it('delete: the owners and moderators may; anyone else is refused; a deleted post frees the channel', async () => {
		const { ctx } = setup();
		const first = await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx);
		await first.posted?.('555');
		const other = { member: { user: { id: '9' }, permissions: '0' } };
		expect(
			(await handleInteraction(component(`ask:delete:${USER}`, undefined, { flags: 0 }, other), ctx)).reply,
		).toEqual({
			type: 'notice',
			notice: { type: 'delete-refused' },
		});
		const moderator = { member: { user: { id: '9' }, permissions: String(1n << 13n) } };
		expect(
			(await handleInteraction(component(`ask:delete:${USER}`, undefined, { flags: 0 }, moderator), ctx)).reply,
		).toEqual({
			type: 'deleted',
			channelId: CHANNEL,
			messageId: '555',
		});
		const again = await handleInteraction(ask('What did South Korea decide about GSOMIA?', { public: true }), ctx);
		expect(again.outcome).toBe('answered');
	});
});

describe('/topics navigation', () => {
	it('goes home, to a topic by id, back to it, and refuses a topic that is gone', async () => {
		// Many clicks by one user: a budget large enough not to be the subject here.
		const { ctx } = setup({ cooldown: createCooldown({ limit: 100, windowMs: 20_000 }) });
		const topics = topicViews(engine, 'en');
		expect(topics.map((t) => t.id)).toEqual(['decision', 'japan-reaction', 'pact']);
		expect((await handleInteraction(component('topics:topics'), ctx)).reply).toEqual({
			type: 'topics',
			topics,
			visibility: 'update',
		});
		expect((await handleInteraction(component('topics:topic', ['japan-reaction']), ctx)).reply).toEqual({
			type: 'topic',
			topic: topics[1],
			visibility: 'update',
		});
		expect((await handleInteraction(component('topics:back:pact'), ctx)).reply).toEqual({
			type: 'topic',
			topic: topics[2],
			visibility: 'update',
		});
		for (const gone of [component('topics:topic', ['1']), component('topics:back:nope')]) {
			expect((await handleInteraction(gone, ctx)).reply).toEqual({ type: 'notice', notice: { type: 'topic-gone' } });
		}
		const picked = await handleInteraction(component('topics:questions:pact', ['renewal-deadline']), ctx);
		expect(picked.reply).toMatchObject({
			type: 'answer',
			visibility: 'update',
			view: { backTo: 'pact', share: true },
		});
	});
});

describe('The message menus', () => {
	const target = (content: string) =>
		interaction(2, {
			id: '1',
			name: 'Answer publicly',
			type: 3,
			target_id: '77',
			resolved: {
				messages: {
					'77': { id: '77', channel_id: CHANNEL, content, author: { id: '66', username: 'a' }, mentions: [] },
				},
			},
		});

	it('say so privately when the message has no text', async () => {
		const { ctx } = setup();
		expect((await handleInteraction(target('   '), ctx)).reply).toEqual({
			type: 'notice',
			notice: { type: 'no-text' },
		});
	});

	it('"Answer publicly" answers for the author, links the message, and speaks the question’s script', async () => {
		const { ctx } = setup();
		const handled = await handleInteraction(target('why did korea withdraw from gsomia?'), ctx);
		expect(handled.reply).toMatchObject({
			type: 'answer',
			visibility: 'public',
			view: {
				ping: '66',
				sentence: true,
				titleUrl: `https://discord.com/channels/${GUILD}/${CHANNEL}/77`,
				deletableBy: [USER, '66'],
			},
		});
		expect(handled.lang).toBe('en');
		expect((await handleInteraction(target('지소미아 왜 탈퇴했어?'), ctx)).lang).toBe('ko');
	});
});

describe('Privacy by place', () => {
	it('private in servers and private channels, visible in the bot’s own DMs', async () => {
		const { ctx } = setup();
		const visibility = async (extra: Record<string, unknown>) =>
			((await handleInteraction(slash('help', [], extra), ctx)).reply as { visibility: string }).visibility;
		expect(await visibility({ context: 0 })).toBe('private');
		expect(await visibility({ context: 2, guild_id: undefined, member: undefined, user: { id: '1' } })).toBe('private');
		expect(await visibility({ context: 1, guild_id: undefined, member: undefined, user: { id: '1' } })).toBe('public');
		// Older payloads without `context`: a DM channel means the bot's DM.
		expect(
			await visibility({
				context: undefined,
				guild_id: undefined,
				member: undefined,
				user: { id: '1' },
				channel: { id: '2', type: 1 },
			}),
		).toBe('public');
	});

	it('in the bot’s DMs, an answer has neither "Post in channel" nor "Delete"', async () => {
		const { ctx } = setup();
		const dm = ask('What did South Korea decide about GSOMIA?', {
			context: 1,
			guild_id: undefined,
			member: undefined,
			user: { id: '1' },
			channel: { id: '2', type: 1 },
		});
		const handled = await handleInteraction(dm, ctx);
		expect(handled.reply).toMatchObject({ type: 'answer', visibility: 'public' });
		const view = (handled.reply as unknown as { view: Record<string, unknown> }).view;
		expect(view.share).toBeUndefined();
		expect(view.deletableBy).toBeUndefined();
		expect(handled.posted).toBeUndefined();
	});

	it('/help tells what the running transport reads; every registered command answers', async () => {
		const { ctx } = setup({ readsMessages: false, cooldown: createCooldown({ limit: 100, windowMs: 20_000 }) });
		expect((await handleInteraction(slash('help'), ctx)).reply).toMatchObject({
			type: 'help',
			help: { readsMessages: false, cooldown: { limit: 2, windowMs: 20_000 }, repeatWindowMs: 60_000 },
		});
		for (const name of ['topics', 'timeline', 'source', 'help']) {
			expect(realRegistry.get(name)).toBeDefined();
			expect((await handleInteraction(slash(name), ctx)).reply.type).toBe(name === 'topics' ? 'topics' : name);
		}
	});
});
