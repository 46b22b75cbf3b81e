/**
 * The HTTP interactions endpoint ("Interactions Endpoint URL" in the Developer Portal), on node:http.
 *
 *   POST /interactions   Ed25519-verified Discord interactions, answered by the same handler as the gateway bot
 *   GET  /healthz        200 JSON: knowledge-base size and uptime (503 while shutting down)
 *   GET  /metrics        Prometheus text (prom-client, a registry of this server's own)
 *
 * Refusals: 401 missing/bad signature or a timestamp more than 5 minutes off, 413 body over 64 KiB (reading stops),
 * 400 malformed JSON, 404 unknown route, 405 wrong method, 503 after close() began. Request bodies and interaction
 * tokens are never logged; rejections are logged at debug with their reason only, except bad signatures: the
 * first is logged at warn, then at most one summary a minute ("N requests with a bad signature in the last minute:
 * check DISCORD_PUBLIC_KEY"), since a wrong key makes Discord refuse the endpoint URL and nothing else would say so.
 *
 * Answers not ready 2 s after the request arrived are deferred ("thinking…") and sent when ready (respondInTime).
 * With `metricsOnPublicPort: false` (HEALTH_PORT set), /metrics is served on the operations port instead.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction } from 'discord-api-types/v10';
import { registry as defaultRegistry } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine/types.js';
import { type Answerer, createAnswerer } from '../interactions/answerer.js';
import { createInteractionContext, type InteractionContext } from '../interactions/context.js';
import type { Cooldown } from '../interactions/cooldown.js';
import type { FeedbackSink } from '../interactions/feedback.js';
import type { PostLog } from '../interactions/posts.js';
import type { Registry } from '../interactions/registry.js';
import type { Logger } from '../logger.js';
import { createMetrics, type InteractionMetrics } from '../metrics.js';
import { type FollowUpRest, type Responded, respondInTime, runAfter } from '../render/respond.js';
import type { Storage } from '../storage/types.js';
import { checkSignature, publicKeyFromHex } from './verify.js';
import { webhookRest } from './webhooks.js';

/** Discord's interaction payloads are a few KiB; anything past this is refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface InteractionServerOptions {
	/** Needs `publicKey` (DISCORD_PUBLIC_KEY). */
	config: Config;
	engine: Engine;
	logger: Logger;
	/** Default: a per-user cooldown from config.cooldown. */
	cooldown?: Cooldown;
	/** Where 👍/👎 feedback goes. Default: appended to config.feedbackFile. */
	feedback?: FeedbackSink;
	/** The no-repeat window. Default: in memory, config.repeatWindowMs long. */
	posts?: PostLog;
	/** Default: the registry of commands/index.ts. */
	registry?: Registry;
	/**
	 * Discord's webhook routes for the work after a response (learning a public post's id, posting a shared answer,
	 * deleting an answer). Default: fetch on config.apiUrl (Discord's own API when unset).
	 */
	followUps?: FollowUpRest;
	/** Default: a fresh registry with process metrics. */
	metrics?: InteractionMetrics;
	/** Milliseconds since the epoch; the clock for the signature timestamp check. Default Date.now. */
	now?: () => number;
	/** Default 64 KiB. */
	maxBodyBytes?: number;
	/** How long close() lets in-flight requests finish before cutting connections. Default 10 s. */
	shutdownTimeoutMs?: number;
	/** Handles and renders an interaction. Default: the shared respond() (the gateway bot uses the same one). */
	handle?: (interaction: APIInteraction, ctx: InteractionContext) => Promise<Responded>;
	/** Default: the engine behind an answer cache of config.answerCacheSize, in this thread. */
	answerer?: Answerer;
	/** Where declined questions, votes and fact usage are recorded. Default: nowhere. */
	storage?: Storage;
	/** When a pending answer is deferred, after the request arrived. Default 2 s (see respondInTime). */
	deferAfterMs?: number;
	/** Answers waiting beyond which new interactions are shed with a busy reply (see handle.ts). */
	maxQueued?: number;
	/** How often repeated bad signatures are summed up in one warning. Default one minute. */
	badSignatureIntervalMs?: number;
	/** Serve /metrics here (default true; false when HEALTH_PORT serves it). */
	metricsOnPublicPort?: boolean;
}

export interface InteractionServer {
	readonly server: Server;
	readonly metrics: InteractionMetrics;
	/** Starts listening (port 0 picks a free one). Default: config.port and config.host. */
	listen(port?: number, host?: string): Promise<AddressInfo>;
	/** Refuses new requests (503), lets in-flight ones finish, then closes every connection. */
	close(): Promise<void>;
}

