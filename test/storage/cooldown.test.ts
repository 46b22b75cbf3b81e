/**
 * The per-user budget, the same suite in memory and in Redis (TEST_REDIS_URL; each test under a key prefix of its
 * own, deleted afterwards): the sliding window, costs, "told once", users kept apart. And when Redis stops answering,
 * the budget falls back to memory and the caller never sees an error.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { type Cooldown, createCooldown } from '../../src/interactions/cooldown.js';
import { openRedisCooldown } from '../../src/storage/index.js';
import { redisCooldown } from '../../src/storage/redis-cooldown.js';
import { freePort } from '../ops/helpers.js';
import { TEST_REDIS_URL } from './backends.js';

interface Kind {
	name: string;
	make(limit: number, windowMs: number, now: () => number): Promise<Cooldown>;
}

const clients: Redis[] = [];
const prefixes: string[] = [];
afterAll(async () => {
	for (const client of clients) {
		for (const prefix of prefixes) {
			const keys = await client.keys(`${prefix}*`);
			if (keys.length > 0) await client.del(...keys);
		}
		client.disconnect();
	}
});

const KINDS: Kind[] = [
	{ name: 'memory', make: async (limit, windowMs, now) => createCooldown({ limit, windowMs }, now) },
];
if (TEST_REDIS_URL) {
	KINDS.push({
		name: 'Redis',
		async make(limit, windowMs, now) {
			const redis = new Redis(TEST_REDIS_URL as string);
			clients.push(redis);
			const prefix = `gsomia-test:${randomBytes(6).toString('hex')}:`;
			prefixes.push(prefix);
			return redisCooldown({ redis, limit, windowMs, now, prefix });
		},
	});
}

function clock(start = 1_000_000) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe.each(KINDS)('The budget in $name', (kind) => {
	it('allows the limit, refuses the next with the wait until the oldest leaves the window', async () => {
		const c = clock();
		const cooldown = await kind.make(5, 20_000, c.now);
		for (let i = 0; i < 5; i++) {
			expect(await cooldown.hit('a')).toEqual({ ok: true });
			c.advance(1000);
		}
		expect(await cooldown.hit('a')).toEqual({ ok: false, retryAfterMs: 15_000, notify: true });
		// Told once: the next refusal in the window does not ask to notify again.
		expect(await cooldown.hit('a')).toEqual({ ok: false, retryAfterMs: 15_000, notify: false });
		expect(await cooldown.hit('b')).toEqual({ ok: true });
	});

	it('is a sliding window, and costs add up in hundredths (ten autocompletes make one answer)', async () => {
		const c = clock();
		const cooldown = await kind.make(1, 20_000, c.now);
		for (let i = 0; i < 10; i++) expect(await cooldown.hit('u', 0.1)).toEqual({ ok: true });
		expect(await cooldown.hit('u', 0.1)).toMatchObject({ ok: false, retryAfterMs: 20_000 });
		c.advance(20_000);
		expect(await cooldown.hit('u', 1)).toEqual({ ok: true });
		expect(await cooldown.hit('u', 0.25)).toMatchObject({ ok: false });
	});
});

describe('When Redis stops answering', () => {
	it('the budget falls back to memory, says so once, and the caller sees no error', async () => {
		const port = await freePort();
		const redis = new Redis({
			port,
			host: '127.0.0.1',
			lazyConnect: true,
			enableOfflineQueue: false,
			maxRetriesPerRequest: 0,
		});
		redis.on('error', () => {});
		const events: boolean[] = [];
		const cooldown = redisCooldown({
			redis,
			limit: 1,
			windowMs: 20_000,
			now: () => 0,
			onDegraded: (degraded) => events.push(degraded),
		});
		expect(await cooldown.hit('x')).toEqual({ ok: true });
		expect(await cooldown.hit('x')).toMatchObject({ ok: false, notify: true });
		expect(events).toEqual([true]);
		redis.disconnect();
	});

	it('an unreachable REDIS_URL at start is one line naming the variable', async () => {
		const port = await freePort();
		await expect(
			openRedisCooldown({ redisUrl: `redis://:secret@127.0.0.1:${port}` }, { limit: 1, windowMs: 1000 }),
		).rejects.toThrow(
			new RegExp(`^cannot connect to Redis at REDIS_URL=redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`),
		);
	});
});
