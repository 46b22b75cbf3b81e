/**
 * `npx gsomia serve [--port N]` and `npm start` with DISCORD_TRANSPORT=http: the whole job of running the HTTP
 * interactions endpoint. Parses the config, loads the knowledge base, creates the engine, listens, logs the
 * address, and shuts down gracefully on SIGINT/SIGTERM (a second signal exits at once).
 */
import type { AddressInfo } from 'node:net';
import { type Config, parseConfig, readDotEnv } from '../config.js';
import { createEngine } from '../engine/index.js';
import type { Engine } from '../engine/types.js';
import { loadKnowledgeOrThrow } from '../knowledge/load.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { createLogger, type Logger } from '../logger.js';
import { createInteractionServer, type InteractionServer } from './server.js';

export interface ServeOptions {
	/** Overrides PORT. */
	port?: number;
	/** Overrides HOST. */
	host?: string;
	/** A parsed config; default: parsed from the environment and .env. */
	config?: Config;
	/** The environment to parse when `config` is not given. Default: process.env merged with ./.env. */
	env?: Record<string, string | undefined>;
	logger?: Logger;
	/** The knowledge/ folder. Default: the package's own. */
	knowledgeDir?: string;
	/** An already loaded knowledge base (tests); skips loading knowledgeDir. */
	knowledge?: KnowledgeBase;
	/** An engine already made (src/main.ts has one); skips loading the knowledge base. */
	engine?: Engine;
	/** Install SIGINT/SIGTERM handlers that close the server. Default true. */
	handleSignals?: boolean;
}

export interface RunningServer {
	readonly http: InteractionServer;
	readonly address: AddressInfo;
	/** e.g. http://127.0.0.1:8080 */
	readonly url: string;
	/** Resolves once the server has closed (after a signal or close()). */
	readonly closed: Promise<void>;
	close(): Promise<void>;
}

export class MissingPublicKeyError extends Error {
	constructor() {
		super(
			'DISCORD_PUBLIC_KEY is required to serve HTTP interactions: copy the Public Key from the Developer Portal ' +
				'(your app > General Information) into .env or the environment.',
		);
		this.name = 'MissingPublicKeyError';
	}
}

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
	const config = options.config ?? parseConfig(options.env ?? readDotEnv('.env'));
	if (!config.publicKey) throw new MissingPublicKeyError();
	const logger = options.logger ?? createLogger(config.logLevel);
	const engine = options.engine ?? createEngine(options.knowledge ?? loadKnowledgeOrThrow(options.knowledgeDir));
	// The engine builds some indexes on first use: build them now, not in the first request's reply window.
	engine.warm();
	const kb = engine.kb;
	const http = createInteractionServer({ config, engine, logger });
	const address = await http.listen(options.port ?? config.port, options.host ?? config.host);
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const url = `http://${host}:${address.port}`;
	logger.info(
		{ url, interactions: `${url}/interactions`, facts: kb.facts.length, transport: 'http' },
		'serving Discord interactions over HTTP',
	);

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
		stopping = true;
		logger.info({ signal }, 'shutting down: finishing in-flight requests');
		void close();
	};
	let closing: Promise<void> | undefined;
	const close = () => {
		closing ??= http.close().then(() => {
			for (const signal of signals) process.off(signal, onSignal);
			logger.info('HTTP server closed');
			resolveClosed();
		});
		return closing;
	};
	if (options.handleSignals ?? true) for (const signal of signals) process.on(signal, onSignal);

	return { http, address, url, closed, close };
}
