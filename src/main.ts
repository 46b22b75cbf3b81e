/**
 * The entry point (`npm start`, `node dist/src/main.js`): reads .env, parses the configuration once, loads the
 * validated knowledge snapshot, then serves:
 * - DISCORD_TRANSPORT=http: the HTTP interactions endpoint (needs DISCORD_PUBLIC_KEY, no token); with WORKERS=N > 1,
 *   this process starts N worker processes (node:cluster) that run this same file and share the port;
 * - with DISCORD_TOKEN: the gateway bot, or with SHARD_COUNT=auto|N a ShardingManager whose children run this same
 *   file as the gateway bot; HEALTH_PORT serves /healthz and /metrics;
 * - without a token: the local console, on a terminal or with piped questions. With neither (a service manager,
 *   Docker without -it) it is an error saying how to run, never a silent exit.
 * Every configuration mistake ends in one line naming the variable, exit code 1, no stack trace. discord.js is
 * loaded only in gateway mode. SIGINT/SIGTERM stop gracefully.
 */
import cluster from 'node:cluster';
import { fstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, loadEnv, parseConfig, redactConfig } from './config.js';
import type { Engine } from './engine/types.js';
import type { HealthServer } from './health.js';
import type { KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './logger.js';
import type { InteractionMetrics } from './metrics.js';
import { describeGatewayFailure, fatal, installProcessPolicy, listenError } from './runtime.js';

let running: { stop(): Promise<void> } | undefined;

/** Stops whatever main() started: replies in flight finish, then connections close. */
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

export const NO_TOKEN_NO_TERMINAL =
	'DISCORD_TOKEN is not set and there is no terminal or piped input: to run the bot, set DISCORD_TOKEN ' +
	'(or DISCORD_TRANSPORT=http with DISCORD_PUBLIC_KEY) in .env or the environment; for the local console, run ' +
	'`npm start` in a terminal or pipe questions in (echo "who announced it" | npm start)';

export const GATEWAY_WITHOUT_TOKEN =
	'DISCORD_TOKEN is not set but DISCORD_TRANSPORT=gateway asks for the bot: copy the token (Developer Portal > ' +
	'your app > Bot > Reset Token) into .env or the environment, or unset DISCORD_TRANSPORT for the local console';

/** What standard input is: a terminal, piped data (a pipe, file or socket), or nothing (/dev/null, closed). */
export function stdinKind(input: NodeJS.ReadStream = process.stdin): 'terminal' | 'pipe' | 'none' {
	if (input.isTTY) return 'terminal';
	try {
		const stat = fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket() ? 'pipe' : 'none';
	} catch {
		return 'none';
	}
}

export interface MainIO {
	stdin?: NodeJS.ReadStream;
	stdout?: NodeJS.WritableStream;
	stderr?: NodeJS.WritableStream;
}

async function loadKnowledge(): Promise<{ kb: KnowledgeBase; fingerprint: string }> {
	const { loadKnowledgeWithFingerprint } = await import('./knowledge/snapshot.js');
	return loadKnowledgeWithFingerprint();
}

async function makeMetrics(mode: string, fingerprint: string, labels?: Record<string, string>) {
	const [{ createMetrics }, { registry }, { packageVersion }] = await Promise.all([
		import('./metrics.js'),
		import('../commands/index.js'),
		import('./paths.js'),
	]);
	return createMetrics({
		commands: registry.commands.map((c) => c.data.name),
		build: { version: packageVersion(), knowledge: fingerprint, mode },
		labels,
	});
}

export async function main(env: Record<string, string | undefined> = loadEnv(), io: MainIO = {}): Promise<number> {
	const stdin = io.stdin ?? process.stdin;
	const stdout = io.stdout ?? process.stdout;
	const stderr = io.stderr ?? process.stderr;
	let config: Config;
	try {
		config = parseConfig(env);
	} catch (error) {
		if (error instanceof ConfigError) return fatal(error.message, stderr);
		throw error;
	}
	const { isShardChild, wantsSharding } = await import('./discord/shard-env.js');
	const manager = config.transport === 'gateway' && wantsSharding(config) && !isShardChild(env);

	if (config.transport === 'gateway' && !config.token) {
		if (config.transportExplicit) return fatal(GATEWAY_WITHOUT_TOKEN, stderr);
		const kind = stdinKind(stdin);
		if (kind === 'none') return fatal(NO_TOKEN_NO_TERMINAL, stderr);
		const knowledge = await loadOrFail(stderr);
		if (typeof knowledge === 'number') return knowledge;
		const [{ engineFor }, { runConsole }] = await Promise.all([import('./engine-snapshot.js'), import('./console.js')]);
		return runConsole(engineFor(knowledge.kb, knowledge.fingerprint), stdin, stdout, {
			onNoInput: () => fatal(NO_TOKEN_NO_TERMINAL, stderr),
		});
	}

	const { createLogger } = await import('./logger.js');
	const shardId = isShardChild(env) ? Number(env.SHARDS) : undefined;
	const httpPrimary = config.transport === 'http' && config.workers > 1 && !cluster.isWorker;
	const logger = createLogger(config.logLevel, undefined, {
		mode: manager ? 'shard-manager' : httpPrimary ? 'http-primary' : config.transport,
		...(shardId !== undefined && Number.isInteger(shardId) ? { shard: shardId } : {}),
		...(cluster.isWorker && env.GSOMIA_WORKER ? { worker: Number(env.GSOMIA_WORKER) } : {}),
	});

	if (manager) return runShardManager(config, logger, stderr);
	if (config.transport === 'http' && !config.publicKey) {
		const { MissingPublicKeyError } = await import('./http/serve.js');
		return fatal(new MissingPublicKeyError().message, stderr);
	}
	if (httpPrimary) return runHttpPrimary(config, logger);

	const knowledge = await loadOrFail(stderr);
	if (typeof knowledge === 'number') return knowledge;
	const { engineFor } = await import('./engine-snapshot.js');
	const engine = engineFor(knowledge.kb, knowledge.fingerprint);
	// Shown in logs, /healthz and build_info: the fingerprint's first 12 digits.
	const shown = knowledge.fingerprint.slice(0, 12);
	if (config.transport === 'http') return serveHttp(config, engine, shown, logger, stderr);
	return runGateway(config, engine, shown, logger, stderr, shardId);
}

async function loadOrFail(stderr: NodeJS.WritableStream): Promise<{ kb: KnowledgeBase; fingerprint: string } | number> {
	try {
		return await loadKnowledge();
	} catch (error) {
		if (error instanceof Error && error.name === 'KnowledgeError') {
			stderr.write(`${error.message}\n`);
			return 1;
		}
		throw error;
	}
}

/** The storage and shared cooldown this process keeps state in, or the exit code of the one-line error. */
async function openStateOrFail(config: Config, logger: Logger, stderr: NodeJS.WritableStream) {
	const { openState } = await import('./storage/index.js');
	try {
		return await openState(config, logger);
	} catch (error) {
		if (error instanceof ConfigError) return fatal(error.message, stderr);
		throw error;
	}
}

async function startHealth(
	config: Config,
	port: number,
	metrics: InteractionMetrics,
	logger: Logger,
	status: () => { ready: boolean; status: string; [key: string]: unknown },
): Promise<HealthServer> {
	const { startHealthServer } = await import('./health.js');
	try {
		return await startHealthServer({ port, host: config.healthHost, metrics, logger, status });
	} catch (error) {
		throw listenError(error, 'HEALTH_PORT', port, config.healthHost);
	}
}

/** DISCORD_TRANSPORT=http: the interactions endpoint (needs DISCORD_PUBLIC_KEY; no gateway, no token needed). */
async function serveHttp(
	config: Config,
	engine: Engine,
	fingerprint: string,
	logger: Logger,
	stderr: NodeJS.WritableStream,
): Promise<number> {
	const { serve } = await import('./http/serve.js');
	const metrics = await makeMetrics('http', fingerprint);
	installProcessPolicy(logger, metrics);
	// Logged once it runs: a start that fails prints its one line and nothing else.
	logger.debug({ config: redactConfig(config) }, 'starting the HTTP interactions endpoint');
	const state = await openStateOrFail(config, logger, stderr);
	if (typeof state === 'number') return state;
	let server: Awaited<ReturnType<typeof serve>>;
	try {
		server = await serve({
			config,
			engine,
			fingerprint,
			logger,
			metrics,
			handleSignals: false,
			storage: state.storage,
			...(state.cooldown ? { cooldown: state.cooldown } : {}),
		});
	} catch (error) {
		await state.close();
		if (error instanceof ConfigError) return fatal(error.message, stderr);
		logger.error({ err: error }, 'the HTTP endpoint could not start');
		return 1;
	}
	logger.info({ config: redactConfig(config), knowledge: fingerprint }, 'configuration');
	running = {
		stop: async () => {
			await server.close();
			await state.close();
		},
	};
	const signal = await Promise.race([untilSignal(), server.closed.then(() => undefined), primaryGone()]);
	// A worker of WORKERS > 1 may get a second signal while it finishes (the primary forwards the one the whole
	// process group got): it must not cut the requests in flight.
	if (cluster.isWorker) for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => {});
	logger.info({ signal }, 'shutting down');
	await stop();
	if (cluster.isWorker) process.disconnect?.();
	return 0;
}

