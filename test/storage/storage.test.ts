/**
 * One storage interface, the same suite against every backend: SQLite always, PostgreSQL with TEST_DATABASE_URL
 * (each test in its own schema). What is recorded, how votes replace each other, usage counts, settings, retention,
 * and that a restart (reopening the same database) keeps everything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Miss, Storage, VoteRecord } from '../../src/storage/types.js';
import { BACKENDS } from './backends.js';

const miss = (over: Partial<Miss> = {}): Miss => ({
	at: 1_000,
	text: 'what is the capital of france',
	kind: 'off-topic',
	confidence: 0.12,
	closest: ['decision-what', 'pact-signed'],
	surface: 'slash',
	guildId: '1200000000000000001',
	locale: 'en-US',
	...over,
});

const vote = (over: Partial<VoteRecord> = {}): VoteRecord => ({
	messageId: '1400000000000000001',
	userId: '1300000000000000001',
	vote: 'up',
	factIds: ['decision-what'],
	question: 'what did korea decide',
	at: 2_000,
	...over,
});

describe.each(BACKENDS)('The $name storage', (backend) => {
	let opened: Storage[] = [];
	let cleanup: (() => Promise<void>) | undefined;
	const open = async () => {
		const made = await backend.create();
		opened.push(made.storage);
		cleanup = made.cleanup;
		return {
			storage: made.storage,
			again: async () => {
				const s = await made.again();
				opened.push(s);
				return s;
			},
		};
	};
	afterEach(async () => {
		for (const s of opened) await s.close();
		opened = [];
		await cleanup?.();
		cleanup = undefined;
	});

	it('records declined questions without a user id, and lists them since a time, oldest first', async () => {
		const { storage } = await open();
		await storage.recordMiss(miss({ at: 3000, text: 'third' }));
		await storage.recordMiss(miss({ at: 1000, text: 'first' }));
		await storage.recordMiss(miss({ at: 2000, text: 'second', guildId: undefined, locale: undefined, surface: 'dm' }));
		const all = await storage.misses(0);
		expect(all.map((m) => m.text)).toEqual(['first', 'second', 'third']);
		expect(all[0]).toEqual(miss({ at: 1000, text: 'first' }));
		expect(all[1]).toEqual({
			...miss({ at: 2000, text: 'second', surface: 'dm' }),
			guildId: undefined,
			locale: undefined,
		});
		expect(Object.keys(all[1] ?? {})).not.toContain('guildId');
		expect((await storage.misses(2000)).map((m) => m.text)).toEqual(['second', 'third']);
		expect(JSON.stringify(all)).not.toMatch(/userId|user_id/);
	});

	it('keeps one vote per user per message: a new vote replaces the old one and says what it was', async () => {
		const { storage } = await open();
		expect(await storage.recordVote(vote())).toEqual({});
		expect(await storage.recordVote(vote({ vote: 'down', at: 2500 }))).toEqual({ previous: 'up' });
		expect(await storage.recordVote(vote({ userId: '1300000000000000002' }))).toEqual({});
		expect(await storage.recordVote(vote({ messageId: '1400000000000000009' }))).toEqual({});
		const votes = await storage.votes();
		expect(votes).toHaveLength(3);
		expect(votes.find((v) => v.messageId === '1400000000000000001' && v.userId === '1300000000000000001')).toEqual(
			vote({ vote: 'down', at: 2500 }),
		);
	});

	it('adds a reason to an existing vote only', async () => {
		const { storage } = await open();
		await storage.recordVote(vote({ vote: 'down' }));
		expect(await storage.setVoteReason('1400000000000000001', '1300000000000000001', 'the date is wrong')).toBe(true);
		expect(await storage.setVoteReason('1400000000000000001', '1300000000000000999', 'no vote')).toBe(false);
		expect((await storage.votes())[0]?.reason).toBe('the date is wrong');
	});

	it('counts how often each fact was used, most used first', async () => {
		const { storage } = await open();
		await storage.recordUsage(['a', 'b'], 10);
		await storage.recordUsage(['b', 'b'], 20);
		await storage.recordUsage([], 30);
		expect(await storage.usage()).toEqual([
			{ factId: 'b', count: 2, lastAt: 20 },
			{ factId: 'a', count: 1, lastAt: 10 },
		]);
	});

	it('adds batches of uses: counts add up and a fact’s last use only moves forward', async () => {
		const { storage } = await open();
		await storage.recordUsage(['a'], 50);
		await storage.addUsage([
			{ factId: 'a', count: 3, lastAt: 40 },
			{ factId: 'c', count: 5, lastAt: 60 },
		]);
		await storage.addUsage([]);
		expect(await storage.usage()).toEqual([
			{ factId: 'c', count: 5, lastAt: 60 },
			{ factId: 'a', count: 4, lastAt: 50 },
		]);
	});

	it('stores settings per server, with defaults for a server that set none', async () => {
		const { storage } = await open();
		expect(await storage.settings('1')).toEqual({ visibility: 'private', autoAnswerChannels: [] });
		const settings = { visibility: 'public' as const, autoAnswerChannels: ['5', '6'], curatorChannel: '7' };
		await storage.saveSettings('1', settings, 100);
		await storage.saveSettings('2', { visibility: 'private', autoAnswerChannels: [] }, 100);
		expect(await storage.settings('1')).toEqual(settings);
		await storage.saveSettings('1', { ...settings, autoAnswerChannels: [] }, 200);
		expect((await storage.settings('1')).autoAnswerChannels).toEqual([]);
	});

	it('lists the servers with a curator channel, and lets one caller claim each day’s digest', async () => {
		const { storage } = await open();
		await storage.saveSettings('1', { visibility: 'private', autoAnswerChannels: [], curatorChannel: '10' }, 1);
		await storage.saveSettings('2', { visibility: 'private', autoAnswerChannels: [] }, 1);
		expect(await storage.curatorChannels()).toEqual([{ guildId: '1', channelId: '10' }]);
		expect(await storage.claimDigest('1', '2026-12-01', 5)).toBe(true);
		expect(await storage.claimDigest('1', '2026-12-01', 6)).toBe(false);
		expect(await storage.claimDigest('1', '2026-12-02', 7)).toBe(true);
		expect(await storage.claimDigest('2', '2026-12-01', 8)).toBe(true);
	});

	it('enforces retention: declined questions and votes older than the cut are deleted', async () => {
		const { storage } = await open();
		await storage.recordMiss(miss({ at: 100 }));
		await storage.recordMiss(miss({ at: 5000 }));
		await storage.recordVote(vote({ at: 100 }));
		await storage.recordVote(vote({ at: 6000, userId: '1300000000000000003' }));
		expect(await storage.purge(1000)).toBe(2);
		expect((await storage.misses(0)).map((m) => m.at)).toEqual([5000]);
		expect((await storage.votes()).map((v) => v.at)).toEqual([6000]);
	});

	it('keeps votes, misses, usage and settings across a restart', async () => {
		const { storage, again } = await open();
		await storage.recordMiss(miss());
		await storage.recordVote(vote());
		await storage.recordUsage(['a'], 1);
		await storage.saveSettings('1', { visibility: 'public', autoAnswerChannels: ['9'] }, 1);
		await storage.close();
		opened = opened.filter((s) => s !== storage);
		const reopened = await again();
		expect(await reopened.misses(0)).toEqual([miss()]);
		expect(await reopened.votes()).toEqual([vote()]);
		expect(await reopened.usage()).toEqual([{ factId: 'a', count: 1, lastAt: 1 }]);
		expect(await reopened.settings('1')).toEqual({ visibility: 'public', autoAnswerChannels: ['9'] });
	});
});
