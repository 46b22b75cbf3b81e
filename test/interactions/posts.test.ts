import { describe, expect, it } from 'vitest';
import { type Action, decodeCustomId, encodeAction } from '../../src/interactions/actions.js';
import { memoryPostLog, messageUrl, postKey } from '../../src/interactions/posts.js';
import { memoryVoteBook } from '../../src/interactions/votes.js';

describe('The no-repeat window (in memory)', () => {
	const setup = (windowMs = 1000, maxPosts?: number) => {
		let now = 0;
		const log = memoryPostLog({ windowMs, maxPosts, now: () => now });
		return { log, tick: (ms: number) => (now += ms), at: () => now };
	};
	const post = (channelId: string, key: string, at: number) => ({ channelId, guildId: 'g', key, at });

	it('the first post of a fact in a channel is allowed; the next within the window gets the first back', async () => {
		const { log, tick } = setup();
		expect(await log.claim(post('c', 'a', 0))).toBeUndefined();
		await log.posted(post('c', 'a', 0), 'm1');
		tick(999);
		expect(await log.claim(post('c', 'a', 999))).toEqual({
			channelId: 'c',
			guildId: 'g',
			key: 'a',
			at: 0,
			messageId: 'm1',
		});
		// Another channel or another fact is free.
		expect(await log.claim(post('d', 'a', 999))).toBeUndefined();
		expect(await log.claim(post('c', 'b', 999))).toBeUndefined();
		tick(1);
		expect(await log.claim(post('c', 'a', 1000))).toBeUndefined();
	});

	it('a released claim (not posted) or a deleted post frees the channel; an old claim cannot be released twice', async () => {
		const { log } = setup();
		await log.claim(post('c', 'a', 0));
		await log.release(post('c', 'a', 0));
		expect(await log.claim(post('c', 'a', 1))).toBeUndefined();
		await log.release(post('c', 'a', 0));
		expect(await log.claim(post('c', 'a', 2))).toMatchObject({ at: 1 });
		await log.posted(post('c', 'a', 1), 'm');
		await log.forget('c', 'm');
		expect(await log.claim(post('c', 'a', 3))).toBeUndefined();
	});

	it('window 0 allows everything and keeps nothing; memory stays bounded', async () => {
		const off = setup(0);
		expect(await off.log.claim(post('c', 'a', 0))).toBeUndefined();
		expect(await off.log.claim(post('c', 'a', 0))).toBeUndefined();
		const small = setup(10_000, 2);
		await small.log.claim(post('c', 'a', 0));
		await small.log.claim(post('c', 'b', 0));
		await small.log.claim(post('c', 'c', 0));
		await small.log.claim(post('c', 'd', 0));
		// The oldest ("a") was dropped to keep at most two.
		expect(await small.log.claim(post('c', 'a', 0))).toBeUndefined();
	});

	it('keys and links', () => {
		expect(postKey(['b', 'a', 'b'])).toBe('a,b');
		expect(messageUrl('1', '2', '3')).toBe('https://discord.com/channels/1/2/3');
		expect(messageUrl(undefined, '2', '3')).toBe('https://discord.com/channels/@me/2/3');
	});
});

describe('Votes counted once per member', () => {
	it('remembers who voted on which message, and forgets the oldest past its bound', () => {
		const book = memoryVoteBook(2);
		expect(book.first('m', 'u1')).toBe(true);
		expect(book.first('m', 'u1')).toBe(false);
		expect(book.first('m', 'u2')).toBe(true);
		expect(book.first('n', 'u1')).toBe(true);
		expect(book.first('m', 'u1')).toBe(true);
	});
});

describe('Component custom ids', () => {
	it('round-trip every action', () => {
		const actions: Action[] = [
			{ type: 'related' },
			{ type: 'vote', vote: 'up', count: 12, factIds: ['a', 'b'] },
			{ type: 'share', factIds: ['a'] },
			{ type: 'delete', owners: ['1', '2'] },
			{ type: 'topics' },
			{ type: 'topic' },
			{ type: 'questions', topicId: 't' },
			{ type: 'back', topicId: 't' },
		];
		for (const action of actions) {
			const id = encodeAction('p', action);
			expect(decodeCustomId(id)).toEqual({ prefix: 'p', action });
		}
	});

	it('reads nothing from a malformed id', () => {
		for (const id of ['', 'p', 'p:unknown', 'p:vote:up:-1:a', 'p:vote:up:x:a', 'p:share:', 'p:questions', 'p:back:']) {
			expect(decodeCustomId(id).action).toBeUndefined();
		}
	});
});
