/** The transport-independent handler, called directly: what both the gateway bot and the HTTP endpoint send. */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry as realRegistry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { renderAnswer, renderTopic, renderTopics } from '../../src/discord/render.js';
import { strings } from '../../src/discord/strings.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import type { Command } from '../../src/interactions/command.js';
import { createCooldown } from '../../src/interactions/cooldown.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { handleInteraction, type InteractionContext, type InteractionEvent } from '../../src/interactions/handle.js';
import { createRegistry } from '../../src/interactions/registry.js';
import { createLogger } from '../../src/logger.js';
import { fixtureKb } from '../fixtures/kb.js';

const engine = createEngine(fixtureKb());
const TOKEN = 'secret-interaction-token';
const NO_MENTIONS = { parse: [] };

function setup(overrides: Partial<InteractionContext> = {}) {
	const lines: Record<string, unknown>[] = [];
	let raw = '';
	const events: InteractionEvent[] = [];
	const feedback = memoryFeedbackSink();
	const config = parseConfig({ COOLDOWN_LIMIT: '2', COOLDOWN_WINDOW_SECONDS: '20' });
	const ctx: InteractionContext = {
		engine,
		config,
		logger: createLogger('debug', {
			write(chunk: string) {
				raw += chunk;
				lines.push(JSON.parse(chunk) as Record<string, unknown>);
			},
		}),
		cooldown: createCooldown(config.cooldown, () => 1_000_000),
		feedback,
		observe: (e) => events.push(e),
		now: () => 1_000_000,
		...overrides,
	};
	return { ctx, lines, events, feedback, raw: () => raw };
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
		guild_id: '1200000000000000001',
		member: { user: { id: '1300000000000000001', username: 'u' } },
		context: 0,
		...extra,
	} as unknown as APIInteraction;
}
const slash = (name: string, options: unknown[] = [], extra?: Record<string, unknown>) =>
	interaction(2, { id: '1', name, type: 1, options }, extra);
const component = (customId: string, values?: string[], messageFlags = 64) =>
	interaction(
		3,
		{ custom_id: customId, component_type: values ? 3 : 2, ...(values ? { values } : {}) },
		{
			message: { id: '555', flags: messageFlags, embeds: [{ title: 'what did \\*korea\\* decide?' }], components: [] },
		},
	);

describe('When Discord pings', () => {
	it('answers PONG', async () => {
		const { ctx, events } = setup();
		expect(await handleInteraction(interaction(1, undefined), ctx)).toEqual({ type: 1 });
		expect(events).toEqual([{ command: 'ping', kind: 'ping', outcome: 'ok', latencyMs: expect.any(Number) }]);
	});
});

