/**
 * WORKERS=N: the HTTP endpoint as N processes sharing the port (node:cluster), against the real entry points. Each
 * worker serves signed interactions; a worker that dies is replaced and counted in the log; SIGTERM stops them all
 * and the primary exits 0; a bad WORKERS value or a port in use is one line, exit 1.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInteraction, generateKeys, pingInteraction, postInteraction } from '../http/helpers.js';
import { BIN, MAIN, run, start } from './helpers.js';

const keys = generateKeys();

/** The JSON log lines printed so far. */
function lines(output: string): Record<string, unknown>[] {
	return output
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Waits (up to 15 s) until `done()` holds: the processes write their lines in no fixed order. */
async function until(done: () => boolean): Promise<void> {
	for (let i = 0; i < 150 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

let busy: Server;
let busyPort: number;
beforeAll(async () => {
	busy = createServer();
	await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
	busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
	await new Promise((resolve) => busy?.close(resolve));
});

describe('WORKERS=2 on the HTTP endpoint', () => {
	it('serves from two processes, replaces a worker that dies (counted), and stops them all on SIGTERM', async () => {
		const running = start(MAIN, [], {
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			HOST: '127.0.0.1',
			PORT: '0',
			WORKERS: '2',
			ENGINE_THREADS: '0',
		});
		try {
			await running.waitFor('serving with 2 HTTP worker processes');
			const primary = lines(running.output()).find((l) => l.msg === 'serving with 2 HTTP worker processes');
			expect(primary).toMatchObject({ mode: 'http-primary', workers: 2, pid: running.child.pid });
			const url = `http://127.0.0.1:${primary?.port}`;
			const serving = () => lines(running.output()).filter((l) => l.msg === 'serving Discord interactions over HTTP');
			await until(() => serving().length >= 2);
			const workers = serving();
			expect(workers.map((l) => l.worker).sort()).toEqual([0, 1]);
			const pids = workers.map((l) => l.pid as number);
			expect(new Set(pids).size).toBe(2);
			expect(pids).not.toContain(running.child.pid);

			expect((await postInteraction(url, keys, pingInteraction())).json).toEqual({ type: 1 });
			const asked = await postInteraction(url, keys, askInteraction('who announced the decision'));
			expect(asked.status).toBe(200);
			expect((asked.json as { type: number }).type).toBe(4);

			// A worker dies: another takes its place, and the primary says so with the count.
			process.kill(pids[0] as number, 'SIGKILL');
			await running.waitFor('an HTTP worker exited: starting another');
			const exited = lines(running.output()).find((l) => l.msg === 'an HTTP worker exited: starting another');
			expect(exited).toMatchObject({ worker: 0, pid: pids[0], signal: 'SIGKILL', restarts: 1 });
			await until(() => serving().length >= 3);
			const replacement = serving()[2];
			expect(replacement).toMatchObject({ worker: 0 });
			expect(pids).not.toContain(replacement?.pid);
			expect((await postInteraction(url, keys, pingInteraction())).json).toEqual({ type: 1 });

			running.child.kill('SIGTERM');
			const ran = await running.exited;
			expect(ran.code).toBe(0);
			expect(alive(pids[1] as number)).toBe(false);
			expect(alive(replacement?.pid as number)).toBe(false);
		} finally {
			running.child.kill('SIGKILL');
		}
	}, 40_000);
});

describe('WORKERS with a mistake', () => {
	it.concurrent('WORKERS=0 names the variable: one line, exit 1', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: keys.publicKeyHex, WORKERS: '0' });
		expect(ran.stdout).toBe('');
		expect(ran.stderr.trimEnd().split('\n')).toEqual([
			'gsomia: WORKERS="0" is not a number of processes: use a whole number from 1 to 64 in .env or the environment',
		]);
		expect(ran.code).toBe(1);
	});

	it.concurrent('gsomia serve with WORKERS=2 on a port in use: one line (not one a worker), exit 1', async () => {
		const ran = await run(BIN, ['serve', '--port', String(busyPort), '--host', '127.0.0.1'], {
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			WORKERS: '2',
		});
		expect(ran.stdout).toBe('');
		expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(ran.stderr).toContain(`--port=${busyPort} is already in use`);
		expect(ran.code).toBe(1);
	});
});
