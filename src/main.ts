/**
 * The entry point (`npm start`, `node dist/src/main.js`): parses the configuration once, loads the knowledge base,
 * then serves: with DISCORD_TOKEN and DISCORD_TRANSPORT=gateway, the gateway bot; without a token, the local
 * console. A configuration or knowledge problem prints its message and exits 1. SIGINT/SIGTERM stop gracefully.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, parseConfig, readDotEnv, redactConfig } from './config.js';
import { startGateway } from './discord/gateway.js';
import { createEngine } from './engine/index.js';
import type { Engine } from './engine/types.js';
import { KnowledgeError, loadKnowledgeOrThrow } from './knowledge/load.js';
import { createLogger } from './logger.js';

// TODO(lead): enable once src/console.ts exists.
// import { runConsole } from './console.js';

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

	if (!config.token) {
		// TODO(lead): return runConsole(engine, process.stdin, process.stdout);
		process.stderr.write('DISCORD_TOKEN is not set, and the local console is not available yet.\n');
		return 1;
	}

	const logger = createLogger(config.logLevel);
	if (config.transport === 'gateway') {
		logger.info({ config: redactConfig(config) }, 'starting the gateway bot');
		running = await startGateway({ config, engine, logger });
		const signal = await untilSignal();
		logger.info({ signal }, 'shutting down');
		await stop();
		return 0;
	}
	process.stderr.write('DISCORD_TRANSPORT=http: start the interactions endpoint with `npx gsomia serve`.\n');
	return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main();
}