describe('When the command is unknown', () => {
	it('an unknown slash command gets a private error message', async () => {
		const { ctx, events } = setup();
		expect(await handleInteraction(slash('gone'), ctx)).toEqual({
			type: 4,
			data: { content: strings.unknownCommand, allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		expect(events[0]).toMatchObject({ command: 'unknown', kind: 'command', outcome: 'unknown' });
	});

	it('an unknown button gets a private "expired" message; an unknown autocomplete gets no choices', async () => {
		const { ctx } = setup();
		expect(await handleInteraction(component('nope:x'), ctx)).toEqual({
			type: 4,
			data: { content: strings.unknownComponent, allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		expect(await handleInteraction(interaction(4, { id: '1', name: 'gone', type: 1, options: [] }), ctx)).toEqual({
			type: 8,
			data: { choices: [] },
		});
		expect(await handleInteraction(interaction(5, { custom_id: 'modal', components: [] }), ctx)).toMatchObject({
			type: 4,
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

	it('turns any failure into a private "something went wrong" whose reference is logged', async () => {
		const { ctx, lines, events } = setup({ registry });
		const response = (await handleInteraction(slash('boom'), ctx)) as { type: number; data: { content: string } };
		const ref = /\(ref ([0-9A-F]{6})\)/.exec(response.data.content)?.[1] as string;
		expect(response).toEqual({
			type: 4,
			data: { content: strings.error(ref), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
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
		expect(await handleInteraction(focused, ctx)).toEqual({ type: 8, data: { choices: [] } });
	});

	it('never throws, even on a malformed payload or a failing observer', async () => {
		const { ctx, lines } = setup({
			observe: () => {
				throw new Error('metrics down');
			},
		});
		const response = await handleInteraction({ type: 2, id: '1', token: TOKEN } as unknown as APIInteraction, ctx);
		expect(response).toMatchObject({ type: 4, data: { flags: 64 } });
		expect(lines.some((l) => l.msg === 'interaction observer failed')).toBe(true);
	});

	it('logs command, outcome and latency, never the interaction token', async () => {
		const { ctx, lines, raw } = setup();
		await handleInteraction(
			slash('ask', [{ name: 'question', type: 3, value: 'What did South Korea decide about GSOMIA?' }]),
			ctx,
		);
		expect(lines.at(-1)).toMatchObject({
			level: 30,
			msg: 'interaction',
			command: 'ask',
			kind: 'command',
			outcome: 'answered',
			latencyMs: expect.any(Number),
			userId: '1300000000000000001',
			guildId: '1200000000000000001',
		});
		expect(raw()).not.toContain(TOKEN);
	});
});

describe('/ask', () => {
	it('answers a fact picked by id (an autocomplete value too long to be the question itself)', async () => {
		const { ctx } = setup();
		const response = await handleInteraction(
			slash('ask', [{ name: 'question', type: 3, value: 'fact:japan-regret' }]),
			ctx,
		);
		expect(response).toEqual({
			type: 4,
			data: renderAnswer(engine.answerFact('japan-regret') as never, {
				question: 'How did Japan react to the decision?',
				ephemeral: true,
			}),
		});
	});

	it('autocomplete sends long questions as fact ids, and at most 25 choices', async () => {
		const long = 'Q'.repeat(150);
		const stub = Object.assign(Object.create(engine) as Engine, {
			suggest: () =>
				Array.from({ length: 30 }, (_, i) => ({ factId: `f${i}`, question: i === 0 ? long : `question ${i}` })),
		});
		const { ctx } = setup({ engine: stub });
		const response = (await handleInteraction(
			interaction(4, {
				id: '1',
				name: 'ask',
				type: 1,
				options: [{ type: 3, name: 'question', value: 'q', focused: true }],
			}),
			ctx,
		)) as { type: number; data: { choices: { name: string; value: string }[] } };
		expect(response.type).toBe(8);
		expect(response.data.choices).toHaveLength(25);
		expect(response.data.choices[0]).toEqual({ name: `${'Q'.repeat(99)}…`, value: 'fact:f0' });
		expect(response.data.choices[1]).toEqual({ name: 'question 1', value: 'question 1' });
	});

	it('the cooldown answers privately with when to ask again', async () => {
		const { ctx, events } = setup();
		const asking = () =>
			slash('ask', [
				{ name: 'question', type: 3, value: 'What did South Korea decide about GSOMIA?' },
				{ name: 'public', type: 5, value: true },
			]);
		await handleInteraction(asking(), ctx);
		await handleInteraction(asking(), ctx);
		expect(await handleInteraction(asking(), ctx)).toEqual({
			type: 4,
			data: { content: strings.cooldown(1_020), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		expect(events.map((e) => e.outcome)).toEqual(['answered', 'answered', 'cooldown']);
	});

	it('👍 is recorded with the question read back from the answer', async () => {
		const { ctx, feedback } = setup();
		expect(await handleInteraction(component('ask:fb:up:decision-withdraw,decision-reason'), ctx)).toEqual({
			type: 4,
			data: { content: strings.feedback.thanks('up'), allowed_mentions: NO_MENTIONS, flags: 64 },
		});
		expect(feedback.entries).toEqual([
			{
				at: new Date(1_000_000).toISOString(),
				vote: 'up',
				userId: '1300000000000000001',
				factIds: ['decision-withdraw', 'decision-reason'],
				question: 'what did *korea* decide?',
				guildId: '1200000000000000001',
				messageId: '555',
			},
		]);
	});

	it('a button for a fact that no longer exists says so privately', async () => {
		const { ctx } = setup();
		expect(await handleInteraction(component('ask:fact:gone-fact'), ctx)).toEqual({
			type: 4,
			data: { content: strings.answer.unknownFact, allowed_mentions: NO_MENTIONS, flags: 64 },
		});
	});
});

describe('/topics navigation', () => {
	it('goes home, back to a topic, and refuses a topic that is gone', async () => {
		const { ctx } = setup();
		expect(await handleInteraction(component('topics:home'), ctx)).toEqual({
			type: 7,
			data: renderTopics(engine.topics()),
		});
		expect(await handleInteraction(component('topics:back:1'), ctx)).toEqual({
			type: 7,
			data: renderTopic(engine.topics()[1] as never, 1),
		});
		expect(await handleInteraction(component('topics:topic', ['9']), ctx)).toEqual({
			type: 4,
			data: { content: strings.topics.unknown, allowed_mentions: NO_MENTIONS, flags: 64 },
		});
	});
});

describe('The context menu "Answer this question"', () => {
	it('says so privately when the message has no text', async () => {
		const { ctx } = setup();
		const target = interaction(2, {
			id: '1',
			name: 'Answer this question',
			type: 3,
			target_id: '77',
			resolved: { messages: { '77': { id: '77', content: '   ' } } },
		});
		expect(await handleInteraction(target, ctx)).toEqual({
			type: 4,
			data: { content: strings.answer.noText, allowed_mentions: NO_MENTIONS, flags: 64 },
		});
	});
});

describe('Privacy by place', () => {
	it('private in servers and private channels, visible in the bot’s own DMs', async () => {
		const { ctx } = setup();
		const flags = async (extra: Record<string, unknown>) =>
			((await handleInteraction(slash('help', [], extra), ctx)) as { data: { flags?: number } }).data.flags;
		expect(await flags({ context: 0 })).toBe(64);
		expect(await flags({ context: 2, guild_id: undefined, member: undefined, user: { id: '1' } })).toBe(64);
		expect(await flags({ context: 1, guild_id: undefined, member: undefined, user: { id: '1' } })).toBeUndefined();
		// Older payloads without `context`: a DM channel means the bot's DM.
		expect(
			await flags({
				context: undefined,
				guild_id: undefined,
				member: undefined,
				user: { id: '1' },
				channel: { id: '2', type: 1 },
			}),
		).toBeUndefined();
	});

	it('every registered command answers (the registry the dispatcher uses is the deployed one)', async () => {
		const { ctx } = setup();
		for (const name of ['topics', 'timeline', 'source', 'help']) {
			expect(realRegistry.get(name)).toBeDefined();
			const response = (await handleInteraction(slash(name), ctx)) as { type: number; data: { embeds: unknown[] } };
			expect(response.type).toBe(4);
			expect(response.data.embeds).toHaveLength(1);
		}
	});
});
