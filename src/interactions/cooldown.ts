/**
 * Per-user sliding-window cooldown: at most `limit` hits in any `windowMs`. Memory is bounded by the users seen in
 * the last window (old timestamps are dropped on every hit, idle users are swept).
 */

export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number };

export interface Cooldown {
	/** Records a hit for `userId` when allowed; a refused hit is not recorded (it does not extend the wait). */
	hit(userId: string): CooldownResult;
}

export interface CooldownOptions {
	limit: number;
	windowMs: number;
}

export function createCooldown(opts: CooldownOptions, now: () => number = Date.now): Cooldown {
	const hits = new Map<string, number[]>();
	let lastSweep = now();
	const sweep = (t: number) => {
		if (t - lastSweep < opts.windowMs) return;
		lastSweep = t;
		for (const [user, times] of hits) {
			if ((times.at(-1) ?? 0) <= t - opts.windowMs) hits.delete(user);
		}
	};
	return {
		hit(userId) {
			const t = now();
			sweep(t);
			const recent = (hits.get(userId) ?? []).filter((at) => at > t - opts.windowMs);
			if (recent.length >= opts.limit) {
				hits.set(userId, recent);
				const oldest = recent[0] ?? t;
				return { ok: false, retryAfterMs: Math.max(1, oldest + opts.windowMs - t) };
			}
			recent.push(t);
			hits.set(userId, recent);
			return { ok: true };
		},
	};
}