/** In a worker of WORKERS > 1: resolves when the primary is gone (a worker never outlives it). */
function primaryGone(): Promise<undefined> {
	return new Promise((resolve) => {
		if (cluster.isWorker) process.once('disconnect', () => resolve(undefined));
	});
}

/** WORKERS > 1: this process starts the HTTP workers (each runs main() again and serves) and looks after them. */
async function runHttpPrimary(config: Config, logger: Logger): Promise<number> {
	const { startHttpWorkers } = await import('./http/workers.js');
	const workers = startHttpWorkers({ count: config.workers, logger });
	running = { stop: () => workers.stop() };
	const signal = await Promise.race([untilSignal(), workers.exited.then(() => undefined)]);
	if (signal) logger.info({ signal }, 'shutting down: stopping the HTTP workers');
	await stop();
	return workers.exited;
}

async function runGateway(
	config: Config,
	engine: Engine,
	fingerprint: string,
	logger: Logger,
	stderr: NodeJS.WritableStream,
	shardId: number | undefined,
): Promise<number> {
	const metrics = await makeMetrics(
		shardId === undefined ? 'gateway' : 'shard',
		fingerprint,
		shardId === undefined ? undefined : { shard: String(shardId) },
	);
	installProcessPolicy(logger, metrics);
	const { startGateway } = await import('./discord/gateway.js');
	let bot: Awaited<ReturnType<typeof startGateway>> | undefined;
	const startedAt = performance.now();
	let health: HealthServer | undefined;
	if (config.healthPort !== undefined) {
		// A shard child serves on HEALTH_PORT + 1 + its id; the manager holds HEALTH_PORT itself.
		const port = shardId === undefined || config.healthPort === 0 ? config.healthPort : config.healthPort + 1 + shardId;
		try {
			health = await startHealth(config, port, metrics, logger, () => {
				const ready = bot?.ready() ?? false;
				return {
					ready,
					status: ready ? 'ok' : bot ? 'disconnected' : 'starting',
					...(shardId === undefined ? {} : { shard: shardId }),
					knowledge: { facts: engine.kb.facts.length, fingerprint, asOf: engine.kb.primary.published },
					uptimeSeconds: Math.round(performance.now() - startedAt) / 1000,
				};
			});
		} catch (error) {
			if (error instanceof ConfigError) return fatal(error.message, stderr);
			throw error;
		}
	}
	logger.debug({ config: redactConfig(config), knowledge: fingerprint }, 'starting the gateway bot');
	const state = await openStateOrFail(config, logger, stderr);
	if (typeof state === 'number') {
		await health?.close();
		return state;
	}
	const { createAnswerer, createThreadRunner } = await import('./interactions/answerer.js');
	const runner =
		config.engineThreads > 0 ? createThreadRunner(engine.kb, { threads: config.engineThreads }) : undefined;
	const answerer = createAnswerer(engine, {
		cacheSize: config.answerCacheSize,
		onCache: (hit) => metrics.cache(hit),
		runner,
	});
	try {
		bot = await startGateway({
			config,
			engine,
			logger,
			metrics,
			answerer,
			storage: state.storage,
			...(state.cooldown ? { cooldown: state.cooldown } : {}),
		});
	} catch (error) {
		await health?.close();
		await runner?.close();
		await state.close();
		const line = describeGatewayFailure(error, config.apiUrl);
		if (line) return fatal(line, stderr);
		logger.error({ err: error }, 'the gateway bot could not start');
		return 1;
	}
	const started = bot;
	logger.info({ config: redactConfig(config), knowledge: fingerprint }, 'configuration');
	running = {
		stop: async () => {
			await started.stop();
			await health?.close();
			await runner?.close();
			await state.close();
		},
	};
	const signal = await untilSignal();
	logger.info({ signal }, 'shutting down');
	await stop();
	// A shard child's IPC channel to its manager would otherwise keep the process alive.
	if (shardId !== undefined) process.disconnect?.();
	return 0;
}

