/**
 * `npx gsomia serve [--port N]` and `npm start` with DISCORD_TRANSPORT=http: the whole job of running the HTTP
 * interactions endpoint. Parses the config, loads the validated knowledge snapshot, creates the engine, listens,
 * serves /healthz and /metrics (on HEALTH_PORT when set, else next to /interactions), logs the address, and shuts
 * down gracefully on SIGINT/SIGTERM (a second signal exits at once). discord.js is never loaded in this mode.
 */
import type { AddressInfo } from 'node:net';
import { registry as commandRegistry } from '../../commands/index.js';
import { type Config, ConfigError, loadEnv, parseConfig } from '../config.js';
import { createEngine } from '../engine/index.js';
import type { Engine } from '../engine/types.js';
import { engineFor } from '../engine-snapshot.js';
import { type HealthServer, startHealthServer } from '../health.js';
import { createAnswerer, createThreadRunner } from '../interactions/answerer.js';
import type { Cooldown } from '../interactions/cooldown.js';
import { loadKnowledgeWithFingerprint } from '../knowledge/snapshot.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { createLogger, type Logger } from '../logger.js';
import { createMetrics, type InteractionMetrics } from '../metrics.js';
import { packageVersion } from '../paths.js';
import { listenError } from '../runtime.js';
import { type OpenedState, openState } from '../storage/index.js';
import type { Storage } from '../storage/types.js';
import { createInteractionServer, type InteractionServer } from './server.js';

export interface ServeOptions {
	/** Overrides PORT. */
	port?: number;
	/** Overrides HOST. */
	host?: string;
	/** A parsed config; default: parsed from the environment and .env. */
	config?: Config;
	/** The environment to parse when `config` is not given. Default: process.env merged with .env files. */
	env?: Record<string, string | undefined>;
	logger?: Logger;
	/** Fields every line of the default logger carries (a WORKERS process: its index). */
	logBindings?: Record<string, unknown>;
	/** The knowledge/ folder. Default: the package's own. */
	knowledgeDir?: string;
	/** An already loaded knowledge base (tests); skips loading knowledgeDir. */
	knowledge?: KnowledgeBase;
	/** An engine already made; skips loading the knowledge base. */
	engine?: Engine;
	/** The knowledge fingerprint for build_info, when `engine` or `knowledge` is given. */
	fingerprint?: string;
	metrics?: InteractionMetrics;
	/**
	 * Where declined questions, votes and usage are recorded, and the shared cooldown. Default: opened from the
	 * configuration (DATABASE_URL or DATABASE_PATH, REDIS_URL) and closed with the server; null: record nothing.
	 */
	storage?: Storage | null;
	cooldown?: Cooldown;
	/** Install SIGINT/SIGTERM handlers that close the server. Default true. */
	handleSignals?: boolean;
}

export interface RunningServer {
	readonly http: InteractionServer;
	readonly address: AddressInfo;
	/** e.g. http://127.0.0.1:8080 */
	readonly url: string;
	/** The operations port's URL when HEALTH_PORT is set. */
	readonly healthUrl?: string;
	/** Resolves once the server has closed (after a signal or close()). */
	readonly closed: Promise<void>;
	close(): Promise<void>;
}

