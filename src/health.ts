/**
 * The operations port (HEALTH_PORT): `GET /healthz` and `GET /metrics` for processes that have no HTTP endpoint of
 * their own (the gateway bot, each shard, the shard manager), and for the HTTP endpoint when its metrics should not
 * be public next to /interactions.
 *
 *   GET|HEAD /healthz   200 {"status":"ok",...} while ready; 503 {"status":"starting"|"disconnected"|...} otherwise
 *   GET      /metrics   Prometheus text
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import type { InteractionMetrics } from './metrics.js';

export interface HealthStatus {
	ready: boolean;
	/** Shown as "status": "ok" when ready; otherwise why not (starting, disconnected, shutting-down). */
	status: string;
	[key: string]: unknown;
}

export interface HealthServerOptions {
	port: number;
	host: string;
	status: () => HealthStatus;
	/** Served on /metrics when given. */
	metrics?: Pick<InteractionMetrics, 'render' | 'contentType'>;
	logger: Logger;
}

export interface HealthServer {
	readonly server: Server;
	readonly url: string;
	close(): Promise<void>;
}

export function healthBody(status: HealthStatus): string {
	const { ready: _ready, ...rest } = status;
	return JSON.stringify(rest);
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
	const { status, metrics, logger } = options;
	const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
		const path = req.url?.split('?')[0] ?? '/';
		const reply = (code: number, body: string, type = 'application/json; charset=utf-8') => {
			res.writeHead(code, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		try {
			if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
				const now = status();
				return reply(now.ready ? 200 : 503, healthBody(now));
			}
			if (path === '/metrics' && metrics && req.method === 'GET') {
				return reply(200, await metrics.render(), metrics.contentType);
			}
			return reply(404, JSON.stringify({ error: 'not found' }));
		} catch (error) {
			logger.error({ err: error, path }, 'health endpoint failed');
			if (!res.headersSent) reply(500, JSON.stringify({ error: 'internal error' }));
		}
	};
	const server = createServer((req, res) => {
		req.resume();
		void onRequest(req, res);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const url = `http://${host}:${address.port}`;
	logger.info({ url, healthz: `${url}/healthz`, metrics: metrics ? `${url}/metrics` : undefined }, 'health endpoint');
	return {
		server,
		url,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
