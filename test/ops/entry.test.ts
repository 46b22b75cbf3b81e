/**
 * Configuration mistakes, as a self-hoster makes them, against the real entry points (`node dist/src/main.js`, what
 * `npm start` runs, and `node bin/gsomia.js`): each ends in exactly one line on stderr that names the variable and
 * says what to do, exit code 1, no stack trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, FakeDiscord } from '../e2e/fake-discord.js';
import { IDS } from '../e2e/payloads.js';
import { generateKeys } from '../http/helpers.js';
import { BIN, freePort, MAIN, type Ran, run } from './helpers.js';

const KEY = generateKeys().publicKeyHex;

/** Exactly one line on stderr, nothing on stdout, exit 1, no stack trace. */
function expectOneLine(ran: Ran, ...parts: (string | RegExp)[]) {
	expect(ran.stdout).toBe('');
	expect(ran.stderr.endsWith('\n')).toBe(true);
	expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
	expect(ran.stderr).toMatch(/^gsomia: /);
	expect(ran.stderr).not.toMatch(/\n\s+at /);
	for (const part of parts) expect(ran.stderr).toMatch(part);
	expect(ran.code).toBe(1);
}

let fake: FakeDiscord;
let busy: Server;
let busyPort: number;
beforeAll(async () => {
	fake = await FakeDiscord.start({ guilds: [{ id: IDS.guild, channels: [{ id: IDS.channel }] }] });
	busy = createServer();
	await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
	busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
	await fake?.close();
	await new Promise((resolve) => busy?.close(resolve));
});

describe('npm start with a configuration mistake', () => {
	it.concurrent('a token Discord rejects names DISCORD_TOKEN', async () => {
		const ran = await run(MAIN, [], { DISCORD_TOKEN: 'x', DISCORD_API_URL: fake.apiUrl });
		expectOneLine(ran, /DISCORD_TOKEN was rejected by Discord/, /Reset Token/);
	});

	it.concurrent('no network (Discord unreachable) says so and names DISCORD_API_URL', async () => {
		const closed = await freePort();
		const ran = await run(MAIN, [], {
			DISCORD_TOKEN: DEFAULT_TOKEN,
			DISCORD_API_URL: `http://127.0.0.1:${closed}/api`,
		});
		expectOneLine(ran, `cannot reach Discord at http://127.0.0.1:${closed}/api (ECONNREFUSED)`, /DISCORD_API_URL/);
	});

	it.concurrent('no token, no terminal, no piped input: an error saying how to run (not a silent exit 0)', async () => {
		const ran = await run(MAIN, [], {}, { stdin: 'ignore' });
		expectOneLine(ran, /DISCORD_TOKEN is not set and there is no terminal or piped input/, /npm start/);
	});

	it.concurrent('no token with an empty pipe is the same error', async () => {
		const ran = await run(MAIN, [], {}, { stdin: '' });
		expectOneLine(ran, /DISCORD_TOKEN is not set and there is no terminal or piped input/);
	});

	it.concurrent('DISCORD_TRANSPORT=gateway without a token names DISCORD_TOKEN, even with piped input', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'gateway' }, { stdin: 'who announced it\n' });
		expectOneLine(ran, /DISCORD_TOKEN is not set but DISCORD_TRANSPORT=gateway/);
	});

	it.concurrent('DISCORD_TRANSPORT=HTTP is read case-insensitively (and then needs DISCORD_PUBLIC_KEY)', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'HTTP' });
		expectOneLine(ran, /^gsomia: DISCORD_PUBLIC_KEY is not set/, /General Information/);
	});

	it.concurrent('a misspelt transport names the variable and the choices', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'htp' });
		expectOneLine(ran, 'DISCORD_TRANSPORT="htp" is not one of gateway, http');
	});

	it.concurrent('a public key that is not 64 hex characters', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: 'abc' });
		expectOneLine(ran, 'DISCORD_PUBLIC_KEY="abc" is not a public key');
	});

	it.concurrent('PORT that is not a port, without zod’s words', async () => {
		const ran = await run(MAIN, [], { DISCORD_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: KEY, PORT: '80a' });
		expectOneLine(ran, 'PORT="80a" is not a port: use a whole number from 0 to 65535');
		expect(ran.stderr).not.toMatch(/NaN|expected number/);
	});

	it.concurrent('PORT already in use', async () => {
		const ran = await run(MAIN, [], {
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: KEY,
			HOST: '127.0.0.1',
			PORT: String(busyPort),
		});
		expectOneLine(ran, `PORT=${busyPort} is already in use on 127.0.0.1`);
	});

	it.concurrent('HEALTH_PORT already in use (gateway mode)', async () => {
		const ran = await run(MAIN, [], {
			DISCORD_TOKEN: DEFAULT_TOKEN,
			DISCORD_API_URL: fake.apiUrl,
			HEALTH_HOST: '127.0.0.1',
			HEALTH_PORT: String(busyPort),
		});
		expectOneLine(ran, `HEALTH_PORT=${busyPort} is already in use`);
	});

	it.concurrent('a database that cannot be reached names DATABASE_URL, without its password', async () => {
		const closed = await freePort();
		const ran = await run(MAIN, [], {
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: KEY,
			PORT: '0',
			DATABASE_URL: `postgres://bot:hunter2@127.0.0.1:${closed}/gsomia`,
		});
		expectOneLine(
			ran,
			`cannot use the database at DATABASE_URL=postgres://bot:***@127.0.0.1:${closed}/gsomia (ECONNREFUSED)`,
		);
		expect(ran.stderr).not.toContain('hunter2');
	});

	it.concurrent('a Redis that cannot be reached names REDIS_URL', async () => {
		const closed = await freePort();
		const ran = await run(MAIN, [], {
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: KEY,
			PORT: '0',
			REDIS_URL: `redis://127.0.0.1:${closed}`,
		});
		expectOneLine(ran, `cannot connect to Redis at REDIS_URL=redis://127.0.0.1:${closed} (ECONNREFUSED)`);
	});

	it.concurrent('a SQLite file that cannot be created names DATABASE_PATH', async () => {
		// Its folder would have to be made inside a plain file.
		const file = join(mkdtempSync(join(tmpdir(), 'gsomia-env-')), 'not-a-folder');
		writeFileSync(file, '');
		const path = join(file, 'gsomia.sqlite');
		const ran = await run(MAIN, [], {
			DISCORD_TRANSPORT: 'http',
			DISCORD_PUBLIC_KEY: KEY,
			PORT: '0',
			DATABASE_PATH: path,
		});
		expectOneLine(ran, `cannot open the SQLite file DATABASE_PATH=${path} (E`);
	});

	it.concurrent('several mistakes at once are still one line, naming each variable', async () => {
		const ran = await run(MAIN, [], { LOG_LEVEL: 'loud', COOLDOWN_LIMIT: '-1' });
		expectOneLine(ran, 'LOG_LEVEL="loud" is not one of', 'COOLDOWN_LIMIT="-1" is not a number of questions');
	});
});

