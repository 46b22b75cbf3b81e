/**
 * Fact usage in batches: every answered question counts one use of its facts, which made one database write per
 * answer (with SQLite, a synchronous transaction on the event loop). Uses are summed in memory instead and written
 * together every `flushMs` (default 1 s), in one transaction or statement; reading the usage, or closing, writes
 * what is pending first. A crash loses at most the last second's counts. Everything else passes through.
 */
import type { FactUsage, Storage } from './types.js';

export interface BatchedUsageOptions {
	/** How long uses are summed before they are written. Default 1000 ms. */
	flushMs?: number;
}

export function batchedUsage(storage: Storage, options: BatchedUsageOptions = {}): Storage {
	const flushMs = options.flushMs ?? 1000;
	let pending = new Map<string, FactUsage>();
	let timer: NodeJS.Timeout | undefined;
	const add = ({ factId, count, lastAt }: FactUsage) => {
		const row = pending.get(factId);
		if (row) {
			row.count += count;
			row.lastAt = Math.max(row.lastAt, lastAt);
		} else pending.set(factId, { factId, count, lastAt });
		if (!timer) {
			timer = setTimeout(() => void flush().catch(() => {}), flushMs);
			timer.unref();
		}
	};
	const flush = async () => {
		clearTimeout(timer);
		timer = undefined;
		if (pending.size === 0) return;
		const rows = [...pending.values()];
		pending = new Map();
		await storage.addUsage(rows);
	};
	return {
		...storage,
		backend: storage.backend,
		async recordUsage(factIds, at) {
			for (const factId of new Set(factIds)) add({ factId, count: 1, lastAt: at });
		},
		async addUsage(rows) {
			for (const row of rows) add(row);
		},
		async usage() {
			await flush();
			return storage.usage();
		},
		async close() {
			try {
				await flush();
			} finally {
				await storage.close();
			}
		},
	};
}
