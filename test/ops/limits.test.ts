/**
 * Budgets, limits and the answer cache: every surface spends from one per-user budget (a refusal costs no engine
 * work), over-long input gets a clear reply and the process goes on, repeated questions come from the cache except
 * those whose answer depends on today's date.
 */
import { PassThrough, Readable } from 'node:stream';
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { main as cli, MAX_JSONL_LINE } from '../../src/cli.js';
import { parseConfig } from '../../src/config.js';
import type { Engine } from '../../src/engine/types.js';
import { stringsFor } from '../../src/i18n/index.js';
import {
	createAnswerer,
	isTimeRelative,
	MAX_QUESTION_CHARS,
	normaliseQuestion,
} from '../../src/interactions/answerer.js';
import { createInteractionContext, type InteractionContext } from '../../src/interactions/context.js';
import { COSTS, createCooldown } from '../../src/interactions/cooldown.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { boundedLines } from '../../src/lines.js';
import { silentLogger } from '../../src/logger.js';
import { respond } from '../../src/render/respond.js';
import { engine } from '../engine/helpers.js';
import {
	askInteraction as rawAsk,
	askAutocomplete as rawAutocomplete,
	commandInteraction as rawCommand,
} from '../http/helpers.js';

const askInteraction = (...args: Parameters<typeof rawAsk>) => rawAsk(...args) as unknown as APIInteraction;
const askAutocomplete = (...args: Parameters<typeof rawAutocomplete>) =>
	rawAutocomplete(...args) as unknown as APIInteraction;
const commandInteraction = (...args: Parameters<typeof rawCommand>) => rawCommand(...args) as unknown as APIInteraction;

/** The real engine, counting its calls. */
function counting(): Engine & { calls: number } {
	const counted = {
		...engine,
		calls: 0,
		ask(question: string, options?: Parameters<Engine['ask']>[1]) {
			counted.calls++;
			return engine.ask(question, options);
		},
	};
	return counted;
}

function context(overrides: Partial<InteractionContext> = {}): InteractionContext {
	const config = parseConfig({ COOLDOWN_LIMIT: '5', COOLDOWN_WINDOW_SECONDS: '20' });
	return createInteractionContext({
		engine,
		registry,
		config,
		logger: silentLogger(),
		readsMessages: false,
		cooldown: createCooldown(config.cooldown, () => 1_000_000),
		feedback: memoryFeedbackSink(),
		now: () => 1_000_000,
		...overrides,
	});
}

/** The response body the transports send for `interaction`. */
async function handleInteraction(interaction: APIInteraction, ctx: InteractionContext) {
	return (await respond(interaction, ctx)).body as { type: number; data?: unknown };
}

