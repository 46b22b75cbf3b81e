/**
 * Between the transports and the engine: an answer cache for repeated questions and a queue that keeps the event
 * loop responsive under load.
 *
 * The cache is keyed by the normalised question (Unicode NFC, case, runs of white space) and the language; answers
 * that depend on today's date ("how long ago...", recognised by the engine's own date-question rule) are never
 * stored, and the key also holds the UTC day, so nothing cached outlives the day it was computed. It is bounded by
 * entry count and each key by MAX_QUESTION_CHARS. A question asked again while the engine is still answering it waits
 * for that same answer instead of costing the engine a second time (ten people asking the same thing at once).
 *
 * The queue runs engine calls one per event-loop turn (a few at most per turn when they are quick), so sockets
 * are read and timers fire between two answers: a request that waits too long can be deferred (see handle.ts)
 * instead of missing Discord's 3-second deadline.
 */

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fold } from '../engine/text/fold.js';
import type { Answer, AskOptions, Engine } from '../engine/types.js';
import { dateQuestion } from '../engine/when.js';
import { packageRoot } from '../paths.js';

/** The longest question a transport passes to the engine; longer ones get a polite refusal instead. */
export const MAX_QUESTION_CHARS = 1000;

type MaybePromise<T> = T | Promise<T>;

export interface Answerer {
	readonly engine: Engine;
	ask(question: string, options?: AskOptions): MaybePromise<Answer>;
	answerFact(factId: string, options?: AskOptions): MaybePromise<Answer | undefined>;
	/** Engine calls waiting in the queue. */
	readonly queued: number;
	/** Stops the engine threads, if any. */
	close?(): Promise<void>;
	/** From now on, engine calls go to `runner` (engine threads started after the server answers). */
	use?(runner: EngineRunner): void;
}

/** How engine calls run: in this thread (a queue that yields between calls), or in worker threads. */
export interface EngineRunner {
	ask(question: string, options?: AskOptions): MaybePromise<Answer>;
	answerFact(factId: string, options?: AskOptions): MaybePromise<Answer | undefined>;
	readonly queued: number;
	close?(): Promise<void>;
}

export interface AnswererOptions {
	/** Where engine calls run. Default: this thread, through a queue (or directly with `queue: false`). */
	runner?: EngineRunner;
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
	return dateQuestion(fold(question)) === 'ago';
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
	/** Questions on their way to the engine: the same question asked again meanwhile waits for the same answer. */
	const inFlight = new Map<string, Promise<Answer>>();
	const queue = options.queue === false ? undefined : createQueue();
	const run = <T>(job: () => T): MaybePromise<T> => (queue ? queue.run(job) : job());
	let runner: EngineRunner = options.runner ?? {
		ask: (question, askOptions) => run(() => engine.ask(question, askOptions)),
		answerFact: (factId, askOptions) => run(() => engine.answerFact(factId, askOptions)),
		get queued() {
			return queue?.length ?? 0;
		},
	};

	const remember = (key: string, answer: Answer) => {
		if (cache.size >= size) cache.delete(cache.keys().next().value as string);
		cache.set(key, answer);
	};

	return {
		engine,
		get queued() {
			return runner.queued;
		},
		close: () => runner.close?.() ?? Promise.resolve(),
		use(next) {
			runner = next;
		},
		ask(question, askOptions) {
			if (size <= 0 || question.length > MAX_QUESTION_CHARS) return runner.ask(question, askOptions);
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
			const waiting = inFlight.get(key);
			if (waiting) return waiting;
			const pending = runner.ask(question, askOptions);
			const keep = (answer: Answer) => {
				if (!isTimeRelative(question)) remember(key, answer);
				return answer;
			};
			if (!(pending instanceof Promise)) return keep(pending);
			const shared = pending.then(keep).finally(() => inFlight.delete(key));
			inFlight.set(key, shared);
			return shared;
		},
		answerFact(factId, askOptions) {
			return runner.answerFact(factId, askOptions);
		},
	};
}

export interface ThreadOptions {
	/** Worker threads (default 1). */
	threads?: number;
	/** A module (URL or path of JavaScript) whose createEngine(kb) the threads use instead of the real engine (tests). */
	engineModule?: string;
}

/**
 * Engine calls in worker threads, each holding its own engine over the same knowledge base. Calls go to the thread
 * with the fewest waiting; until the threads are ready, calls wait. A thread that dies fails its calls (the handler
 * answers them with its error notice) and is replaced.
 */
export function createThreadRunner(
	kb: Engine['kb'],
	options: ThreadOptions = {},
): EngineRunner & { close(): Promise<void>; ready: Promise<void> } {
	// Run from the sources (tsx, vitest), the thread runs the built worker: a worker thread cannot load TypeScript.
	const here = new URL(import.meta.url);
	const script = here.pathname.endsWith('.ts')
		? pathToFileURL(join(packageRoot(), 'dist', 'src', 'interactions', 'engine-worker.js'))
		: new URL('./engine-worker.js', here);
	type Pending = { resolve: (a: Answer | undefined) => void; reject: (e: Error) => void };
	interface Thread {
		worker: Worker;
		pending: Map<number, Pending>;
		ready: Promise<void>;
	}
	let nextId = 0;
	let closing = false;
	const spawn = (): Thread => {
		const worker = new Worker(script, {
			workerData: { kb, engineModule: options.engineModule },
		});
		const pending = new Map<number, Pending>();
		let markReady: () => void = () => {};
		const ready = new Promise<void>((resolve) => {
			markReady = resolve;
		});
		worker.on('message', (message: { ready?: true; id?: number; answer?: Answer; error?: string }) => {
			if (message.ready) return markReady();
			const waiting = pending.get(message.id ?? -1);
			if (!waiting) return;
			pending.delete(message.id as number);
			if (message.error !== undefined) waiting.reject(new Error(message.error));
			else waiting.resolve(message.answer);
		});
		const fail = (error: Error) => {
			for (const p of pending.values()) p.reject(error);
			pending.clear();
			const i = threads.indexOf(thread);
			if (!closing && i >= 0) threads[i] = spawn();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (!closing) fail(new Error(`the engine thread exited (code ${code})`));
		});
		const thread: Thread = { worker, pending, ready };
		return thread;
	};
	const threads: Thread[] = Array.from({ length: Math.max(1, options.threads ?? 1) }, spawn);
	const call = (op: 'ask' | 'fact', text: string, askOptions?: AskOptions) => {
		const thread = threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = nextId++;
		return new Promise<Answer | undefined>((resolve, reject) => {
			thread.pending.set(id, { resolve, reject });
			void thread.ready.then(() => thread.worker.postMessage({ id, op, text, lang: askOptions?.lang }));
		});
	};
	return {
		ready: Promise.all(threads.map((t) => t.ready)).then(() => undefined),
		ask: (question, askOptions) => call('ask', question, askOptions) as Promise<Answer>,
		answerFact: (factId, askOptions) => call('fact', factId, askOptions),
		get queued() {
			return threads.reduce((n, t) => n + t.pending.size, 0);
		},
		async close() {
			closing = true;
			await Promise.all(threads.map((t) => t.worker.terminate()));
		},
	};
}
