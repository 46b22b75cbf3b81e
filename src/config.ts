/**
 * Configuration: parsed once at start from the environment (merged with .env, see env.ts), then passed in as a
 * parameter. Every bad value becomes one sentence that names the variable, says what it got and what to do; all of
 * them together make the one line a misconfigured process prints before it exits 1. The token is never logged.
 *
 * Hand-written rather than a schema library: the messages are the product here, and the console starts faster.
 */
export { loadEnv, readDotEnv } from './env.js';

export type Transport = 'gateway' | 'http';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
	token: string | undefined;
	applicationId: string | undefined;
	guildId: string | undefined;
	publicKey: string | undefined;
	transport: Transport;
	/** True when DISCORD_TRANSPORT was set (not the default): a gateway asked for explicitly needs a token. */
	transportExplicit: boolean;
	apiUrl: string | undefined;
	port: number;
	host: string;
	/** Gateway and shard processes serve /healthz and /metrics here; in HTTP mode /metrics moves here. */
	healthPort: number | undefined;
	healthHost: string;
	shardCount: number | 'auto';
	/** Answers kept for repeated questions (0: no cache). */
	answerCacheSize: number;
	/** Worker threads that run the engine (0: the main thread). */
	engineThreads: number;
	/** HTTP endpoint: processes sharing the port, each with its own engine (1: this process alone). */
	workers: number;
	cooldown: { limit: number; windowMs: number };
	/** The same answer is not posted publicly in one channel twice within this window (0: off). */
	repeatWindowMs: number;
	feedbackFile: string;
	/** The SQLite file (the default storage), when DATABASE_URL is not set. */
	databasePath: string;
	/** PostgreSQL, for several instances or shards. */
	databaseUrl: string | undefined;
	/** Redis, for a cooldown shared by every instance and shard. */
	redisUrl: string | undefined;
	/** Prefix of this bot's Redis keys (several bots, or tests, can share one Redis). */
	redisKeyPrefix: string;
	/** Declined questions and votes are deleted after this many days. */
	retentionDays: number;
	/** Request the privileged Message Content intent: needed to answer in auto-answer channels without a mention. */
	messageContent: boolean;
	logLevel: LogLevel;
}

export class ConfigError extends Error {
	constructor(readonly issues: string[]) {
		super(issues.join('; '));
		this.name = 'ConfigError';
	}
}

type Env = Record<string, string | undefined>;

const WHERE = 'in .env or the environment';

/** The value as set, trimmed; undefined when unset or empty. */
function raw(env: Env, name: string): string | undefined {
	const value = env[name]?.trim();
	return value === undefined || value === '' ? undefined : value;
}

function quote(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

class Reader {
	readonly problems: string[] = [];
	constructor(private readonly env: Env) {}

	private fail(name: string, value: string, what: string): undefined {
		this.problems.push(`${name}=${quote(value)} ${what}`);
		return undefined;
	}

	string(name: string): string | undefined {
		return raw(this.env, name);
	}

	int(name: string, fallback: number, min: number, max: number, what: string): number {
		const value = raw(this.env, name);
		if (value === undefined) return fallback;
		if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
			this.fail(name, value, `is not ${what}: use a whole number from ${min} to ${max} ${WHERE}`);
			return fallback;
		}
		return Number(value);
	}

	optionalInt(name: string, min: number, max: number, what: string): number | undefined {
		if (raw(this.env, name) === undefined) return undefined;
		const before = this.problems.length;
		const n = this.int(name, -1, min, max, what);
		return this.problems.length > before ? undefined : n;
	}

	snowflake(name: string, hint: string): string | undefined {
		const value = raw(this.env, name);
		if (value === undefined) return undefined;
		if (!/^\d{17,20}$/.test(value)) return this.fail(name, value, `is not a Discord id (17 to 20 digits): ${hint}`);
		return value;
	}

	choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
		const value = raw(this.env, name);
		if (value === undefined) return fallback;
		const found = choices.find((c) => c === value.toLowerCase());
		if (found) return found;
		this.fail(name, value, `is not one of ${choices.join(', ')}: fix it ${WHERE}`);
		return fallback;
	}
}