describe('One budget for every surface', () => {
	it('costs: an answer 1, a list command ½, a click ¼, an autocomplete keystroke ⅒', () => {
		expect(COSTS).toEqual({ answer: 1, view: 0.5, component: 0.25, autocomplete: 0.1 });
	});

	it('/help, /topics, /timeline and /source spend from the budget that /ask spends', async () => {
		const ctx = context();
		const user = { userId: '1600000000000000001' };
		// 4 questions (4) + 2 list commands (1) = 5: the budget is spent.
		for (let i = 0; i < 4; i++) expect((await handleInteraction(askInteraction(`q ${i}`, user), ctx)).type).toBe(4);
		await handleInteraction(commandInteraction('help', user), ctx);
		const timeline = (await handleInteraction(commandInteraction('timeline', user), ctx)) as {
			data: { embeds?: unknown[] };
		};
		expect(timeline.data.embeds).toHaveLength(1);
		const refused = (await handleInteraction(commandInteraction('source', user), ctx)) as {
			data: { content?: string; flags?: number };
		};
		expect(refused.data.content).toMatch(/^You're asking quickly/);
		expect(refused.data.flags).toBe(64);
	});

	it('autocomplete counts too, and over budget it offers nothing instead of a notice', async () => {
		const ctx = context();
		const user = { userId: '1600000000000000002' };
		for (let i = 0; i < 50; i++) {
			const r = (await handleInteraction(askAutocomplete('gsomia', user), ctx)) as { data: { choices: unknown[] } };
			expect(r.data.choices.length).toBeGreaterThan(0);
		}
		const over = (await handleInteraction(askAutocomplete('gsomia', user), ctx)) as { data: { choices: unknown[] } };
		expect(over).toEqual({ type: 8, data: { choices: [] } });
	});

	it('a refused question costs no engine work', async () => {
		const counted = counting();
		const ctx = context({ engine: counted });
		const user = { userId: '1600000000000000003' };
		for (let i = 0; i < 5; i++) await handleInteraction(askInteraction(`question ${i}`, user), ctx);
		expect(counted.calls).toBe(5);
		await handleInteraction(askInteraction('one more', user), ctx);
		expect(counted.calls).toBe(5);
	});

	it('a user over budget is told once, not once per attempt', () => {
		const cooldown = createCooldown({ limit: 1, windowMs: 20_000 }, () => 0);
		expect(cooldown.hit('u')).toEqual({ ok: true });
		expect(cooldown.hit('u')).toMatchObject({ ok: false, notify: true });
		expect(cooldown.hit('u')).toMatchObject({ ok: false, notify: false });
		expect(cooldown.hit('u', 0.1)).toMatchObject({ ok: false, notify: false });
	});
});

describe('Input limits', () => {
	it('/ask with a question longer than the limit gets a clear reply, not a silent truncation', async () => {
		const question = `${' '.repeat(MAX_QUESTION_CHARS)}who announced it`;
		const r = (await handleInteraction(askInteraction(question), context())) as {
			data: { content?: string; flags?: number };
		};
		expect(r.data.content).toBe(stringsFor('en').answer.tooLong(question.length, MAX_QUESTION_CHARS));
		expect(r.data.flags).toBe(64);
	});

	it('a --jsonl line of several megabytes gets an error line, and the following lines are answered', async () => {
		const huge = `{"question": "${'x'.repeat(3 * 1024 * 1024)}"}`;
		const input = [
			'{"question": "who announced it"}',
			huge,
			`{"question": "${'y'.repeat(MAX_QUESTION_CHARS + 1)}"}`,
			'{"question": "when was gsomia signed"}',
		].join('\n');
		const stdout = new PassThrough();
		let out = '';
		stdout.on('data', (d) => {
			out += d;
		});
		const code = await cli(['ask', '--jsonl'], {
			stdin: Readable.from([input]),
			stdout,
			stderr: new PassThrough(),
			env: {},
			engine: () => engine,
		});
		expect(code).toBe(0);
		const lines = out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatchObject({ question: 'who announced it', answered: true });
		expect(lines[1]).toMatchObject({
			question: null,
			answered: false,
			error: `line 2: the line is ${huge.length} characters long; at most ${MAX_JSONL_LINE} are read`,
		});
		expect(lines[2]).toMatchObject({ question: null, error: expect.stringMatching(/^line 3: the question is 1001 /) });
		expect(lines[3]).toMatchObject({ question: 'when was gsomia signed', answered: true });
	});

	it('bounded lines never hold more than the limit, across chunk boundaries and CRLF', async () => {
		const chunks = ['ab', 'c\r\nlong', 'er than ten\nok', '\n', 'last'];
		const got = [];
		for await (const l of boundedLines(Readable.from(chunks), 10)) got.push(l);
		expect(got).toEqual([{ line: 'abc' }, { tooLong: 15 }, { line: 'ok' }, { line: 'last' }]);
	});
});

describe('The answer cache', () => {
	it('answers a repeated question (any case or spacing) without the engine, per language', async () => {
		const counted = counting();
		const hits: boolean[] = [];
		const answerer = createAnswerer(counted, { queue: false, onCache: (hit) => hits.push(hit) });
		const first = await answerer.ask('Who announced the decision?');
		const again = await answerer.ask('  who ANNOUNCED   the decision?  ');
		expect(again).toBe(first);
		expect(counted.calls).toBe(1);
		await answerer.ask('Who announced the decision?', { lang: 'ko' });
		expect(counted.calls).toBe(2);
		expect(hits).toEqual([false, true, false]);
		expect(normaliseQuestion('  A\u0301  b ')).toBe('á b');
	});

	it('never keeps an answer that depends on today’s date', async () => {
		const counted = counting();
		const answerer = createAnswerer(counted, { queue: false });
		expect(isTimeRelative('how long ago did seoul withdraw from gsomia')).toBe(true);
		expect(isTimeRelative('when did seoul withdraw from gsomia')).toBe(false);
		await answerer.ask('how long ago did seoul withdraw from gsomia');
		await answerer.ask('how long ago did seoul withdraw from gsomia');
		expect(counted.calls).toBe(2);
	});

	it('asks the engine once when the same question comes again before the first answer is ready', async () => {
		const counted = counting();
		const hits: boolean[] = [];
		// The queue answers on a later turn of the event loop, as the engine thread does.
		const answerer = createAnswerer(counted, { onCache: (hit) => hits.push(hit) });
		const answers = await Promise.all([
			answerer.ask('Who announced the decision?'),
			answerer.ask('who announced the decision?'),
			answerer.ask('when was gsomia signed'),
			answerer.ask('Who announced the decision?'),
		]);
		expect(counted.calls).toBe(2);
		expect(answers[1]).toBe(answers[0]);
		expect(answers[3]).toBe(answers[0]);
		expect(answers[2]).not.toBe(answers[0]);
		expect(hits).toEqual([false, false, false, false]);
		expect(await answerer.ask('who announced the decision?')).toBe(answers[0]);
		expect(counted.calls).toBe(2);
	});

	it('a failed engine call fails its waiters once and the next ask tries again', async () => {
		let calls = 0;
		const failing = {
			...engine,
			ask(question: string, options?: Parameters<Engine['ask']>[1]) {
				calls++;
				if (calls === 1) throw new Error('engine down');
				return engine.ask(question, options);
			},
		};
		const answerer = createAnswerer(failing);
		const results = await Promise.allSettled([answerer.ask('who announced it'), answerer.ask('who announced it')]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect(calls).toBe(1);
		const answer = await answerer.ask('who announced it');
		expect(answer.answered).toBe(true);
		expect(calls).toBe(2);
	});

	it('is bounded: the least recently used answer goes first', async () => {
		const counted = counting();
		const answerer = createAnswerer(counted, { queue: false, cacheSize: 2 });
		await answerer.ask('who announced it');
		await answerer.ask('when was gsomia signed');
		await answerer.ask('who announced it'); // hit: now the most recent
		await answerer.ask('why did korea leave'); // evicts "when was gsomia signed"
		expect(counted.calls).toBe(3);
		await answerer.ask('who announced it');
		expect(counted.calls).toBe(3);
		await answerer.ask('when was gsomia signed');
		expect(counted.calls).toBe(4);
	});
});
