/**
 * Degraded operation: writes that the user does not wait for (declined questions, fact usage) never fail the caller.
 * A failed one is kept in a bounded queue and retried every few seconds, oldest first, until the database answers
 * again; the outage is logged once when it starts and once when it ends. Reads, votes and settings pass through:
 * their callers tell the user when they fail.
 */
import type { Logger } from '../logger.js';
import type { Storage } from './types.js';

export interface ResilientOptions {
	/** Writes kept while the database is away (the oldest are dropped past it, and counted). Default 10,000. */
	maxQueued?: number;
	/** Between two retries. Default 5 s. */
	retryMs?: number;
}

export function resilient(storage: Storage, logger: Logger, options: ResilientOptions = {}): Storage {
	const max = options.maxQueued ?? 10_000;
	const retryMs = options.retryMs ?? 5000;
	const queue: (() => Promise<void>)[] = [];
	let down = false;
	let dropped = 0;
	let timer: NodeJS.Timeout | undefined;

	const drain = async () => {
		timer = undefined;
		while (queue.length > 0) {
			const write = queue[0] as () => Promise<void>;
			try {
				await write();
				queue.shift();
			} catch {
				schedule();
				return;
			}
		}
		if (down) {
			down = false;
			logger.info({ dropped }, 'the database answers again: queued writes are saved');
			dropped = 0;
		}
	};
	const schedule = () => {
		timer ??= setTimeout(() => void drain(), retryMs);
		timer.unref();
	};
	const write = (run: () => Promise<void>) => {
		const attempt = async () => {
			if (queue.length > 0) throw new Error('queued behind earlier writes');
			await run();
		};
		return attempt().catch((error: unknown) => {
			if (!down) {
				down = true;
				logger.warn(
					{ error: error instanceof Error ? error.message : String(error) },
					'could not write to the database: keeping writes in memory and retrying',
				);
			}
			queue.push(run);
			if (queue.length > max) {
				queue.shift();
				dropped++;
			}
			schedule();
		});
	};

	return {
		...storage,
		backend: storage.backend,
		recordMiss: (miss) => write(() => storage.recordMiss(miss)),
		recordUsage: (factIds, at) => write(() => storage.recordUsage(factIds, at)),
		addUsage: (rows) => write(() => storage.addUsage(rows)),
		async close() {
			clearTimeout(timer);
			if (queue.length > 0) await drain().catch(() => {});
			await storage.close();
		},
	};
}
