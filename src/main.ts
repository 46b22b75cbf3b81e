/**
 * The entry point (`npm start`, `node dist/src/main.js`): parses the configuration once, loads the knowledge base,
 * then serves: with DISCORD_TOKEN and DISCORD_TRANSPORT=gateway, the gateway bot (or, with SHARD_COUNT=auto|N,
 * a ShardingManager whose children run this same file as the gateway bot); with DISCORD_TRANSPORT=http and
 * DISCORD_PUBLIC_KEY, the HTTP interactions endpoint; without a token, the local console. A configuration or
 * knowledge problem prints its message and exits 1. SIGINT/SIGTERM stop gracefully.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, parseConfig, readDotEnv, redactConfig } from './config.js';
import { runConsole } from './console.js';
import { startGateway } from './discord/gateway.js';
import { isShardChild, startSharding, wantsSharding } from './discord/shard.js';
import { createEngine } from './engine/index.js';
import type { Engine } from './engine/types.js';
import { MissingPublicKeyError, type RunningServer, serve } from './http/serve.js';
import { KnowledgeError, loadKnowledgeOrThrow } from './knowledge/load.js';
import { createLogger } from './logger.js';

let running: { stop(): Promise<void> } | undefined;

/** Stops whatever main() started (the gateway bot): replies in flight finish, then the connection closes. */
export async function stop(): Promise<void> {
	const current = running;
	running = undefined;
	await current?.stop();
}

function untilSignal(): Promise<NodeJS.Signals> {
	return new Promise((resolveSignal) => {
		const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
		const on = (signal: NodeJS.Signals) => {
			for (const s of signals) process.off(s, on);
			resolveSignal(signal);
		};
		for (const s of signals) process.on(s, on);
	});
}

export async function main(env: Record<string, string | undefined> = readDotEnv('.env')): Promise<number> {
	let config: Config;
	let engine: Engine;
	try {
		config = parseConfig(env);
		engine = createEngine(loadKnowledgeOrThrow());
	} catch (error) {
		if (error instanceof ConfigError || error instanceof KnowledgeError) {
			process.stderr.write(`${error.message}\n`);
			return 1;
		}
		throw error;
	}

	if (config.transport === 'http') return serveHttp(config, engine);

	if (!config.token) {
		return runConsole(engine, process.stdin, process.stdout);
	}

	const logger = createLogger(config.logLevel);
	if (config.transport === 'gateway' && wantsSharding(config) && !isShardChild()) {
		// SHARD_COUNT=auto|N: this process only manages; each shard is a child running this same file.
		logger.info({ config: redactConfig(config) }, 'starting the sharding manager');
		try {
			const shards = await startSharding({ config, logger, handleSignals: false });
			running = { stop: () => shards.close() };
		} catch (error) {
			logger.error({ err: error }, 'the shards could not start');
			return 1;
		}
		const signal = await untilSignal();
		logger.info({ signal }, 'shutting down');
		await stop();
		return 0;
	}
	if (config.transport === 'gateway') {
		logger.info({ config: redactConfig(config) }, 'starting the gateway bot');
		running = await startGateway({ config, engine, logger });
		const signal = await untilSignal();
		logger.info({ signal }, 'shutting down');
		await stop();
		// A shard child's IPC channel to its manager would otherwise keep the process alive.
		if (isShardChild()) process.disconnect?.();
		return 0;
	}
	return 1;
}

/** DISCORD_TRANSPORT=http: the interactions endpoint (needs DISCORD_PUBLIC_KEY; no gateway, no token needed). */
async function serveHttp(config: Config, engine: Engine): Promise<number> {
	if (!config.publicKey) {
		process.stderr.write(`${new MissingPublicKeyError().message}\n`);
		return 1;
	}
	const logger = createLogger(config.logLevel);
	logger.info({ config: redactConfig(config) }, 'starting the HTTP interactions endpoint');
	let server: RunningServer;
	try {
		server = await serve({ config, engine, logger, handleSignals: false });
	} catch (error) {
		logger.error({ err: error }, 'the HTTP endpoint could not start');
		return 1;
	}
	running = { stop: () => server.close() };
	const signal = await Promise.race([untilSignal(), server.closed.then(() => undefined)]);
	logger.info({ signal }, 'shutting down');
	await stop();
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main();
}
