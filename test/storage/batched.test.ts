/**
 * Fact usage is summed in memory and written in batches: one write for many answers, nothing lost on close, and a
 * read sees what is still pending.
 */
import { describe, expect, it } from 'vitest';
import { batchedUsage } from '../../src/storage/batched.js';
import { memoryStorage } from '../../src/storage/memory.js';
import type { FactUsage, Storage } from '../../src/storage/types.js';

/** A memory storage that records each batch written to it. */
function recording(): Storage & { batches: FactUsage[][]; closed: boolean } {
	const inner = memoryStorage();
	const state = { batches: [] as FactUsage[][], closed: false };
	return Object.assign(state, {
		...inner,
		async addUsage(rows: FactUsage[]) {
			state.batches.push(rows.map((r) => ({ ...r })));
			await inner.addUsage(rows);
		},
		async close() {
			state.closed = true;
			await inner.close();
		},
	});
}

describe('Batched fact usage', () => {
	it('sums many answers into one write once the interval is over', async () => {
		const base = recording();
		const storage = batchedUsage(base, { flushMs: 20 });
		await storage.recordUsage(['a', 'b'], 10);
		await storage.recordUsage(['b', 'b'], 30);
		await storage.recordUsage(['a'], 20);
		expect(base.batches).toEqual([]);
		for (let i = 0; i < 100 && base.batches.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
		expect(base.batches).toEqual([
			[
				{ factId: 'a', count: 2, lastAt: 20 },
				{ factId: 'b', count: 2, lastAt: 30 },
			],
		]);
		expect(await base.usage()).toEqual([
			{ factId: 'a', count: 2, lastAt: 20 },
			{ factId: 'b', count: 2, lastAt: 30 },
		]);
		await storage.close();
	});

	it('a read writes what is pending first, and close writes the rest before closing', async () => {
		const base = recording();
		const storage = batchedUsage(base, { flushMs: 60_000 });
		await storage.recordUsage(['a'], 1);
		expect(await storage.usage()).toEqual([{ factId: 'a', count: 1, lastAt: 1 }]);
		await storage.recordUsage(['c'], 2);
		await storage.close();
		expect(base.batches).toEqual([[{ factId: 'a', count: 1, lastAt: 1 }], [{ factId: 'c', count: 1, lastAt: 2 }]]);
		expect(base.closed).toBe(true);
		expect(await base.usage()).toEqual([
			{ factId: 'a', count: 1, lastAt: 1 },
			{ factId: 'c', count: 1, lastAt: 2 },
		]);
	});
});
