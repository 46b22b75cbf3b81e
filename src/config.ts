/**
 * Configuration: parsed once at start from the environment (and .env when present) with a schema, then passed
 * in as a parameter. An invalid value fails with a message naming the variable. The token is never logged.
 */
import { z } from 'zod';

export { readDotEnv } from './env.js';

const optionalString = z
	.string()
	.trim()
	.transform((s) => (s === '' ? undefined : s))
	.optional();
const snowflake = z
	.string()
	.trim()
	.regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const optionalSnowflake = z.preprocess((v) => (v === '' ? undefined : v), snowflake.optional());
const positiveInt = (fallback: number) =>
	z.preprocess((v) => (v === undefined || v === '' ? fallback : Number(v)), z.number().int().positive());
const nonNegativeInt = (fallback: number) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? fallback : Number(v)),
		z.number().int('must be a whole number').nonnegative('must be 0 or more'),
	);

export const configSchema = z
	.object({
		DISCORD_TOKEN: optionalString,
		DISCORD_APPLICATION_ID: optionalSnowflake,
		DISCORD_GUILD_ID: optionalSnowflake,
		DISCORD_PUBLIC_KEY: z.preprocess(
			(v) => (v === '' ? undefined : v),
			z
				.string()
				.trim()
				.regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of the Ed25519 public key')
				.optional(),
		),
		DISCORD_TRANSPORT: z.preprocess((v) => (v === '' || v === undefined ? 'gateway' : v), z.enum(['gateway', 'http'])),
		DISCORD_API_URL: z.preprocess(
			(v) => (v === '' ? undefined : v),
			z
				.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
				.transform((s) => s.replace(/\/+$/, ''))
				.optional(),
		),
		PORT: positiveInt(8080).pipe(z.number().max(65535)),
		HOST: z.preprocess((v) => (v === '' || v === undefined ? '0.0.0.0' : v), z.string()),
		SHARD_COUNT: z.preprocess(
			(v) => (v === '' || v === undefined ? '1' : v),
			z.union([z.literal('auto'), z.string().regex(/^[1-9]\d*$/, 'must be "auto" or a positive whole number')]),
		),
		COOLDOWN_LIMIT: positiveInt(5),
		COOLDOWN_WINDOW_SECONDS: positiveInt(20),
		REPEAT_WINDOW_SECONDS: nonNegativeInt(300),
		FEEDBACK_FILE: z.preprocess((v) => (v === '' || v === undefined ? 'feedback.jsonl' : v), z.string()),
		LOG_LEVEL: z.preprocess(
			(v) => (v === '' || v === undefined ? 'info' : v),
			z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
		),
	})
	.transform((env) => ({
		token: env.DISCORD_TOKEN,
		applicationId: env.DISCORD_APPLICATION_ID,
		guildId: env.DISCORD_GUILD_ID,
		publicKey: env.DISCORD_PUBLIC_KEY,
		transport: env.DISCORD_TRANSPORT,
		apiUrl: env.DISCORD_API_URL,
		port: env.PORT,
		host: env.HOST,
		shardCount: env.SHARD_COUNT === 'auto' ? ('auto' as const) : Number(env.SHARD_COUNT),
		cooldown: { limit: env.COOLDOWN_LIMIT, windowMs: env.COOLDOWN_WINDOW_SECONDS * 1000 },
		repeatWindowMs: env.REPEAT_WINDOW_SECONDS * 1000,
		feedbackFile: env.FEEDBACK_FILE,
		logLevel: env.LOG_LEVEL,
	}));

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
	constructor(readonly issues: string[]) {
		super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Parses `env` (process.env by default). Throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
	const result = configSchema.safeParse(env);
	if (!result.success) {
		throw new ConfigError(
			result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
		);
	}
	return result.data;
}

/** Config with secrets removed, for logs. */
export function redactConfig(config: Config): Record<string, unknown> {
	return { ...config, token: config.token ? '[redacted]' : undefined };
}
