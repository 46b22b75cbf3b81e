/**
 * Sharding end to end: the built entry point (node dist/src/main.js) with SHARD_COUNT=auto against a fake Discord
 * whose GET /gateway/bot recommends 2 shards. The process becomes a ShardingManager, spawns two children running
 * the same file, each child's discord.js Client identifies as [0, 2] and [1, 2], and each answers an interaction
 * dispatched on its own shard. SIGTERM stops the manager and both shards, exit code 0.
 *
 * The children run the compiled code, so beforeAll runs `npm run build`; without dist/src/main.js the test is
 * skipped with a message saying so.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Config } from '../../src/config.js';
import { fetchGatewayBot, isShardChild, spawnDelayMs, wantsSharding } from '../../src/discord/shard.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_TOKEN, FakeDiscord, shardOf } from './fake-discord.js';
import * as p from './payloads.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'dist', 'src', 'main.js');
/** One guild on each shard of two: shard = (id >> 22) % 2. */
const GUILDS = [String(300000000000n << 22n), String(300000000001n << 22n)] as const;
const CHANNELS = ['1258291200000000011', '1258291200000000012'] as const;

describe('Deciding whether to shard', () => {
	const config = (transport: 'gateway' | 'http', shardCount: number | 'auto') =>
		({ transport, shardCount }) as Pick<Config, 'transport' | 'shardCount'>;

	it('shards the gateway bot for SHARD_COUNT=auto or more than 1, never by default or over HTTP', () => {
		expect(wantsSharding(config('gateway', 1))).toBe(false);
		expect(wantsSharding(config('gateway', 'auto'))).toBe(true);
		expect(wantsSharding(config('gateway', 3))).toBe(true);
		expect(wantsSharding(config('http', 'auto'))).toBe(false);
	});

	it('knows a shard child by the SHARDING_MANAGER variable the manager sets', () => {
		expect(isShardChild({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toBe(true);
		expect(isShardChild({ SHARD_COUNT: '2' })).toBe(false);
	});

	it('spaces spawns so shards of one identify bucket start 5.5 s apart', () => {
		expect(spawnDelayMs(undefined)).toBe(5500);
		expect(spawnDelayMs(1)).toBe(5500);
		expect(spawnDelayMs(2)).toBe(2750);
		expect(spawnDelayMs(16)).toBe(344);
	});

	it('reads the recommended shard count from GET /gateway/bot on DISCORD_API_URL', async () => {
		const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2 });
		try {
			const info = await fetchGatewayBot({ token: DEFAULT_TOKEN, apiUrl: fake.apiUrl });
			expect(info.shards).toBe(2);
			expect(info.session_start_limit?.max_concurrency).toBe(2);
			await expect(fetchGatewayBot({ token: 'wrong', apiUrl: fake.apiUrl })).rejects.toThrow(
				'GET /gateway/bot answered 401',
			);
		} finally {
			await fake.close();
		}
	});
});

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		execFile(command, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
			resolve({ code, output: `${stdout}${stderr}` });
		});
	});
}

interface LogLine {
	msg?: string;
	[key: string]: unknown;
}

