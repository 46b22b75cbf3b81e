/**
 * The real entry point (src/main.ts) as a child process: it logs in to the fake Discord, answers, and shuts down
 * cleanly on SIGTERM; a bad variable stops it with a message naming the variable.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, FakeDiscord } from './fake-discord.js';
import { ask, IDS } from './payloads.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Started {
	child: ChildProcess;
	output: () => string;
	/** Resolves when the output contains `text`. */
	waitFor: (text: string, timeoutMs?: number) => Promise<void>;
}

function start(env: Record<string, string>): Started {
	let output = '';
	const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? '',
			DATABASE_PATH: ':memory:',
			DISCORD_TRANSPORT: 'gateway',
			SHARD_COUNT: '1',
			LOG_LEVEL: 'info',
			...env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.on('data', (d: Buffer) => {
		output += d.toString();
	});
	child.stderr?.on('data', (d: Buffer) => {
		output += d.toString();
	});
	const waitFor = (text: string, timeoutMs = 15_000) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (!output.includes(text)) return;
				cleanup();
				resolve();
			};
			const timer = setTimeout(() => {
				cleanup();
				reject(new Error(`timed out waiting for "${text}" in:\n${output}`));
			}, timeoutMs);
			const cleanup = () => {
				clearTimeout(timer);
				child.stdout?.off('data', check);
				child.stderr?.off('data', check);
			};
			child.stdout?.on('data', check);
			child.stderr?.on('data', check);
			check();
		});
	return { child, output: () => output, waitFor };
}

let fake: FakeDiscord;
beforeAll(async () => {
	fake = await FakeDiscord.start({ guilds: [{ id: IDS.guild, channels: [{ id: IDS.channel }] }] });
});
afterAll(async () => {
	await fake?.close();
});

describe('npm start with DISCORD_TOKEN', () => {
	it('logs in, answers, and on SIGTERM finishes and closes the gateway connection cleanly (exit 0)', async () => {
		const { child, output, waitFor } = start({ DISCORD_TOKEN: DEFAULT_TOKEN, DISCORD_API_URL: fake.apiUrl });
		try {
			await waitFor('gateway bot ready');
			const reply = await fake.dispatchInteraction(
				ask('What did South Korea decide about GSOMIA?', { userId: '1300000000000300001' }),
			);
			expect(reply.status).toBe(204);
			expect((reply.body as { type: number }).type).toBe(4);

			const exited = once(child, 'exit');
			child.kill('SIGTERM');
			const [code] = (await exited) as [number | null];
			expect(code).toBe(0);
			expect(fake.closes.at(-1)?.code).toBe(1000);
			expect(output()).toContain('gateway bot stopped');
			expect(output()).not.toContain(DEFAULT_TOKEN);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	});
});

describe('npm start with a bad variable', () => {
	it('exits 1 with a message naming the variable', async () => {
		const { child, output } = start({ DISCORD_TOKEN: DEFAULT_TOKEN, DISCORD_API_URL: 'not a url' });
		const [code] = (await once(child, 'exit')) as [number | null];
		expect(code).toBe(1);
		expect(output()).toBe(
			'gsomia: DISCORD_API_URL="not a url" is not an http(s) URL: use one such as http://127.0.0.1:8080/api, or leave it empty for Discord itself\n',
		);
	});
});
