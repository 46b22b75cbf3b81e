/** Structured logs with pino. The token and authorization headers are redacted wherever they appear. */
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
	const options: pino.LoggerOptions = {
		level,
		base: { app: 'gsomia-bot' },
		redact: {
			paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization', 'authorization'],
			censor: '[redacted]',
		},
	};
	return destination ? pino(options, destination) : pino(options, pino.destination(2));
}

/** A logger that drops everything: for tests and the console mode. */
export function silentLogger(): Logger {
	return pino({ level: 'silent' });
}
