/**
 * Between the transports and the engine: an answer cache for repeated questions and a queue that keeps the event
 * loop responsive under load.
 *
 * The cache is keyed by the normalised question (Unicode NFC, case, runs of white space) and the language; answers
 * that depend on today's date ("how long ago...", recognised by the engine's own date-question rule) are never
 * stored, and the key also holds the UTC day, so nothing cached outlives the day it was computed. It is bounded by
 * entry count and each key by MAX_QUESTION_CHARS.
 *
 * The queue runs engine calls one per event-loop turn (a few at most per turn when they are quick), so sockets
 * are read and timers fire between two answers: a request that waits too long can be deferred (see handle.ts)
 * instead of missing Discord's 3-second deadline.
 */

import { foldText } from '../engine/normalize.js';
import type { Answer, AskOptions, Engine } from '../engine/types.js';
import { dateQuestion } from '../engine/when.js';

/** The longest question a transport passes to the engine; longer ones get a polite refusal instead. */
export const MAX_QUESTION_CHARS = 1000;

type MaybePromise<T> = T | Promise<T>;

export interface Answerer {
	readonly engine: Engine;
	ask(question: string, options?: AskOptions): MaybePromise<Answer>;
	answerFact(factId: string, options?: AskOptions): MaybePromise<Answer | undefined>;
	/** Engine calls waiting in the queue. */
	readonly queued: number;
}

export interface AnswererOptions {
	/** Answers kept (0: no cache). Default 2000. */
	cacheSize?: number;
	/** Called on every cache look-up (metrics). */
	onCache?: (hit: boolean) => void;
	/** Run engine calls through the queue (default true). false: call the engine directly (CLI, tests). */
	queue?: boolean;
	now?: () => number;
}

/** The cache key's question part: what cannot change the engine's reading of it. */
export function normaliseQuestion(question: string): string {
	return question.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the answer depends on today's date (the engine computes "how long ago" from the clock). */
export function isTimeRelative(question: string): boolean {
	return dateQuestion(foldText(question)) === 'ago';
}

/** Runs jobs in order, yielding to the event loop between them once a turn has used `sliceMs`. */
export function createQueue(sliceMs = 4) {
	const jobs: (() => void)[] = [];
	let scheduled = false;
	const drain = () => {
		scheduled = false;
		const until = performance.now() + sliceMs;
		while (jobs.length > 0) {
			(jobs.shift() as () => void)();
			if (performance.now() >= until) break;
		}
		if (jobs.length > 0) schedule();
	};
	const schedule = () => {
		if (scheduled) return;
		scheduled = true;
		setImmediate(drain);
	};
	return {
		get length() {
			return jobs.length;
		},
		run<T>(job: () => T): Promise<T> {
			return new Promise<T>((resolve, reject) => {
				jobs.push(() => {
					try {
						resolve(job());
					} catch (error) {
						reject(error);
					}
				});
				schedule();
			});
		},
	};
}

export function createAnswerer(engine: Engine, options: AnswererOptions = {}): Answerer {
	const size = options.cacheSize ?? 2000;
	const now = options.now ?? Date.now;
	const cache = new Map<string, Answer>();
	const queue = options.queue === false ? undefined : createQueue();
	const run = <T>(job: () => T): MaybePromise<T> => (queue ? queue.run(job) : job());

	const remember = (key: string, answer: Answer) => {
		if (cache.size >= size) cache.delete(cache.keys().next().value as string);
		cache.set(key, answer);
	};

	return {
		engine,
		get queued() {
			return queue?.length ?? 0;
		},
		ask(question, askOptions) {
			if (size <= 0 || question.length > MAX_QUESTION_CHARS) return run(() => engine.ask(question, askOptions));
			const day = Math.floor(now() / 86_400_000);
			const key = `${day}\u0000${askOptions?.lang ?? ''}\u0000${normaliseQuestion(question)}`;
			const hit = cache.get(key);
			options.onCache?.(hit !== undefined);
			if (hit) {
				// Least recently used goes first: a hit moves to the end.
				cache.delete(key);
				cache.set(key, hit);
				return hit;
			}
			return run(() => {
				const answer = engine.ask(question, askOptions);
				if (!isTimeRelative(question)) remember(key, answer);
				return answer;
			});
		},
		answerFact(factId, askOptions) {
			return run(() => engine.answerFact(factId, askOptions));
		},
	};
}
