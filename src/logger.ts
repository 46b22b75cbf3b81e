/**
 * Structured logs with pino, one JSON object a line on stderr. Every line carries `pid` and `hostname` (several
 * instances or shards can be told apart) and `app`; a shard's lines also carry `shard`. The token and
 * authorization headers are redacted wherever they appear.
 */
import { hostname } from 'node:os';
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(
	level = 'info',
	destination?: pino.DestinationStream,
	bindings: Record<string, unknown> = {},
): Logger {
	const options: pino.LoggerOptions = {
		level,
		base: { pid: process.pid, hostname: hostname(), app: 'gsomia-bot', ...bindings },
		redact: {
			paths: ['token', 'config.token', 'headers.authorization', 'authorization'],
			censor: '[redacted]',
		},
	};
	return destination ? pino(options, destination) : pino(options, pino.destination(2));
}

/** A logger that drops everything: for tests and the console mode. */
export function silentLogger(): Logger {
	return pino({ level: 'silent' });
}
