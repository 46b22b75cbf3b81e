import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/interactions/cooldown.js';

function clock(start = 0) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('The per-user cooldown (5 questions per 20 s)', () => {
	it('allows 5 questions, refuses the sixth with the time until the oldest leaves the window', () => {
		const c = clock();
		const cooldown = createCooldown({ limit: 5, windowMs: 20_000 }, c.now);
		for (let i = 0; i < 5; i++) {
			expect(cooldown.hit('a')).toEqual({ ok: true });
			c.advance(1000);
		}
		expect(cooldown.hit('a')).toMatchObject({ ok: false, retryAfterMs: 15_000 });
	});

	it('is a sliding window: once the oldest question is 20 s old, one more is allowed', () => {
		const c = clock();
		const cooldown = createCooldown({ limit: 2, windowMs: 20_000 }, c.now);
		cooldown.hit('a');
		c.advance(5000);
		cooldown.hit('a');
		c.advance(14_999);
		expect(cooldown.hit('a')).toMatchObject({ ok: false, retryAfterMs: 1 });
		c.advance(1);
		expect(cooldown.hit('a')).toEqual({ ok: true });
		expect(cooldown.hit('a')).toMatchObject({ ok: false, retryAfterMs: 5000 });
	});

	it('does not count refused questions, and keeps users apart', () => {
		const c = clock();
		const cooldown = createCooldown({ limit: 1, windowMs: 1000 }, c.now);
		expect(cooldown.hit('a')).toEqual({ ok: true });
		c.advance(500);
		expect(cooldown.hit('a')).toMatchObject({ ok: false, retryAfterMs: 500 });
		expect(cooldown.hit('b')).toEqual({ ok: true });
		c.advance(500);
		expect(cooldown.hit('a')).toEqual({ ok: true });
	});

	it('forgets idle users (bounded memory) and still counts active ones', () => {
		const c = clock();
		const cooldown = createCooldown({ limit: 1, windowMs: 1000 }, c.now);
		for (let i = 0; i < 1000; i++) cooldown.hit(`user${i}`);
		c.advance(5000);
		expect(cooldown.hit('user1')).toEqual({ ok: true });
		expect(cooldown.hit('user1')).toMatchObject({ ok: false, retryAfterMs: 1000 });
	});
});