class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly reason: string,
		readonly publicMessage: string,
	) {
		super(publicMessage);
	}
}

/** Reads the body up to `limit` bytes; past it, stops buffering and throws a 413. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
	const declared = Number(req.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) {
		return Promise.reject(new HttpError(413, 'too-large', 'request body too large'));
	}
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				req.off('data', onData);
				chunks.length = 0;
				reject(new HttpError(413, 'too-large', 'request body too large'));
				return;
			}
			chunks.push(chunk);
		};
		req.on('data', onData);
		req.once('end', () => resolve(Buffer.concat(chunks, size)));
		req.once('error', reject);
		req.once('aborted', () => reject(new HttpError(400, 'aborted', 'request aborted')));
	});
}

export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
	const { config, engine, logger } = options;
	if (!config.publicKey) {
		throw new Error(
			'DISCORD_PUBLIC_KEY is not set: the HTTP endpoint needs it (Developer Portal > General Information > Public Key)',
		);
	}
	const key = publicKeyFromHex(config.publicKey);
	const now = options.now ?? Date.now;
	const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
	const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;
	const metrics = options.metrics ?? createMetrics();
	const handle = options.handle;
	const metricsHere = options.metricsOnPublicPort ?? true;
	const followUps = options.followUps ?? webhookRest(config.apiUrl ? { apiUrl: config.apiUrl } : {});
	const ctx: InteractionContext = createInteractionContext({
		engine,
		config,
		logger,
		registry: options.registry ?? defaultRegistry,
		// Over HTTP only interactions arrive: mentions and DMs are not read.
		readsMessages: false,
		answerer:
			options.answerer ??
			createAnswerer(engine, { cacheSize: config.answerCacheSize, onCache: (hit) => metrics.cache(hit) }),
		maxQueued: options.maxQueued,
		...(options.storage ? { storage: options.storage } : {}),
		onOverload: (action) => metrics.overload(action),
		observe: (event) => metrics.observe(event),
		...(options.cooldown ? { cooldown: options.cooldown } : {}),
		...(options.feedback ? { feedback: options.feedback } : {}),
		...(options.posts ? { posts: options.posts } : {}),
		...(options.now ? { now: options.now } : {}),
	});
	// Bad signatures: the first is logged at warn at once, then one summary a minute while they keep coming.
	let badSignatures = 0;
	let badSignatureTimer: NodeJS.Timeout | undefined;
	const badSignature = () => {
		badSignatures++;
		if (badSignatureTimer) return;
		if (badSignatures === 1) {
			logger.warn(
				'a request with a bad signature: if Discord sent it, DISCORD_PUBLIC_KEY is not this application’s public key',
			);
		}
		badSignatureTimer = setTimeout(() => {
			badSignatureTimer = undefined;
			const n = badSignatures - 1;
			badSignatures = 0;
			if (n > 0) {
				logger.warn({ count: n }, `${n} requests with a bad signature in the last minute: check DISCORD_PUBLIC_KEY`);
			}
		}, options.badSignatureIntervalMs ?? 60_000);
		badSignatureTimer.unref();
	};
	const serialised = new WeakMap<object, string>();
	/** Follow-up work still running, so close() can let it finish. */
	const pending = new Set<Promise<void>>();
	const startedAt = performance.now();
	let closing = false;
	let closed: Promise<void> | undefined;

	const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
		if (res.headersSent || res.destroyed) return;
		const out: Record<string, string | number> = {
			'content-type': 'application/json; charset=utf-8',
			'content-length': Buffer.byteLength(body),
			...headers,
		};
		if (closing) out.connection = 'close';
		res.writeHead(status, out);
		res.end(body);
	};
	const sendError = (req: IncomingMessage, res: ServerResponse, error: HttpError, headers?: Record<string, string>) => {
		metrics.rejected(error.status, error.reason);
		logger.debug(
			{ method: req.method, path: req.url?.split('?')[0], status: error.status, reason: error.reason },
			'refused',
		);
		send(res, error.status, JSON.stringify({ error: error.publicMessage }), headers);
	};

	const interactions = async (req: IncomingMessage, res: ServerResponse, receivedAt: number) => {
		const body = await readBody(req, maxBodyBytes);
		const problem = await checkSignature(
			key,
			req.headers['x-signature-ed25519'] as string | undefined,
			req.headers['x-signature-timestamp'] as string | undefined,
			body,
			now(),
		);
		if (problem) {
			if (problem === 'bad-signature') badSignature();
			throw new HttpError(401, problem, 'invalid request signature');
		}
		let interaction: APIInteraction;
		try {
			interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
		} catch {
			throw new HttpError(400, 'malformed-json', 'malformed JSON');
		}
		if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number') {
			throw new HttpError(400, 'not-an-interaction', 'not an interaction');
		}
		const { body: response, after } = await respondInTime(interaction, ctx, {
			receivedAt,
			deferAfterMs: options.deferAfterMs,
			...(handle ? { handle } : {}),
		});
		// A cached answer's response is the same object each time: serialised once.
		let json = serialised.get(response);
		if (json === undefined) {
			json = JSON.stringify(response);
			serialised.set(response, json);
		}
		send(res, 200, json);
		if (after.length > 0) {
			const work = runAfter(after, interaction, followUps, logger);
			pending.add(work);
			void work.finally(() => pending.delete(work));
		}
	};

	const health = (res: ServerResponse, head: boolean) => {
		const kb = engine.kb;
		const body = JSON.stringify({
			status: closing ? 'shutting-down' : 'ok',
			knowledge: {
				facts: kb.facts.length,
				sources: kb.sources.length,
				timelineEvents: kb.timeline.length,
				asOf: kb.primary.published,
			},
			uptimeSeconds: Math.round(performance.now() - startedAt) / 1000,
		});
		if (head) {
			res.writeHead(closing ? 503 : 200, { 'content-type': 'application/json; charset=utf-8' });
			res.end();
			return;
		}
		send(res, closing ? 503 : 200, body);
	};

	const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
		const receivedAt = performance.now();
		metrics.inFlight.inc();
		res.once('close', () => metrics.inFlight.dec());
		const path = (req.url ?? '/').split('?')[0];
		const method = req.method ?? 'GET';
		try {
			if (closing && path !== '/healthz') throw new HttpError(503, 'shutting-down', 'shutting down');
			if (path === '/interactions') {
				if (method !== 'POST')
					return sendError(req, res, new HttpError(405, 'method', 'method not allowed'), { allow: 'POST' });
				return await interactions(req, res, receivedAt);
			}
			if (path === '/healthz') {
				if (method !== 'GET' && method !== 'HEAD') {
					return sendError(req, res, new HttpError(405, 'method', 'method not allowed'), { allow: 'GET, HEAD' });
				}
				return health(res, method === 'HEAD');
			}
			if (path === '/metrics' && metricsHere) {
				if (method !== 'GET')
					return sendError(req, res, new HttpError(405, 'method', 'method not allowed'), { allow: 'GET' });
				const text = await metrics.render();
				res.writeHead(200, { 'content-type': metrics.contentType, 'content-length': Buffer.byteLength(text) });
				res.end(text);
				return;
			}
			throw new HttpError(404, 'not-found', 'not found');
		} catch (error) {
			if (error instanceof HttpError) {
				// A refused body is not read any further: the connection closes once the answer is out.
				const headers: Record<string, string> = error.status === 413 ? { connection: 'close' } : {};
				sendError(req, res, error, headers);
				if (error.status === 413) stopReading(req, res);
				return;
			}
			logger.error({ err: error, path }, 'unexpected error in the HTTP server');
			metrics.rejected(500, 'internal');
			send(res, 500, JSON.stringify({ error: 'internal error' }));
		}
	};

	const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, (req, res) => {
		void onRequest(req, res);
	});

	return {
		server,
		metrics,
		listen(port = config.port, host = config.host) {
			return new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(port, host, () => {
					server.off('error', reject);
					resolve(server.address() as AddressInfo);
				});
			});
		},
		close() {
			closed ??= new Promise<void>((resolve) => {
				closing = true;
				clearTimeout(badSignatureTimer);
				if (!server.listening) {
					resolve();
					return;
				}
				const force = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
				force.unref();
				// Stops accepting connections and closes idle keep-alive ones; busy ones close after their response
				// (every response sent from now on carries `Connection: close`).
				server.close(() => {
					clearTimeout(force);
					// Follow-up work of answered requests (bounded by its own timeouts) finishes too.
					void Promise.allSettled([...pending]).then(() => resolve());
				});
				server.closeIdleConnections();
			});
			return closed;
		},
	};
}

/** After a 413: discard whatever the client still sends, and cut the connection if it keeps sending. */
function stopReading(req: IncomingMessage, res: ServerResponse) {
	req.resume();
	res.once('finish', () => {
		if (req.complete) return;
		const timer = setTimeout(() => req.socket.destroy(), 1000);
		timer.unref();
		req.socket.once('close', () => clearTimeout(timer));
	});
}
