/**
 * "A shard that dies is restarted": the ShardingManager of startSharding runs a stand-in shard process (no Discord,
 * no network), one of them is killed, and it is started again, counted in the shard's state, the log and
 * gsomia_shard_restarts_total; close() stops every shard without starting them again.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startSharding } from '../../src/discord/shard.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';

const FAKE_SHARD = fileURLToPath(new URL('./fake-shard.mjs', import.meta.url));

/** GET /gateway/bot, answered here: 2 shards, 16 identify buckets (spawns ~0.35 s apart). */
const gatewayBot = (async () =>
	new Response(
		JSON.stringify({
			url: 'wss://gateway.invalid',
			shards: 2,
			session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
		}),
		{ status: 200, headers: { 'content-type': 'application/json' } },
	)) as typeof fetch;

async function until(done: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
}

function alive(child: ChildProcess | null | undefined): boolean {
	return !!child && child.exitCode === null && child.signalCode === null;
}

describe('When a shard process dies', () => {
	it('starts it again and counts the restart (state, log, metric); close() stops all without restarting', async () => {
		const config = parseConfig({ DISCORD_TOKEN: 'fake.token.value', SHARD_COUNT: '2' });
		const lines: Record<string, unknown>[] = [];
		const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
		const metrics = createMetrics();
		const running = await startSharding({
			config,
			logger,
			metrics,
			file: FAKE_SHARD,
			fetch: gatewayBot,
			handleSignals: false,
			readyTimeoutMs: 15_000,
		});
		try {
			expect(running.totalShards).toBe(2);
			expect(running.states()).toEqual([
				{ id: 0, ready: true, restarts: 0 },
				{ id: 1, ready: true, restarts: 0 },
			]);
			const shard = running.manager.shards.get(1);
			const first = shard?.process;
			expect(alive(first)).toBe(true);

			first?.kill('SIGKILL');
			await until(() => running.states()[1]?.restarts === 1 && running.states()[1]?.ready === true);
			expect(running.states()).toEqual([
				{ id: 0, ready: true, restarts: 0 },
				{ id: 1, ready: true, restarts: 1 },
			]);
			const second = running.manager.shards.get(1)?.process;
			expect(alive(second)).toBe(true);
			expect(second?.pid).not.toBe(first?.pid);
			expect(alive(first)).toBe(false);
			expect(lines).toContainEqual(expect.objectContaining({ msg: 'shard process exited', shard: 1, respawn: true }));
			expect(lines).toContainEqual(expect.objectContaining({ msg: 'shard restarted', shard: 1, restarts: 1 }));
			const text = await metrics.render();
			expect(text).toMatch(/^gsomia_shard_restarts_total\{shard="1"\} 1$/m);
			expect(text).not.toMatch(/^gsomia_shard_restarts_total\{shard="0"\}/m);

			const children = [...running.manager.shards.values()].map((s) => s.process);
			await running.close();
			expect(children.every((c) => !alive(c))).toBe(true);
			await new Promise((r) => setTimeout(r, 300));
			expect(running.states().map((s) => s.restarts)).toEqual([0, 1]);
			expect([...running.manager.shards.values()].every((s) => !alive(s.process))).toBe(true);
		} finally {
			await running.close();
		}
	}, 30_000);
});
