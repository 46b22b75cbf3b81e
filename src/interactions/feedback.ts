/** 👍/👎 feedback for curators: one JSON object a line, appended to config.feedbackFile. */
import { appendFile } from 'node:fs/promises';
import type { Logger } from '../logger.js';

export interface FeedbackEntry {
	/** ISO time of the click. */
	at: string;
	vote: 'up' | 'down';
	userId: string;
	/** The facts the rated answer came from. */
	factIds: string[];
	/** The question as shown on the rated answer, when known. */
	question?: string;
	guildId?: string;
	messageId?: string;
	/** The voter's language. */
	lang?: string;
}

export interface FeedbackSink {
	record(entry: FeedbackEntry): void;
}

/**
 * Appends each entry to `path` as JSON Lines. Writes are chained so lines never interleave; a failed write is
 * logged, never thrown at the caller (feedback must not break an answer). `flush()` resolves when all are written.
 */
export function fileFeedbackSink(path: string, logger?: Logger): FeedbackSink & { flush(): Promise<void> } {
	let chain: Promise<void> = Promise.resolve();
	return {
		record(entry) {
			const line = `${JSON.stringify(entry)}\n`;
			chain = chain.then(() =>
				appendFile(path, line, 'utf8').catch((error: unknown) => {
					logger?.error({ err: error, path }, 'could not write feedback');
				}),
			);
		},
		flush() {
			return chain;
		},
	};
}

/** Keeps entries in memory: for tests. */
export function memoryFeedbackSink(): FeedbackSink & { entries: FeedbackEntry[] } {
	const entries: FeedbackEntry[] = [];
	return {
		entries,
		record(entry) {
			entries.push(entry);
		},
	};
}
