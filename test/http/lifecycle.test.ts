/**
 * The endpoint's life: `serve()` start-up and its clear error without a public key, graceful shutdown (the
 * in-flight request finishes, new connections are refused), and what reaches the log at info level.
 */
import { Writable } from 'node:stream';
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import { MissingPublicKeyError, serve } from '../../src/http/serve.js';
import { createInteractionServer } from '../../src/http/server.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import type { InteractionContext } from '../../src/interactions/handle.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { respond } from '../../src/render/respond.js';
import { fixtureKb } from '../fixtures/kb.js';
import {
	APPLICATION_ID,
	askInteraction,
	generateKeys,
	pingInteraction,
	postInteraction,
	send,
	signedHeaders,
} from './helpers.js';

const keys = generateKeys();
const env = {
	DATABASE_PATH: ':memory:',
	DISCORD_TRANSPORT: 'http',
	DISCORD_PUBLIC_KEY: keys.publicKeyHex,
	DISCORD_APPLICATION_ID: APPLICATION_ID,
	LOG_LEVEL: 'silent',
};
const config = parseConfig(env);

function deferred<T = void>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => {
		resolve = r;
	});
	return { promise, resolve };
}

describe('When the server is asked to shut down', () => {
	it('lets the in-flight request finish and refuses new connections', async () => {
		const entered = deferred();
		const release = deferred();
		const http = createInteractionServer({
			config,
			engine: createEngine(fixtureKb()),
			logger: silentLogger(),
			feedback: memoryFeedbackSink(),
			metrics: createMetrics({ defaultMetrics: false }),
			handle: async (interaction: APIInteraction, ctx: InteractionContext) => {
				entered.resolve();
				await release.promise;
				return respond(interaction, ctx);
			},
		});
		const { port } = await http.listen(0, '127.0.0.1');
		const base = `http://127.0.0.1:${port}`;

		const inFlight = postInteraction(base, keys, askInteraction('Why did South Korea withdraw from GSOMIA?'));
		await entered.promise;
		let closed = false;
		const closing = http.close().then(() => {
			closed = true;
		});

		await expect(send(`${base}/healthz`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
		expect(closed).toBe(false);

		release.resolve();
		const reply = await inFlight;
		expect(reply.status).toBe(200);
		expect(reply.headers.connection).toBe('close');
		expect((reply.json as { type: number }).type).toBe(4);
		await closing;
		expect(closed).toBe(true);
	});
});

describe('When requests are logged at info level', () => {
	it('writes neither the interaction token nor the request body', async () => {
		const lines: string[] = [];
		const sink = new Writable({
			write(chunk, _encoding, done) {
				lines.push(String(chunk));
				done();
			},
		});
		const http = createInteractionServer({
			config,
			engine: createEngine(fixtureKb()),
			logger: createLogger('info', sink),
			feedback: memoryFeedbackSink(),
			metrics: createMetrics({ defaultMetrics: false }),
		});
		const { port } = await http.listen(0, '127.0.0.1');
		const base = `http://127.0.0.1:${port}`;
		const interaction = askInteraction('Why did South Korea withdraw from GSOMIA?');
		const body = JSON.stringify(interaction);
		await postInteraction(base, keys, body);
		await postInteraction(base, keys, body, signedHeaders(generateKeys(), body));
		await postInteraction(base, keys, '{"type": 2, "token": "aW50ZXJhY3Rpb246secret"');
		await postInteraction(base, keys, pingInteraction());
		await http.close();

		const log = lines.join('');
		expect(log).not.toContain(interaction.token);
		expect(log).not.toContain('aW50ZXJhY3Rpb246secret');
		expect(log).not.toContain(body);
		expect(log).not.toContain(JSON.stringify(interaction.data));
	});
});

describe('When an operator runs `gsomia serve`', () => {
	it('listens, logs the address, answers /healthz, and closes', async () => {
		const lines: string[] = [];
		const logger = createLogger(
			'info',
			new Writable({
				write(chunk, _encoding, done) {
					lines.push(String(chunk));
					done();
				},
			}),
		);
		const running = await serve({
			config,
			knowledge: fixtureKb(),
			port: 0,
			host: '127.0.0.1',
			logger,
			handleSignals: false,
		});
		expect(running.url).toBe(`http://127.0.0.1:${running.address.port}`);
		const health = await send(`${running.url}/healthz`);
		expect(health.status).toBe(200);
		const ping = await postInteraction(running.url, keys, pingInteraction());
		expect(ping.json).toEqual({ type: 1 });
		await running.close();
		await running.closed;
		const started = lines.map((l) => JSON.parse(l) as { msg: string; url?: string }).find((l) => l.url);
		expect(started).toMatchObject({ msg: 'serving Discord interactions over HTTP', url: running.url });
	});

	it('fails with a message naming DISCORD_PUBLIC_KEY when it is not set', async () => {
		const noKey = parseConfig({ ...env, DISCORD_PUBLIC_KEY: '' });
		await expect(serve({ config: noKey, knowledge: fixtureKb(), handleSignals: false })).rejects.toThrow(
			MissingPublicKeyError,
		);
		await expect(serve({ config: noKey, knowledge: fixtureKb(), handleSignals: false })).rejects.toThrow(
			/DISCORD_PUBLIC_KEY is not set/,
		);
		expect(() =>
			createInteractionServer({ config: noKey, engine: createEngine(fixtureKb()), logger: silentLogger() }),
		).toThrow(/DISCORD_PUBLIC_KEY is not set/);
	});
});
