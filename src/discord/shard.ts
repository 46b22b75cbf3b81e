/**
 * Sharding: with SHARD_COUNT=auto or N > 1 the process becomes a discord.js ShardingManager that spawns one child
 * process per shard, each running the same entry point (dist/src/main.js) as the normal gateway bot. The default
 * (SHARD_COUNT=1) never comes here: one process, no manager.
 *
 * A child knows it is one from SHARDING_MANAGER, which the manager sets (with SHARDS and SHARD_COUNT, which
 * discord.js's Client reads by itself to identify as [id, count]).
 *
 * "auto" asks GET /gateway/bot on config.apiUrl (discord.js's own lookup always asks discord.com), and the delay
 * between spawns follows the identify rate limit it reports: shards that share an identify bucket
 * (id % max_concurrency) start at least 5.5 s apart.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { InteractionMetrics } from '../metrics.js';
import { DEFAULT_API_URL } from '../paths.js';

export { isShardChild, wantsSharding } from './shard-env.js';
export { DEFAULT_API_URL };

/** Discord allows one IDENTIFY per 5 s per bucket; a little margin. */
const IDENTIFY_INTERVAL_MS = 5500;

/** The compiled entry point the children run: <package>/dist/src/main.js, wherever this module runs from. */
export function defaultShardEntry(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 6; i++) {
		if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'src', 'main.js');
		dir = dirname(dir);
	}
	throw new Error('Cannot find package.json above src/discord/shard');
}

export interface GatewayBotInfo {
	url: string;
	shards: number;
	session_start_limit?: { total: number; remaining: number; reset_after: number; max_concurrency: number };
}

/** GET /gateway/bot: Discord's recommended shard count and the identify rate limit. */
export async function fetchGatewayBot(
	config: Pick<Config, 'token' | 'apiUrl'>,
	fetchImpl = fetch,
): Promise<GatewayBotInfo> {
	if (!config.token) throw new Error('DISCORD_TOKEN is required to shard the gateway bot');
	const response = await fetchImpl(`${config.apiUrl ?? DEFAULT_API_URL}/v10/gateway/bot`, {
		headers: { authorization: `Bot ${config.token}` },
	});
	if (!response.ok) {
		throw Object.assign(
			new Error(`GET /gateway/bot answered ${response.status}: cannot learn the recommended shard count`),
			{ status: response.status },
		);
	}
	const body = (await response.json()) as Partial<GatewayBotInfo>;
	if (typeof body.shards !== 'number' || !Number.isInteger(body.shards) || body.shards < 1) {
		throw new Error('GET /gateway/bot did not return a shard count');
	}
	return body as GatewayBotInfo;
}

/** Milliseconds between two spawns so that shards in the same identify bucket start IDENTIFY_INTERVAL_MS apart. */
export function spawnDelayMs(maxConcurrency: number | undefined): number {
	const buckets = Math.max(1, Math.floor(maxConcurrency ?? 1));
	return Math.ceil(IDENTIFY_INTERVAL_MS / buckets);
}

export interface ShardingOptions {
	config: Config;
	logger: Logger;
	/** The script each shard runs. Default: dist/src/main.js of this package. */
	file?: string;
	/** How long a shard may take to become ready. Default 60 s. */
	readyTimeoutMs?: number;
	/** Respawn a shard whose process exits. Default true. */
	respawn?: boolean;
	/** Install SIGINT/SIGTERM handlers that stop the shards. Default true. */
	handleSignals?: boolean;
	fetch?: typeof fetch;
	/** The manager's metrics: shard readiness and restarts are added to it. */
	metrics?: InteractionMetrics;
}

export interface ShardState {
	id: number;
	ready: boolean;
	/** Times this shard's process was started again after it died. */
	restarts: number;
}

export interface RunningShards {
	readonly manager: ShardingManager;
	readonly totalShards: number;
	/** Each shard's readiness, for the manager's /healthz. */
	states(): ShardState[];
	/** Stops every shard (SIGTERM, so each shuts down gracefully), without respawning them. */
	close(): Promise<void>;
}

