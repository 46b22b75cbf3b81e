/**
 * Per-user sliding-window budget: at most `limit` units in any `windowMs`. Every surface spends from the same
 * budget (see COSTS): an answer costs 1, a command that shows a list costs less, an autocomplete keystroke a tenth.
 * A refused hit spends nothing and does not extend the wait, and `notify` is true only for the first refusal after
 * an allowed hit, so a user who keeps trying is told once, not once per message. Memory is bounded by the users seen
 * in the last window (old entries are dropped on every hit, idle users are swept).
 */

export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number; notify: boolean };

/** What each surface spends from the budget (COOLDOWN_LIMIT units per COOLDOWN_WINDOW_SECONDS). */
export const COSTS = {
	/** A question answered by the engine (any surface). */
	answer: 1,
	/** /topics, /timeline, /source, /help, "help" in a DM. */
	view: 0.5,
	/** A click on a button or menu (votes, topic navigation); an answer it leads to costs `answer` on top. */
	component: 0.25,
	/** One autocomplete request (Discord sends one per keystroke or so). */
	autocomplete: 0.1,
} as const;

export interface Cooldown {
	/** Spends `cost` (default 1) of `userId`'s budget when allowed. May be async (a shared store). */
	hit(userId: string, cost?: number): CooldownResult | Promise<CooldownResult>;
}

export interface CooldownOptions {
	limit: number;
	windowMs: number;
}

interface UserLog {
	/** Times and costs (in hundredths) of allowed hits in the window, oldest first, from `first` on. */
	hits: { at: number; units: number }[];
	/** Index of the oldest hit still in the window (older ones are dropped in bulk, not one shift at a time). */
	first: number;
	/** Hundredths spent by the hits in the window. */
	spent: number;
	/** The user was already told they are over budget. */
	told: boolean;
}

export function createCooldown(
	opts: CooldownOptions,
	now: () => number = Date.now,
): Cooldown & { hit(userId: string, cost?: number): CooldownResult } {
	const users = new Map<string, UserLog>();
	let lastSweep = now();
	const sweep = (t: number) => {
		if (t - lastSweep < opts.windowMs) return;
		lastSweep = t;
		for (const [user, log] of users) {
			if ((log.hits.at(-1)?.at ?? 0) <= t - opts.windowMs) users.delete(user);
		}
	};
	// Costs are summed in hundredths so that ten autocompletes make exactly one answer.
	const units = (cost: number) => Math.round(cost * 100);
	return {
		hit(userId, cost = 1) {
			const t = now();
			sweep(t);
			const log = users.get(userId) ?? { hits: [], first: 0, spent: 0, told: false };
			// Hits leave the window oldest first: the cost of a hit does not grow with the hits in the window.
			while (log.first < log.hits.length && (log.hits[log.first]?.at ?? t) <= t - opts.windowMs) {
				log.spent -= log.hits[log.first]?.units ?? 0;
				log.first++;
			}
			if (log.first > 32 && log.first * 2 > log.hits.length) {
				log.hits = log.hits.slice(log.first);
				log.first = 0;
			}
			const spent = log.spent;
			if (spent + units(cost) > units(opts.limit)) {
				// The wait: until enough of the oldest hits leave the window to make room for this one.
				let free = units(opts.limit) - spent;
				let until = t;
				for (let i = log.first; i < log.hits.length; i++) {
					const h = log.hits[i] as { at: number; units: number };
					free += h.units;
					until = h.at + opts.windowMs;
					if (free >= units(cost)) break;
				}
				const notify = !log.told;
				log.told = true;
				users.set(userId, log);
				return { ok: false, retryAfterMs: Math.max(1, until - t), notify };
			}
			if (cost > 0) {
				log.hits.push({ at: t, units: units(cost) });
				log.spent += units(cost);
			}
			log.told = false;
			users.set(userId, log);
			return { ok: true };
		},
	};
}