describe('When the gateway bot runs with SHARD_COUNT=auto and Discord recommends 2 shards', () => {
	let built = false;
	let fake: FakeDiscord;
	let manager: ChildProcess | undefined;
	let workdir: string;
	const logs: LogLine[] = [];
	let output = '';
	const waiters: { check: () => boolean; resolve: () => void }[] = [];

	const waitForLog = (predicate: (line: LogLine) => boolean, what: string, timeoutMs = 90_000) =>
		new Promise<void>((resolve, reject) => {
			if (logs.some(predicate)) return resolve();
			const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; output:\n${output}`)), timeoutMs);
			waiters.push({
				check: () => logs.some(predicate),
				resolve: () => {
					clearTimeout(timer);
					resolve();
				},
			});
		});

	beforeAll(async () => {
		const build = await run('npm', ['run', 'build', '--silent']);
		built = existsSync(ENTRY);
		if (build.code !== 0) {
			console.warn(
				built
					? `npm run build failed (code ${build.code}); using the dist/ it left:\n${build.output.slice(0, 2000)}`
					: `npm run build failed and ${ENTRY} is missing: the sharding test is skipped.\n${build.output.slice(0, 2000)}`,
			);
		}
		fake = await FakeDiscord.start({
			shards: 2,
			maxConcurrency: 2,
			guilds: [
				{ id: GUILDS[0], name: 'Shard zero', channels: [{ id: CHANNELS[0] }] },
				{ id: GUILDS[1], name: 'Shard one', channels: [{ id: CHANNELS[1] }] },
			],
		});
		workdir = mkdtempSync(join(tmpdir(), 'gsomia-shards-'));
	}, 240_000);

	afterAll(async () => {
		if (manager && manager.exitCode === null && manager.signalCode === null) {
			const exited = new Promise((resolve) => manager?.once('exit', resolve));
			manager.kill('SIGKILL');
			await exited;
		}
		await fake?.close();
		if (workdir) rmSync(workdir, { recursive: true, force: true });
	});

	it('spawns two shard processes that identify as [0, 2] and [1, 2], both answer, and all stop on SIGTERM', async ({
		skip,
	}) => {
		if (!built) skip(`${ENTRY} is missing (npm run build failed): cannot spawn shard processes`);
		onTestFailed(() => {
			console.error(`manager and shard output (last 12 KB):\n${output.slice(-12_000)}`);
		});
		expect(GUILDS.map((g) => shardOf(g, 2))).toEqual([0, 1]);

		// A working directory of its own, so no developer .env is read; only what is set here reaches the bot.
		manager = spawn(process.execPath, [ENTRY], {
			cwd: workdir,
			env: {
				PATH: process.env.PATH,
				DISCORD_TOKEN: DEFAULT_TOKEN,
				DISCORD_APPLICATION_ID: DEFAULT_APPLICATION_ID,
				DISCORD_API_URL: fake.apiUrl,
				DISCORD_TRANSPORT: 'gateway',
				SHARD_COUNT: 'auto',
				FEEDBACK_FILE: join(workdir, 'feedback.jsonl'),
				LOG_LEVEL: 'info',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let pending = '';
		const onOutput = (chunk: Buffer) => {
			output += chunk.toString();
			pending += chunk.toString();
			const lines = pending.split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) {
				try {
					logs.push(JSON.parse(line) as LogLine);
				} catch {
					// not a log line
				}
			}
			for (const w of waiters.splice(0)) {
				if (w.check()) w.resolve();
				else waiters.push(w);
			}
		};
		manager.stdout?.on('data', onOutput);
		manager.stderr?.on('data', onOutput);

		await waitForLog((l) => l.msg === 'all shards ready', 'the manager to report all shards ready');
		// The manager hears "ready" over IPC; each shard's own log line may come a moment later.
		const countOf = (msg: string) => logs.filter((l) => l.msg === msg).length;
		await waitForLog(() => countOf('gateway bot ready') === 2, 'both shards to log "gateway bot ready"');

		expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
			[0, 2],
			[1, 2],
		]);
		expect(logs.find((l) => l.msg === 'spawning shards')).toMatchObject({
			totalShards: 2,
			requested: 'auto',
			spawnDelayMs: 2750,
		});
		expect(logs.filter((l) => l.msg === 'gateway bot ready')).toHaveLength(2);
		// The token never reaches a log line, in the manager or in a shard.
		expect(output).not.toContain(DEFAULT_TOKEN);

		for (const shard of [0, 1] as const) {
			const interaction = {
				...p.ask('What did South Korea decide about GSOMIA?', { userId: `13000000000000000${shard}1` }),
				guild_id: GUILDS[shard],
				guild: { id: GUILDS[shard], locale: 'en-US', features: [] },
			};
			const reply = await fake.dispatchInteraction(interaction, { shard, timeoutMs: 15_000 });
			const body = reply.body as {
				type: number;
				data: { flags?: number; allowed_mentions: unknown; embeds: unknown[] };
			};
			expect(body.type).toBe(4);
			expect(body.data.allowed_mentions).toEqual({ parse: [] });
			expect(body.data.flags).toBe(64);
			expect(body.data.embeds).toHaveLength(1);
		}

		// 'close', not 'exit': every line the manager and the shards wrote has been read by then.
		const exit = new Promise<number | null>((resolve) => manager?.once('close', (code) => resolve(code)));
		manager.kill('SIGTERM');
		expect(await exit).toBe(0);
		expect(logs.some((l) => l.msg === 'all shards stopped')).toBe(true);
		// Both shard processes stopped their gateway bots and exited by themselves (not killed after the grace time).
		expect(logs.filter((l) => l.msg === 'gateway bot stopped')).toHaveLength(2);
		expect(
			logs
				.filter((l) => l.msg === 'shard stopped')
				.map((l) => [l.shard, l.code, l.signal])
				.sort(),
		).toEqual([
			[0, 0, null],
			[1, 0, null],
		]);
		// Each shard process stopped its own gateway bot gracefully; none was respawned.
		expect(fake.identifies).toHaveLength(2);
	}, 120_000);
});
