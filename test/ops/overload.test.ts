/**
 * Under overload nothing silently misses Discord's 3-second deadline. The endpoint is flooded with slow questions
 * (an injected engine, run in the engine thread as in production, that takes 100 ms of CPU per question, so 40
 * questions need 4 s): every interaction gets an HTTP response well within 3 s, either the answer or a deferred
 * "thinking…" (type 5), and every deferred one is then answered by an edit of the original response, sent to the
 * Discord API (here a recorder on 127.0.0.1). Past the queue limit, interactions are shed at once with a polite "busy" reply.
 *
 * The load comes from another process: a client in the server's own event loop would measure itself.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import { createInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { stringsFor } from '../../src/i18n/index.js';
import { createAnswerer, createThreadRunner } from '../../src/interactions/answerer.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { fixtureKb } from '../fixtures/kb.js';
import { askInteraction, generateKeys, signedHeaders } from '../http/helpers.js';

const keys = generateKeys();
const SLOW_ENGINE = fileURLToPath(new URL('./slow-engine.mjs', import.meta.url));

const CLIENT = fileURLToPath(new URL('./flood-client.mjs', import.meta.url));

interface Result {
	status: number;
	/** From the start of the flood to this response. */
	ms: number;
	json: { type: number; data?: { flags?: number; embeds?: unknown[]; content?: string } };
}

/** Sends every interaction at once from another process, each on its own connection. */
function flood(url: string, interactions: unknown[]): Promise<Result[]> {
	const requests = interactions.map((i) => {
		const body = JSON.stringify(i);
		return { headers: signedHeaders(keys, body), body };
	});
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (d: Buffer) => {
			out += d.toString();
		});
		child.once('error', reject);
		child.once('close', () => {
			try {
				const raw = JSON.parse(out) as { status: number; ms: number; body: string }[];
				resolve(raw.map((r) => ({ status: r.status, ms: r.ms, json: JSON.parse(r.body) as Result['json'] })));
			} catch (error) {
				reject(error);
			}
		});
		child.stdin.end(JSON.stringify({ url, requests }));
	});
}

interface Recorded {
	method: string;
	path: string;
	body: unknown;
}

/** Discord's webhook routes, recorded: every request succeeds (a deferred response's message exists on Discord). */
const recorded: Recorded[] = [];
let api: Server;
let apiUrl: string;
beforeAll(async () => {
	api = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString();
			recorded.push({ method: req.method ?? '', path: req.url ?? '', body: text ? JSON.parse(text) : undefined });
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1700000000000000001' }));
		});
	});
	await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
	apiUrl = `http://127.0.0.1:${(api.address() as { port: number }).port}/api`;
});
afterAll(async () => {
	await new Promise((resolve) => api?.close(resolve));
});

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > until) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 20));
	}
}

async function server(
	maxQueued?: number,
): Promise<{ server: InteractionServer; url: string; close: () => Promise<void> }> {
	const config = parseConfig({
		DISCORD_TRANSPORT: 'http',
		DISCORD_PUBLIC_KEY: keys.publicKeyHex,
		DISCORD_API_URL: apiUrl,
		COOLDOWN_LIMIT: '1000',
		ANSWER_CACHE_SIZE: '0',
	});
	const engine = createEngine(fixtureKb());
	const runner = createThreadRunner(engine.kb, { engineModule: SLOW_ENGINE });
	await runner.ready;
	const s = createInteractionServer({
		config,
		engine,
		answerer: createAnswerer(engine, { runner, cacheSize: 0 }),
		logger: silentLogger(),
		feedback: memoryFeedbackSink(),
		metrics: createMetrics({ defaultMetrics: false }),
		// Deferred at 1 s: a deadline (3 s) that holds with room to spare even on a busy machine.
		deferAfterMs: 1000,
		maxQueued,
	});
	const { port } = await s.listen(0, '127.0.0.1');
	return { server: s, url: `http://127.0.0.1:${port}`, close: () => runner.close() };
}

describe('When the endpoint is flooded with slow questions', () => {
	it('answers or defers every interaction within 3 s, and every deferred one gets its answer afterwards', async () => {
		const { server: s, url, close } = await server();
		try {
			const n = 40;
			const interactions = Array.from({ length: n }, (_, i) =>
				askInteraction(`What did South Korea decide about GSOMIA, number ${i}`, {
					userId: String(1400000000000000000n + BigInt(i)),
				}),
			);
			const replies = await flood(url, interactions);
			for (const { status, ms } of replies) {
				expect(status).toBe(200);
				expect(ms).toBeLessThan(3000);
			}
			const bodies = replies.map((r) => r.json);
			const answered = bodies.filter((b) => b.type === 4);
			const deferred = bodies.filter((b) => b.type === 5);
			expect(answered.length + deferred.length).toBe(n);
			// 40 questions at 100 ms cannot all be answered in 1 s: some were deferred, privately like /ask itself.
			expect(deferred.length).toBeGreaterThan(0);
			for (const b of deferred) expect(b.data).toEqual({ flags: 64 });
			for (const b of answered) expect(b.data?.embeds).toHaveLength(1);

			// Each deferred interaction's answer arrives as an edit of its original response.
			const deferredIds = interactions.filter((_, i) => bodies[i]?.type === 5);
			const edits = (r: Recorded) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');
			await waitUntil(() => recorded.filter(edits).length >= deferredIds.length, 15_000);
			for (const interaction of deferredIds) {
				const edit = recorded.find(
					(r) =>
						edits(r) &&
						r.path === `/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`,
				);
				expect(edit).toBeDefined();
				const body = (edit?.body ?? {}) as { embeds?: { title?: string }[]; flags?: number };
				expect(body.embeds?.[0]?.title).toBe(interaction.data.options[0]?.value);
				// An edit carries no flags: the deferred response already made it private.
				expect(body.flags).toBeUndefined();
			}
			const metrics = await s.metrics.render();
			expect(metrics).toContain(`gsomia_overload_total{action="deferred"} ${deferred.length}`);
		} finally {
			await s.close();
			await close();
		}
	});
});

describe('When more questions wait than the queue allows', () => {
	it('sheds the excess at once with a polite, private "busy" reply, and answers or defers the rest', async () => {
		const { server: s, url, close } = await server(5);
		try {
			const n = 20;
			const replies = await flood(
				url,
				Array.from({ length: n }, (_, i) =>
					askInteraction(`Who announced the decision, number ${i}`, {
						userId: String(1500000000000000000n + BigInt(i)),
					}),
				),
			);
			const bodies = replies.map((r) => r.json);
			const busy = bodies.filter((b) => b.type === 4 && b.data?.content === stringsFor('en').busy);
			expect(busy.length).toBeGreaterThan(0);
			for (const b of busy) expect(b.data?.flags).toBe(64);
			expect(bodies.filter((b) => b.type === 4 || b.type === 5)).toHaveLength(n);
			expect(await s.metrics.render()).toContain(`gsomia_overload_total{action="shed"} ${busy.length}`);
		} finally {
			await s.close();
			await close();
		}
	});
});
