/**
 * `npm start` with DISCORD_TRANSPORT=http: src/main.ts starts the interactions endpoint (no token needed), and
 * without DISCORD_PUBLIC_KEY it refuses with a message naming the variable.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, stop } from '../../src/main.js';
import { generateKeys, pingInteraction, postInteraction, send } from './helpers.js';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Retries until the server answers (it is starting in the same process). */
async function whenUp(url: string): Promise<void> {
	for (let attempt = 0; attempt < 200; attempt++) {
		try {
			await send(url);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 25));
		}
	}
	throw new Error(`${url} never answered`);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('When the entry point runs with DISCORD_TRANSPORT=http', () => {
	it('serves the interactions endpoint without a token and stops cleanly', async () => {
		const keys = generateKeys();
		const port = await freePort();
		const exit = main({
			DATABASE_PATH: ':memory:',
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			HOST: '127.0.0.1',
			PORT: String(port),
			LOG_LEVEL: 'silent',
		});
		const base = `http://127.0.0.1:${port}`;
		await whenUp(`${base}/healthz`);
		const pong = await postInteraction(base, keys, pingInteraction());
		expect(pong.status).toBe(200);
		expect(pong.json).toEqual({ type: 1 });
		await stop();
		expect(await exit).toBe(0);
	});

	it('refuses to start without DISCORD_PUBLIC_KEY, naming the variable', async () => {
		const written: string[] = [];
		vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
			written.push(String(chunk));
			return true;
		});
		const code = await main({ DATABASE_PATH: ':memory:', DISCORD_TRANSPORT: 'http', LOG_LEVEL: 'silent' });
		expect(code).toBe(1);
		expect(written.join('')).toContain('gsomia: DISCORD_PUBLIC_KEY is not set');
	});
});
