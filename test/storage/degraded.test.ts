/**
 * Lost connections later degrade, never crash: writes the user does not wait for (declined questions, usage) are
 * kept and retried until the database answers again; a vote that cannot be saved tells the voter it was not
 * counted.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { createEngine } from '../../src/engine/index.js';
import { stringsFor } from '../../src/i18n/index.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { respond } from '../../src/render/respond.js';
import { memoryStorage } from '../../src/storage/memory.js';
import { resilient } from '../../src/storage/resilient.js';
import type { Storage } from '../../src/storage/types.js';
import { fixtureKb } from '../fixtures/kb.js';
import { buttonInteraction } from '../http/helpers.js';

/** A storage whose writes fail while `down` is true. */
function flaky(): Storage & { down: boolean } {
	const inner = memoryStorage();
	const state = { down: true };
	const guard =
		<A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
		async (...a: A) => {
			if (state.down) throw new Error('connection terminated');
			return f(...a);
		};
	return Object.assign(state, {
		...inner,
		recordMiss: guard(inner.recordMiss),
		recordUsage: guard(inner.recordUsage),
		recordVote: guard(inner.recordVote),
	});
}

const miss = { at: 1, text: 'q', kind: 'off-topic', confidence: 0, closest: [], surface: 'dm' };

describe('When the database goes away and comes back', () => {
	it('keeps declined questions and usage in memory, retries, and saves them in order once it answers', async () => {
		const lines: Record<string, unknown>[] = [];
		const logger = createLogger('info', { write: (c: string) => lines.push(JSON.parse(c)) });
		const base = flaky();
		const storage = resilient(base, logger, { retryMs: 20 });
		await storage.recordMiss({ ...miss, text: 'first' });
		await storage.recordUsage(['a'], 1);
		await storage.recordMiss({ ...miss, text: 'second' });
		expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
		base.down = false;
		for (let i = 0; i < 100 && (await base.misses(0)).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
		expect((await base.misses(0)).map((m) => m.text)).toEqual(['first', 'second']);
		expect(await base.usage()).toEqual([{ factId: 'a', count: 1, lastAt: 1 }]);
		expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'the database answers again: queued writes are saved' });
		await storage.close();
	});

	it('a vote that cannot be saved tells the voter it was not counted', async () => {
		const storage = flaky();
		const config = parseConfig({ COOLDOWN_LIMIT: '100' });
		const ctx = createInteractionContext({
			engine: createEngine(fixtureKb()),
			registry,
			config,
			logger: silentLogger(),
			readsMessages: false,
			feedback: memoryFeedbackSink(),
			storage,
		});
		const customId = registry.ids.encode({ type: 'vote', vote: 'up', count: 0, factIds: ['decision-what'] });
		const click = buttonInteraction(customId, { messageFlags: 0 }) as unknown as APIInteraction;
		const failed = (await respond(click, ctx)).body as { type: number; data: { content: string; flags: number } };
		expect(failed).toEqual({
			type: 4,
			data: { content: stringsFor('en').feedback.failed, flags: 64, allowed_mentions: { parse: [] } },
		});
		storage.down = false;
		const counted = (await respond(click, ctx)).body as { type: number };
		expect(counted.type).toBe(7);
		expect(await storage.votes()).toHaveLength(1);
	});
});