describe('gsomia serve with a configuration mistake', () => {
	it.concurrent('no DISCORD_PUBLIC_KEY: one line, exit 1 (was a stack trace)', async () => {
		const ran = await run(BIN, ['serve', '--port', '0'], {});
		expectOneLine(ran, /^gsomia: DISCORD_PUBLIC_KEY is not set/);
	});

	it.concurrent('--port already in use', async () => {
		const ran = await run(BIN, ['serve', '--port', String(busyPort), '--host', '127.0.0.1'], {
			DISCORD_PUBLIC_KEY: KEY,
		});
		expectOneLine(ran, `--port=${busyPort} is already in use`);
	});
});

describe('.env', () => {
	it('is read from the working directory by Node’s parser: inline comments are comments', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gsomia-env-'));
		writeFileSync(
			join(dir, '.env'),
			'# settings\nDISCORD_TRANSPORT=http # serve over HTTP\nPORT=8080 # the port\nDISCORD_PUBLIC_KEY="nothex" # quoted\n',
		);
		const ran = await run(MAIN, [], {}, { cwd: dir });
		// PORT=8080 with its comment is fine; the one mistake is the key, read without its comment.
		expectOneLine(ran, 'DISCORD_PUBLIC_KEY="nothex" is not a public key');
	});

	it('the environment wins over .env', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gsomia-env-'));
		writeFileSync(join(dir, '.env'), 'DISCORD_TRANSPORT=http\nPORT=abc\n');
		const ran = await run(MAIN, [], { PORT: 'xyz' }, { cwd: dir });
		expectOneLine(ran, 'PORT="xyz" is not a port');
	});
});

describe('npm start without a token', () => {
	it('answers piped questions (the console), exit 0', async () => {
		const ran = await run(MAIN, [], {}, { stdin: 'who announced the decision\n' });
		expect(ran.code).toBe(0);
		expect(ran.stdout).toMatch(/^\? who announced the decision\n/);
		expect(ran.stdout).toContain('Kim Yu-geun');
		expect(ran.stderr).toBe('');
	});
});