/** Parses `env` (process.env by default). Throws one ConfigError naming every bad variable. */
export function parseConfig(env: Env = process.env): Config {
	const r = new Reader(env);
	const problems = r.problems;

	let token = r.string('DISCORD_TOKEN');
	if (token && /^bot\s/i.test(token)) token = token.replace(/^bot\s+/i, '');
	if (token && /\s/.test(token)) {
		problems.push(
			'DISCORD_TOKEN contains spaces: paste the token alone (Developer Portal > your app > Bot > Reset Token)',
		);
	}

	const publicKey = r.string('DISCORD_PUBLIC_KEY');
	if (publicKey && !/^[0-9a-fA-F]{64}$/.test(publicKey)) {
		problems.push(
			`DISCORD_PUBLIC_KEY=${quote(publicKey)} is not a public key: copy the 64 hex characters of "Public Key" ` +
				'(Developer Portal > your app > General Information)',
		);
	}

	let apiUrl = r.string('DISCORD_API_URL');
	if (apiUrl) {
		let ok = false;
		try {
			ok = /^https?:$/.test(new URL(apiUrl).protocol);
		} catch {
			ok = false;
		}
		if (ok) apiUrl = apiUrl.replace(/\/+$/, '');
		else {
			problems.push(
				`DISCORD_API_URL=${quote(apiUrl)} is not an http(s) URL: use one such as http://127.0.0.1:8080/api, ` +
					'or leave it empty for Discord itself',
			);
			apiUrl = undefined;
		}
	}

	const shardRaw = r.string('SHARD_COUNT')?.toLowerCase() ?? '1';
	let shardCount: number | 'auto' = 1;
	if (shardRaw === 'auto') shardCount = 'auto';
	else if (/^[1-9]\d{0,5}$/.test(shardRaw)) shardCount = Number(shardRaw);
	else problems.push(`SHARD_COUNT=${quote(shardRaw)} is not a shard count: use "auto" or a whole number from 1`);

	const logLevel = r.choice('LOG_LEVEL', LOG_LEVELS, 'info');

	const url = (name: string, schemes: RegExp, example: string): string | undefined => {
		const value = r.string(name);
		if (value === undefined) return undefined;
		let ok = false;
		try {
			ok = schemes.test(new URL(value).protocol);
		} catch {
			ok = false;
		}
		if (ok) return value;
		problems.push(`${name} is not a URL such as ${example}: fix it ${WHERE}, or leave it empty`);
		return undefined;
	};
	const databaseUrl = url('DATABASE_URL', /^postgres(ql)?:$/, 'postgres://user:password@host:5432/database');
	const redisUrl = url('REDIS_URL', /^rediss?:$/, 'redis://host:6379');
	const transport = r.choice('DISCORD_TRANSPORT', ['gateway', 'http'] as const, 'gateway');

	const config: Config = {
		token,
		applicationId: r.snowflake('DISCORD_APPLICATION_ID', 'copy "Application ID" from the Developer Portal'),
		guildId: r.snowflake('DISCORD_GUILD_ID', 'copy the server id (Developer Mode > right-click the server)'),
		publicKey,
		transport,
		transportExplicit: raw(env, 'DISCORD_TRANSPORT') !== undefined,
		apiUrl,
		port: r.int('PORT', 8080, 0, 65535, 'a port'),
		host: r.string('HOST') ?? '0.0.0.0',
		healthPort: r.optionalInt('HEALTH_PORT', 0, 65535, 'a port'),
		healthHost: r.string('HEALTH_HOST') ?? r.string('HOST') ?? '0.0.0.0',
		shardCount,
		answerCacheSize: r.int('ANSWER_CACHE_SIZE', 2000, 0, 1_000_000, 'a number of answers'),
		engineThreads: r.int('ENGINE_THREADS', 1, 0, 64, 'a number of threads'),
		workers: r.int('WORKERS', 1, 1, 64, 'a number of processes'),
		cooldown: {
			limit: r.int('COOLDOWN_LIMIT', 5, 1, 1_000_000_000, 'a number of questions'),
			windowMs: r.int('COOLDOWN_WINDOW_SECONDS', 20, 1, 86_400, 'a number of seconds') * 1000,
		},
		repeatWindowMs: r.int('REPEAT_WINDOW_SECONDS', 300, 0, 31_536_000, 'a number of seconds') * 1000,
		feedbackFile: r.string('FEEDBACK_FILE') ?? 'feedback.jsonl',
		databasePath: r.string('DATABASE_PATH') ?? 'data/gsomia.sqlite',
		databaseUrl,
		redisUrl,
		redisKeyPrefix: r.string('REDIS_KEY_PREFIX') ?? 'gsomia:',
		retentionDays: r.int('RETENTION_DAYS', 90, 1, 36_500, 'a number of days'),
		messageContent: r.choice('DISCORD_MESSAGE_CONTENT', ['false', 'true'] as const, 'false') === 'true',
		logLevel,
	};
	if (problems.length > 0) throw new ConfigError(problems);
	return config;
}

/** Config with secrets removed, for logs. */
export function redactConfig(config: Config): Record<string, unknown> {
	const hide = (url: string | undefined) => url?.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
	return {
		...config,
		token: config.token ? '[redacted]' : undefined,
		databaseUrl: hide(config.databaseUrl),
		redisUrl: hide(config.redisUrl),
	};
}
