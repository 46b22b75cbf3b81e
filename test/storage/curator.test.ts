/**
 * The curators' work list: declined questions grouped by similarity with a suggested action, votes per fact worst
 * first, and the "This should be answerable" button recording a flag the feedback report counts.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { parseConfig } from '../../src/config.js';
import { feedbackReport, groupMisses, parseSince } from '../../src/curator.js';
import { stringsFor } from '../../src/i18n/index.js';
import { createInteractionContext } from '../../src/interactions/context.js';
import { memoryFeedbackSink } from '../../src/interactions/feedback.js';
import { silentLogger } from '../../src/logger.js';
import { respond } from '../../src/render/respond.js';
import { memoryStorage } from '../../src/storage/memory.js';
import type { Miss } from '../../src/storage/types.js';
import { engine, kb } from '../engine/helpers.js';
import { buttonInteraction } from '../http/helpers.js';

const miss = (text: string, kind: string, confidence: number, closest: string[], at = 1): Miss => ({
	at,
	text,
	kind,
	confidence,
	closest,
	surface: 'slash',
});

describe('gsomia misses: grouping', () => {
	it('groups wordings that share their meaningful words, most frequent first, with a suggested action', () => {
		const groups = groupMisses(
			[
				miss('did japan retaliate', 'not-in-article', 0.41, ['japan-reaction-deep-regret']),
				miss('who won the world cup', 'off-topic', 0.05, []),
				miss('Did Japan retaliate?', 'not-in-article', 0.38, ['japan-reaction-deep-regret'], 5),
				miss('how did japan retaliate against korea', 'not-in-article', 0.3, ['japan-reaction-deep-regret']),
				miss('when does gsomia expire', 'not-in-article', 0.12, ['pact-signed']),
			],
			kb,
		);
		expect(groups.map((g) => [g.count, g.examples])).toEqual([
			[3, ['did japan retaliate', 'how did japan retaliate against korea']],
			[1, ['who won the world cup']],
			[1, ['when does gsomia expire']],
		]);
		expect(groups[0]?.suggestion).toEqual({
			action: 'add-alternate',
			factId: 'japan-reaction-deep-regret',
			text: 'add "did japan retaliate" as an alternate of japan-reaction-deep-regret if that fact answers it',
		});
		expect(groups[0]?.closestFact?.id).toBe('japan-reaction-deep-regret');
		expect(groups[1]?.suggestion.action).toBe('off-topic');
		expect(groups[2]?.suggestion.action).toBe('new-fact');
	});

	it('reads --since as days, hours or minutes', () => {
		expect(parseSince('7d')).toBe(7 * 86_400_000);
		expect(parseSince('12h')).toBe(12 * 3_600_000);
		expect(parseSince('30m')).toBe(1_800_000);
		expect(parseSince('3')).toBe(3 * 86_400_000);
		expect(parseSince('soon')).toBeUndefined();
	});
});

describe('"This should be answerable" and gsomia feedback', () => {
	it('a click records a flag with the closest facts, says thanks privately, and the report counts it', async () => {
		const storage = memoryStorage();
		const ctx = createInteractionContext({
			engine,
			registry,
			config: parseConfig({ COOLDOWN_LIMIT: '100' }),
			logger: silentLogger(),
			readsMessages: false,
			feedback: memoryFeedbackSink(),
			storage,
		});
		const customId = registry.ids.encode({ type: 'answerable', factIds: ['pact-signed'] });
		const click = buttonInteraction(customId, {
			embeds: [{ title: 'when does gsomia expire' }],
		}) as unknown as APIInteraction;
		expect((await respond(click, ctx)).body).toEqual({
			type: 4,
			data: { content: stringsFor('en').feedback.flagged, flags: 64, allowed_mentions: { parse: [] } },
		});
		await storage.recordVote({
			messageId: '1',
			userId: '2',
			vote: 'down',
			factIds: ['decision-when'],
			reason: 'r',
			at: 1,
		});
		await storage.recordVote({ messageId: '3', userId: '2', vote: 'up', factIds: ['decision-when'], at: 1 });
		await storage.recordVote({ messageId: '4', userId: '2', vote: 'down', factIds: ['decision-when'], at: 1 });
		await storage.recordUsage(['decision-when'], 1);
		await storage.recordUsage(['decision-when'], 2);
		const report = feedbackReport(await storage.votes(), await storage.usage(), kb);
		expect(report.facts.map((f) => [f.factId, f.up, f.down, f.answerable, f.reasons, f.asked])).toEqual([
			['decision-when', 1, 2, 0, ['r'], 2],
			['pact-signed', 0, 0, 1, [], 0],
		]);
		expect((await storage.votes()).find((v) => v.vote === 'answerable')?.question).toBe('when does gsomia expire');
		expect(report.mostAsked).toEqual([
			{ factId: 'decision-when', question: kb.facts.find((f) => f.id === 'decision-when')?.question, count: 2 },
		]);
	});
});