async function runShardManager(config: Config, logger: Logger, stderr: NodeJS.WritableStream): Promise<number> {
	const { startSharding } = await import('./discord/shard.js');
	const { fingerprint } = await loadKnowledge().catch(() => ({ fingerprint: 'unknown' }));
	const metrics = await makeMetrics('shard-manager', fingerprint.slice(0, 12));
	installProcessPolicy(logger, metrics);
	logger.debug({ config: redactConfig(config) }, 'starting the sharding manager');
	let shards: Awaited<ReturnType<typeof startSharding>> | undefined;
	let health: HealthServer | undefined;
	if (config.healthPort !== undefined) {
		try {
			health = await startHealth(config, config.healthPort, metrics, logger, () => {
				const states = shards?.states() ?? [];
				const ready = states.length > 0 && states.every((s) => s.ready);
				return { ready, status: ready ? 'ok' : shards ? 'degraded' : 'starting', shards: states };
			});
		} catch (error) {
			if (error instanceof ConfigError) return fatal(error.message, stderr);
			throw error;
		}
	}
	try {
		shards = await startSharding({ config, logger, metrics, handleSignals: false });
	} catch (error) {
		await health?.close();
		const line = describeGatewayFailure(error, config.apiUrl);
		if (line) return fatal(line, stderr);
		logger.error({ err: error }, 'the shards could not start');
		return 1;
	}
	const started = shards;
	logger.info({ config: redactConfig(config), knowledge: fingerprint.slice(0, 12) }, 'configuration');
	running = {
		stop: async () => {
			await started.close();
			await health?.close();
		},
	};
	const signal = await untilSignal();
	logger.info({ signal }, 'shutting down');
	await stop();
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main();
	// A WORKERS process that could not start (a port in use) would be kept alive by its channel to the primary.
	if (cluster.isWorker && process.connected) process.disconnect();
}
