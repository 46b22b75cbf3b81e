/**
 * Structured logs with pino, one JSON object a line on stderr. Every line carries `pid` and `hostname` (several
 * instances or shards can be told apart) and `app`; a shard's lines also carry `shard`. The token and
 * authorization headers are redacted wherever they appear.
 *
 * Lines are written to stderr in blocks (logDestination): when 4 KiB have gathered, else every 100 ms, and at exit.
 * One write(2) per line was the largest single cost of an answered interaction over HTTP (a system call per
 * request, and a wake-up of whatever reads stderr). A process killed outright (SIGKILL, out of memory) loses at most
 * the last 100 ms of lines.
 */
import { hostname } from 'node:os';
import { type Logger, pino } from 'pino';

export type { Logger };

/** Lines buffered up to this many bytes before they are written. */
const LOG_BLOCK_BYTES = 4096;
/** Buffered lines are written at least this often. */
const LOG_FLUSH_MS = 100;

/** Where the default logger writes: `dest` (a file descriptor or path; default stderr), in blocks (see above). */
export function logDestination(dest: number | string = 2): pino.DestinationStream {
	const stream = pino.destination({ dest, sync: true, minLength: LOG_BLOCK_BYTES });
	const flush = () => {
		try {
			stream.flushSync();
		} catch {
			// Closed or not ready: nothing more can be written.
		}
	};
	const timer = setInterval(flush, LOG_FLUSH_MS);
	timer.unref();
	process.once('exit', flush);
	return stream;
}

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
	return pino(options, destination ?? logDestination(2));
}

/** A logger that drops everything: for tests and the console mode. */
export function silentLogger(): Logger {
	return pino({ level: 'silent' });
}
