/**
 * What every long-running mode shares: the one-line fatal message, the process-wide error policy, and turning
 * start-up failures (a rejected token, no network, a port in use) into one line that names the variable to fix.
 */
import { ConfigError } from './config.js';
import type { Logger } from './logger.js';
import type { InteractionMetrics } from './metrics.js';
import { DEFAULT_API_URL } from './paths.js';

/** Prints `gsomia: <message>` on stderr (one line per problem, no stack trace) and returns exit code 1. */
export function fatal(message: string, stderr: NodeJS.WritableStream = process.stderr): number {
	stderr.write(`gsomia: ${message}\n`);
	return 1;
}

let installed = false;

/**
 * The process policy: an unhandled promise rejection is logged and counted and the process carries on (each event
 * handler has its own boundary, so this is a bug to report, not a reason to drop every connection); an uncaught
 * exception leaves the process in an unknown state, so it is logged and the process exits 1 for its supervisor
 * (systemd, Docker, the shard manager) to restart it.
 */
export function installProcessPolicy(logger: Logger, metrics?: Pick<InteractionMetrics, 'unhandledRejection'>): void {
	if (installed) return;
	installed = true;
	process.on('unhandledRejection', (reason) => {
		metrics?.unhandledRejection();
		logger.error({ err: reason }, 'unhandled promise rejection (a bug: please report it); carrying on');
	});
	process.on('uncaughtException', (error, origin) => {
		logger.fatal({ err: error, origin }, 'uncaught exception: exiting so that the supervisor starts a clean process');
		process.exit(1);
	});
}

const NETWORK_CODES = new Set([
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_SOCKET',
]);

function codeOf(error: unknown): string | undefined {
	let e: unknown = error;
	for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
		const errors = (e as { errors?: unknown[] }).errors;
		if (Array.isArray(errors) && errors.length > 0) e = errors[0];
		else e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}

/** One line for a gateway start-up failure, naming what to fix; undefined when it is not one we recognise. */
export function describeGatewayFailure(error: unknown, apiUrl: string | undefined): string | undefined {
	const e = error as { code?: unknown; status?: unknown; message?: unknown };
	if (
		e?.code === 'TokenInvalid' ||
		e?.status === 401 ||
		(typeof e?.message === 'string' && /\b401\b/.test(e.message))
	) {
		return (
			'DISCORD_TOKEN was rejected by Discord (401 Unauthorized): copy a new token from the Developer Portal ' +
			'(your app > Bot > Reset Token) into .env or the environment'
		);
	}
	if (e?.code === 'DisallowedIntents') {
		return 'Discord refused the gateway intents: this bot needs no privileged intent; check the Developer Portal (your app > Bot)';
	}
	const network = codeOf(error);
	if (network) {
		return (
			`cannot reach Discord at ${apiUrl ?? DEFAULT_API_URL} (${network}): check the network, DNS, a firewall or ` +
			'proxy, or DISCORD_API_URL'
		);
	}
	return undefined;
}

/** A listen() failure as a ConfigError naming the variable (a port in use, an address not on this machine). */
export function listenError(error: unknown, variable: string, port: number, host: string): unknown {
	const code = (error as { code?: string }).code;
	if (code === 'EADDRINUSE')
		return new ConfigError([
			`${variable}=${port} is already in use on ${host}: stop the other process or choose another ${variable}`,
		]);
	if (code === 'EACCES')
		return new ConfigError([
			`${variable}=${port} needs privileges on this system: use a port above 1023 (or put a proxy in front)`,
		]);
	if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
		return new ConfigError([`cannot listen on ${host}: it is not an address of this machine (HOST or HEALTH_HOST)`]);
	return error;
}