export class MissingPublicKeyError extends ConfigError {
	constructor() {
		super([
			'DISCORD_PUBLIC_KEY is not set: the HTTP endpoint needs it to check Discord’s signatures; copy "Public Key" ' +
				'(Developer Portal > your app > General Information) into .env or the environment',
		]);
	}
}

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
	const config = options.config ?? parseConfig(options.env ?? loadEnv());
	if (!config.publicKey) throw new MissingPublicKeyError();
	const logger = options.logger ?? createLogger(config.logLevel, undefined, { mode: 'http', ...options.logBindings });
	let engine = options.engine;
	let fingerprint = options.fingerprint ?? 'unknown';
	if (!engine) {
		if (options.knowledge) engine = createEngine(options.knowledge);
		else {
			const loaded = await loadKnowledgeWithFingerprint(options.knowledgeDir);
			engine = engineFor(loaded.kb, loaded.fingerprint);
			fingerprint = loaded.fingerprint.slice(0, 12);
		}
	}
	const metrics =
		options.metrics ??
		createMetrics({
			commands: commandRegistry.commands.map((c) => c.data.name),
			build: { version: packageVersion(), knowledge: fingerprint, mode: 'http' },
		});
	// State: given by the caller (src/main.ts), or opened here from the configuration (`gsomia serve`).
	let owned: OpenedState | undefined;
	if (options.storage === undefined) owned = await openState(config, logger);
	const storage = options.storage === undefined ? owned?.storage : (options.storage ?? undefined);
	const cooldown = options.cooldown ?? owned?.cooldown;
	const port = options.port ?? config.port;
	const host = options.host ?? config.host;
	// Answers to repeated questions come from the cache; the others from the engine, in worker threads
	// (ENGINE_THREADS, default 1) once they have started (just after the port answers), in this thread until then.
	const answerer = createAnswerer(engine, { cacheSize: config.answerCacheSize, onCache: (hit) => metrics.cache(hit) });
	let runner: ReturnType<typeof createThreadRunner> | undefined;
	const http = createInteractionServer({
		config,
		engine,
		logger,
		metrics,
		answerer,
		...(storage ? { storage } : {}),
		...(cooldown ? { cooldown } : {}),
		metricsOnPublicPort: config.healthPort === undefined,
	});
	let address: AddressInfo;
	try {
		address = await http.listen(port, host);
	} catch (error) {
		await owned?.close();
		throw listenError(error, options.port !== undefined ? '--port' : 'PORT', port, host);
	}
	let health: HealthServer | undefined;
	if (config.healthPort !== undefined) {
		try {
			health = await startHealthServer({
				port: config.healthPort,
				host: config.healthHost,
				metrics,
				logger,
				status: () => (stopping ? { ready: false, status: 'shutting-down' } : { ready: true, status: 'ok' }),
			});
		} catch (error) {
			await http.close();
			await owned?.close();
			throw listenError(error, 'HEALTH_PORT', config.healthPort, config.healthHost);
		}
	}
	const kb = engine.kb;
	const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const url = `http://${shown}:${address.port}`;
	logger.info(
		{ url, interactions: `${url}/interactions`, facts: kb.facts.length, knowledge: fingerprint, transport: 'http' },
		'serving Discord interactions over HTTP',
	);
	// The engine builds some indexes on first use: build them now (in this thread when it answers here), after the
	// port answers /healthz, and before Discord's first request is likely (a PING when the endpoint URL is saved).
	setImmediate(() => {
		// With engine threads, each thread warms its own engine; this thread's serves autocomplete, which needs
		// little of it (its first call builds the rest in about a millisecond).
		if (config.engineThreads === 0) {
			try {
				engine.warm();
			} catch (error) {
				logger.warn({ err: error }, 'engine warm-up failed');
			}
		}
		if (config.engineThreads > 0 && !stopping) {
			runner = createThreadRunner(engine.kb, { threads: config.engineThreads });
			const started = runner;
			void started.ready.then(() => {
				if (!stopping) answerer.use?.(started);
			});
		}
	});

	let resolveClosed: () => void = () => {};
	const closed = new Promise<void>((resolve) => {
		resolveClosed = resolve;
	});
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
	let stopping = false;
	const onSignal = (signal: NodeJS.Signals) => {
		if (stopping) {
			logger.warn({ signal }, 'second signal: exiting now');
			process.exit(1);
		}
		logger.info({ signal }, 'shutting down: finishing in-flight requests');
		void close();
	};
	let closing: Promise<void> | undefined;
	const close = () => {
		stopping = true;
		closing ??= Promise.all([http.close(), health?.close()]).then(async () => {
			await runner?.close();
			await owned?.close();
			for (const signal of signals) process.off(signal, onSignal);
			logger.info('HTTP server closed');
			resolveClosed();
		});
		return closing;
	};
	if (options.handleSignals ?? true) for (const signal of signals) process.on(signal, onSignal);

	return { http, address, url, healthUrl: health?.url, closed, close };
}
