/**
 * WORKERS=N for the HTTP endpoint: N processes share the port through node:cluster, each with its own engine (and
 * ENGINE_THREADS threads), answer cache, event loop and thread pool, so a machine with several cores answers on all
 * of them. This process (the primary) holds no engine: it starts the workers (each runs the same entry point with
 * the same arguments, and serves as WORKERS=1 would), starts another when one dies after it had started serving
 * (counted), stops them all on SIGINT/SIGTERM (each finishes the requests in flight), and gives up with exit code 1
 * when a worker dies before it served at all (a bad port, a broken configuration: the worker printed why). The first
 * worker starts alone and the others once it listens, so such a mistake is printed once.
 *
 * What is kept in memory is per worker: the per-user budget (set REDIS_URL to share it, as between instances), the
 * no-repeat window and /metrics (each scrape is answered by one worker; its lines carry that worker's `pid`).
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';

export interface HttpWorkersOptions {
	/** Processes to start (at least 2; WORKERS=1 serves in this process). */
	count: number;
	logger: Pick<Logger, 'info' | 'warn' | 'error'>;
	/** After a worker dies, how long until another is started. Default 1 s. */
	restartDelayMs?: number;
	/** How long stop() lets workers finish before killing them. Default 15 s. */
	stopTimeoutMs?: number;
	/** Extra environment for the workers. */
	env?: Record<string, string>;
}

export interface HttpWorkers {
	/** The address the first worker listens on, once every worker listens. Rejects if one died before it did. */
	readonly ready: Promise<AddressInfo>;
	/** Workers started again after dying. */
	readonly restarts: number;
	/** The workers' process ids (for tests and the bench). */
	pids(): number[];
	/** Stops every worker (SIGTERM, then SIGKILL after stopTimeoutMs) and resolves once all have exited. */
	stop(): Promise<void>;
	/** Resolves once every worker has exited after stop(): 1 when one died before it served, else 0. */
	readonly exited: Promise<number>;
}

/** True in a process started by startHttpWorkers. */
export function isHttpWorker(): boolean {
	return cluster.isWorker;
}

export function startHttpWorkers(options: HttpWorkersOptions): HttpWorkers {
	const { count, logger } = options;
	const restartDelayMs = options.restartDelayMs ?? 1000;
	const stopTimeoutMs = options.stopTimeoutMs ?? 15_000;
	const workers = new Set<Worker>();
	let stopping = false;
	let restarts = 0;
	let failed = false;
	let resolveExited: (code: number) => void = () => {};
	const exited = new Promise<number>((resolve) => {
		resolveExited = resolve;
	});
	let resolveReady: (address: AddressInfo) => void = () => {};
	let rejectReady: (error: Error) => void = () => {};
	const ready = new Promise<AddressInfo>((resolve, reject) => {
		resolveReady = resolve;
		rejectReady = reject;
	});
	// Never an unhandled rejection: a caller that does not wait for `ready` learns of the failure from `exited`.
	ready.catch(() => {});
	let listening = 0;
	let startedAll = false;
	let first: AddressInfo | undefined;

	const fork = (index: number) => {
		const worker = cluster.fork({ ...options.env, GSOMIA_WORKER: String(index) });
		workers.add(worker);
		let served = false;
		worker.once('listening', (address) => {
			served = true;
			first ??= {
				address: address.address ?? '',
				port: address.port,
				family: address.addressType === 6 ? 'IPv6' : 'IPv4',
			};
			listening++;
			// The first worker starts alone: a mistake it runs into (a port in use) is printed once, not N times.
			if (index === 0 && listening === 1) for (let i = 1; i < count; i++) fork(i);
			if (!startedAll && listening >= count) {
				startedAll = true;
				logger.info({ workers: count, port: first.port }, `serving with ${count} HTTP worker processes`);
				resolveReady(first);
			}
		});
		worker.once('exit', (code, signal) => {
			workers.delete(worker);
			if (stopping) return;
			if (!served || !startedAll) {
				// The worker printed why (one line: a port in use, a broken configuration); nothing to add to it.
				rejectReady(new Error(`HTTP worker ${index} exited before it served (code ${code})`));
				failed = true;
				void stop();
				return;
			}
			restarts++;
			logger.warn(
				{ worker: index, pid: worker.process.pid, code, signal, restarts },
				'an HTTP worker exited: starting another',
			);
			const timer = setTimeout(() => {
				if (!stopping) fork(index);
			}, restartDelayMs);
			timer.unref();
		});
	};

	let stopped: Promise<void> | undefined;
	const stop = () => {
		stopped ??= (async () => {
			stopping = true;
			const all = [...workers];
			await Promise.all(
				all.map(
					(worker) =>
						new Promise<void>((resolve) => {
							if (worker.isDead()) return resolve();
							const kill = setTimeout(() => worker.process.kill('SIGKILL'), stopTimeoutMs);
							worker.once('exit', () => {
								clearTimeout(kill);
								resolve();
							});
							worker.process.kill('SIGTERM');
						}),
				),
			);
			resolveExited(failed ? 1 : 0);
		})();
		return stopped;
	};

	fork(0);
	return {
		ready,
		get restarts() {
			return restarts;
		},
		pids: () => [...workers].map((w) => w.process.pid ?? 0).filter((pid) => pid > 0),
		stop,
		exited,
	};
}