export async function startSharding(options: ShardingOptions): Promise<RunningShards> {
	const { config, logger } = options;
	if (!config.token) throw new Error('DISCORD_TOKEN is required to shard the gateway bot');
	const file = options.file ?? defaultShardEntry();
	if (!existsSync(file)) {
		throw new Error(`The shard entry point ${file} does not exist: run \`npm run build\` first`);
	}

	let totalShards: number;
	let maxConcurrency: number | undefined;
	if (config.shardCount === 'auto') {
		const info = await fetchGatewayBot(config, options.fetch);
		totalShards = info.shards;
		maxConcurrency = info.session_start_limit?.max_concurrency;
	} else {
		totalShards = config.shardCount;
		try {
			maxConcurrency = (await fetchGatewayBot(config, options.fetch)).session_start_limit?.max_concurrency;
		} catch (error) {
			logger.warn({ err: error }, 'could not read the identify rate limit; spawning shards 5.5 s apart');
		}
	}
	const delay = spawnDelayMs(maxConcurrency);

	const manager = new ShardingManager(file, {
		totalShards,
		token: config.token,
		mode: 'process',
		respawn: options.respawn ?? true,
		execArgv: [],
	});
	const processes = new Map<number, ChildProcess>();
	const states = new Map<number, ShardState>();
	let closing: Promise<void> | undefined;
	let stopping = false;
	const { Counter, Gauge } = await import('prom-client');
	const registers = options.metrics ? [options.metrics.registry] : [];
	const readyGauge = new Gauge({
		name: 'gsomia_shards_ready',
		help: 'Shards whose gateway connection is ready (the manager).',
		registers,
		collect() {
			this.set([...states.values()].filter((s) => s.ready).length);
		},
	});
	const restarts = new Counter({
		name: 'gsomia_shard_restarts_total',
		help: 'Shard processes started again after they died, by shard.',
		labelNames: ['shard'] as const,
		registers,
	});
	void readyGauge;
	manager.on('shardCreate', (shard) => {
		logger.info({ shard: shard.id, totalShards }, 'shard spawning');
		const state: ShardState = { id: shard.id, ready: false, restarts: 0 };
		states.set(shard.id, state);
		let spawned = 0;
		shard.on('spawn', (child: ChildProcess | Worker) => {
			if ('pid' in child) processes.set(shard.id, child);
			spawned++;
			if (spawned > 1) {
				state.restarts++;
				restarts.inc({ shard: String(shard.id) });
				logger.warn({ shard: shard.id, restarts: state.restarts }, 'shard restarted');
			}
		});
		shard.on('ready', () => {
			state.ready = true;
			logger.info({ shard: shard.id }, 'shard ready');
		});
		shard.on('reconnecting', () => {
			state.ready = false;
		});
		shard.on('resume', () => {
			state.ready = true;
		});
		shard.on('disconnect', () => {
			state.ready = false;
		});
		shard.on('death', () => {
			state.ready = false;
			if (!stopping) logger.warn({ shard: shard.id, respawn: manager.respawn }, 'shard process exited');
		});
		shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'shard error'));
	});

	logger.info(
		{ totalShards, requested: config.shardCount, spawnDelayMs: delay, maxConcurrency, file },
		'spawning shards',
	);

	const close = () => {
		closing ??= (async () => {
			// A shard that exits from now on (its own signal handler, or ours) stays down.
			stopping = true;
			manager.respawn = false;
			const exits: Promise<void>[] = [];
			for (const shard of manager.shards.values()) {
				const child = processes.get(shard.id);
				if (child && child.exitCode === null && child.signalCode === null) {
					exits.push(
						new Promise<void>((resolve) => {
							const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
							force.unref();
							child.once('exit', (code, signal) => {
								clearTimeout(force);
								logger.info({ shard: shard.id, code, signal }, 'shard stopped');
								resolve();
							});
						}),
					);
				}
				shard.kill();
			}
			await Promise.all(exits);
			for (const signal of signals) process.off(signal, onSignal);
			logger.info('all shards stopped');
		})();
		return closing;
	};
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
	const onSignal = (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'stopping the shards');
		void close();
	};
	if (options.handleSignals ?? true) for (const signal of signals) process.on(signal, onSignal);

	try {
		await manager.spawn({ amount: totalShards, delay, timeout: options.readyTimeoutMs ?? 60_000 });
	} catch (error) {
		await close();
		throw error;
	}
	logger.info({ totalShards }, 'all shards ready');
	return { manager, totalShards, close, states: () => [...states.values()].map((s) => ({ ...s })) };
}
