/**
 * State shared between instances and kept across restarts, through the real entry point (`node dist/src/main.js`,
 * DISCORD_TRANSPORT=http) and the real curator commands (`node bin/gsomia.js misses|feedback --json`):
 * - two `serve` processes on one PostgreSQL database and one Redis (TEST_DATABASE_URL, TEST_REDIS_URL): a user who
 *   asks across both is limited as by one; a vote cast through one and a miss recorded by the other both appear in
 *   the curator reports;
 * - the same flows on SQLite with one process, and a restart keeps the votes and misses.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { askInteraction, buttonInteraction, generateKeys, postInteraction } from '../http/helpers.js';
import { BIN, freePort, MAIN, type Running, run, start, whenUp } from '../ops/helpers.js';
import { dropSchema, TEST_DATABASE_URL, TEST_REDIS_URL, testSchema } from './backends.js';

const keys = generateKeys();
const ANSWERED = 'What did South Korea decide about GSOMIA?';
const OFF_TOPIC = 'what is the capital of france';
const USER = '1500000000000000777';

const running: Running[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const r of running.splice(0)) {
		if (r.child.exitCode === null) {
			r.child.kill('SIGTERM');
			await r.exited;
		}
	}
	for (const c of cleanups.splice(0)) await c();
});

async function serveProcess(env: Record<string, string>): Promise<string> {
	const port = await freePort();
	const r = start(MAIN, [], {
		DISCORD_TRANSPORT: 'http',
		DISCORD_PUBLIC_KEY: keys.publicKeyHex,
		HOST: '127.0.0.1',
		PORT: String(port),
		COOLDOWN_LIMIT: '3',
		ENGINE_THREADS: '0',
		LOG_LEVEL: 'warn',
		...env,
	});
	running.push(r);
	const url = `http://127.0.0.1:${port}`;
	await whenUp(`${url}/healthz`);
	return url;
}

/** Posts `/ask question` for USER; the reply's type and whether it is the cooldown notice. */
async function ask(url: string, question: string) {
	const reply = await postInteraction(url, keys, askInteraction(question, { userId: USER }));
	const body = reply.json as { type: number; data: { content?: string; embeds?: unknown[] } };
	return { body, cooldown: /asking quickly/.test(body.data.content ?? '') };
}

/**
 * 👎 on a public answer (a message of its own each time): the reply is the reason form (a modal); sending it with
 * `reason` updates the message with the vote.
 */
async function vote(url: string, userId: string, reason: string) {
	const customId = registry.ids.encode({ type: 'vote', vote: 'down', count: 0, factIds: ['decision-what'] });
	const click = buttonInteraction(customId, { userId, messageFlags: 0 });
	const form = await postInteraction(url, keys, click);
	expect(form.status).toBe(200);
	const modal = form.json as { type: number; data: { custom_id: string; components: unknown[] } };
	expect(modal.type).toBe(9);
	const submit = {
		...click,
		id: String(BigInt(click.id) + 1n),
		type: 5,
		data: {
			custom_id: modal.data.custom_id,
			components: [{ type: 1, components: [{ type: 4, custom_id: 'reason', value: reason }] }],
		},
	};
	const updated = await postInteraction(url, keys, submit);
	expect((updated.json as { type: number }).type).toBe(7);
}

async function reports(env: Record<string, string>) {
	const misses = await run(BIN, ['misses', '--json'], env);
	const feedback = await run(BIN, ['feedback', '--json'], env);
	expect(misses.code).toBe(0);
	expect(feedback.code).toBe(0);
	return {
		misses: JSON.parse(misses.stdout) as { backend: string; groups: { count: number; examples: string[] }[] },
		feedback: JSON.parse(feedback.stdout) as {
			backend: string;
			facts: { factId: string; down: number; reasons: string[] }[];
		},
	};
}

describe.runIf(TEST_DATABASE_URL && TEST_REDIS_URL)('Two serve processes on one PostgreSQL and one Redis', () => {
	it('limit a user as one, and both processes’ records appear in the curator reports', {
		timeout: 60_000,
	}, async () => {
		const schema = testSchema();
		const prefix = `gsomia-test:${randomBytes(6).toString('hex')}:`;
		const url = new URL(TEST_DATABASE_URL as string);
		url.searchParams.set('options', `-c search_path=${schema}`);
		const pg = await import('pg');
		const admin = new pg.default.Client({ connectionString: TEST_DATABASE_URL });
		await admin.connect();
		await admin.query(`CREATE SCHEMA ${schema}`);
		await admin.end();
		const redis = new Redis(TEST_REDIS_URL as string);
		cleanups.push(async () => {
			const left = await redis.keys(`${prefix}*`);
			if (left.length > 0) await redis.del(...left);
			redis.disconnect();
			await dropSchema(TEST_DATABASE_URL as string, schema);
		});
		const env = { DATABASE_URL: url.toString(), REDIS_URL: TEST_REDIS_URL as string, REDIS_KEY_PREFIX: prefix };
		const [a, b] = await Promise.all([serveProcess(env), serveProcess(env)]);

		// COOLDOWN_LIMIT=3 across both: A, B, A pass; the fourth, on B, is refused.
		expect((await ask(a, ANSWERED)).cooldown).toBe(false);
		expect((await ask(b, OFF_TOPIC)).cooldown).toBe(false);
		expect((await ask(a, ANSWERED)).cooldown).toBe(false);
		expect((await ask(b, ANSWERED)).cooldown).toBe(true);
		expect(await redis.keys(`${prefix}cooldown:*`)).not.toHaveLength(0);

		// Another user: this one has spent the budget, and a click spends from it too.
		await vote(a, '1500000000000000778', 'the wrong fact');
		const { misses, feedback } = await reports(env);
		expect(misses.backend).toBe('postgres');
		expect(misses.groups).toEqual([expect.objectContaining({ count: 1, examples: [OFF_TOPIC] })]);
		expect(feedback.backend).toBe('postgres');
		expect(feedback.facts).toEqual([
			expect.objectContaining({ factId: 'decision-what', down: 1, reasons: ['the wrong fact'] }),
		]);
	});
});

describe('One serve process on SQLite', () => {
	it('records the same, and a restart keeps the votes and the misses', { timeout: 60_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gsomia-sqlite-'));
		cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
		const env = { DATABASE_PATH: join(dir, 'data', 'gsomia.sqlite') };
		let url = await serveProcess(env);
		expect((await ask(url, OFF_TOPIC)).cooldown).toBe(false);
		await vote(url, USER, 'no date');

		const first = running.pop() as Running;
		first.child.kill('SIGTERM');
		expect((await first.exited).code).toBe(0);
		url = await serveProcess(env);
		expect((await ask(url, `${OFF_TOPIC}?`)).cooldown).toBe(false);

		const { misses, feedback } = await reports(env);
		expect(misses.backend).toBe('sqlite');
		expect(misses.groups).toEqual([expect.objectContaining({ count: 2 })]);
		expect(feedback.facts).toEqual([
			expect.objectContaining({ factId: 'decision-what', down: 1, reasons: ['no date'] }),
		]);
	});
});
