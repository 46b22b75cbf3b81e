/**
 * Opens what the configuration names: PostgreSQL with DATABASE_URL, else the SQLite file at DATABASE_PATH; the
 * shared cooldown in Redis with REDIS_URL, else none (the caller keeps its in-memory one). A database or Redis that
 * cannot be reached at start is a ConfigError: one line naming the variable.
 */
import { ConfigError } from '../config.js';
import type { Cooldown, CooldownOptions } from '../interactions/cooldown.js';
import type { Logger } from '../logger.js';
import { batchedUsage } from './batched.js';
import { openPostgres } from './postgres.js';
import { redisCooldown } from './redis-cooldown.js';
import { resilient } from './resilient.js';
import { openSqlite } from './sqlite.js';
import type { Storage } from './types.js';

export type { GuildSettings, Miss, Storage, VoteRecord } from './types.js';

export interface StorageConfig {
	databaseUrl: string | undefined;
	databasePath: string;
	redisUrl: string | undefined;
	/** Default "gsomia:". */
	redisKeyPrefix?: string;
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return url.replace(/:[^:@/]+@/, ':***@');
	}
}

function reason(error: unknown): string {
	const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
	return e.code ?? e.errors?.[0]?.code ?? e.message ?? String(error);
}

export async function openStorage(config: StorageConfig, logger?: Logger): Promise<Storage> {
	let storage: Storage;
	if (config.databaseUrl) {
		try {
			storage = await openPostgres({
				url: config.databaseUrl,
				onError: (error) => logger?.warn({ error: reason(error) }, 'a database connection failed; it is replaced'),
			});
		} catch (error) {
			throw new ConfigError([
				`cannot use the database at DATABASE_URL=${safeUrl(config.databaseUrl)} (${reason(error)}): check that ` +
					'PostgreSQL runs there and the user, password and database name',
			]);
		}
	} else {
		try {
			storage = openSqlite(config.databasePath);
		} catch (error) {
			throw new ConfigError([
				`cannot open the SQLite file DATABASE_PATH=${config.databasePath} (${reason(error)}): check the folder exists ` +
					'or can be created, and is writable',
			]);
		}
	}
	// A running bot (with a logger) sums fact usage in memory and writes it once a second (batched.ts); writes that
	// fail are kept and retried (resilient.ts). The curator commands read and write directly.
	return logger ? batchedUsage(resilient(storage, logger)) : storage;
}

/** The shared cooldown through REDIS_URL; undefined without it. Fails at start with one line when unreachable. */
export async function openRedisCooldown(
	config: Pick<StorageConfig, 'redisUrl'>,
	options: CooldownOptions & { logger?: Logger; prefix?: string; now?: () => number },
): Promise<(Cooldown & { close(): Promise<void> }) | undefined> {
	if (!config.redisUrl) return undefined;
	const { Redis } = await import('ioredis');
	const redis = new Redis(config.redisUrl, {
		lazyConnect: true,
		connectTimeout: 3000,
		maxRetriesPerRequest: 1,
		// While disconnected, commands fail at once (the in-memory budget takes over) instead of queueing.
		enableOfflineQueue: false,
		retryStrategy: (times) => Math.min(times * 250, 2000),
	});
	let lastError = '';
	let connected = false;
	redis.on('error', (error: Error) => {
		const text = reason(error);
		// Before the first connection the error is the start-up failure itself (one line, below).
		if (connected && text !== lastError) options.logger?.warn({ error: text }, 'Redis connection error');
		lastError = text;
	});
	try {
		await redis.connect();
		await redis.ping();
		connected = true;
		lastError = '';
	} catch (error) {
		redis.disconnect();
		// The connection's own error (ECONNREFUSED, ENOTFOUND, NOAUTH...) says more than the failed command.
		throw new ConfigError([
			`cannot connect to Redis at REDIS_URL=${safeUrl(config.redisUrl)} (${lastError || reason(error)}): check that Redis runs ` +
				'there, or unset REDIS_URL to keep the cooldown in memory (one process)',
		]);
	}
	const cooldown = redisCooldown({
		...options,
		redis,
		onDegraded: (degraded, error) => {
			if (degraded)
				options.logger?.warn(
					{ error: reason(error) },
					'Redis does not answer: each process counts the cooldown on its own until it is back',
				);
			else options.logger?.info('Redis answers again: the cooldown is shared again');
		},
	});
	return {
		hit: cooldown.hit,
		close: async () => {
			redis.disconnect();
		},
	};
}

export interface OpenedState {
	storage: Storage;
	/** The shared cooldown (REDIS_URL), or undefined: keep the in-memory one. */
	cooldown: (Cooldown & { close(): Promise<void> }) | undefined;
	/** Stops the retention timer, closes the database and Redis. */
	close(): Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * What a bot process keeps state in: the storage (DATABASE_URL or DATABASE_PATH), the shared cooldown (REDIS_URL),
 * and retention enforced at start and then every day (RETENTION_DAYS). ConfigError (one line) when unreachable.
 */
export async function openState(
	config: StorageConfig & { retentionDays: number; cooldown: CooldownOptions },
	logger: Logger,
	now: () => number = Date.now,
): Promise<OpenedState> {
	const storage = await openStorage(config, logger);
	let cooldown: OpenedState['cooldown'];
	try {
		cooldown = await openRedisCooldown(config, {
			...config.cooldown,
			logger,
			now,
			prefix: `${config.redisKeyPrefix ?? 'gsomia:'}cooldown:`,
		});
	} catch (error) {
		await storage.close();
		throw error;
	}
	const purge = async () => {
		try {
			const removed = await storage.purge(now() - config.retentionDays * DAY_MS);
			if (removed > 0) logger.info({ removed, retentionDays: config.retentionDays }, 'retention: old records deleted');
		} catch (error) {
			logger.warn({ error: reason(error) }, 'retention: could not delete old records; will try again tomorrow');
		}
	};
	await purge();
	const timer = setInterval(() => void purge(), DAY_MS);
	timer.unref();
	return {
		storage,
		cooldown,
		async close() {
			clearInterval(timer);
			await cooldown?.close();
			await storage.close();
		},
	};
}
