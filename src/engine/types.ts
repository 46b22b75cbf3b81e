/** The engine's output: one plain object that every surface (Discord, HTTP, CLI) renders. */
import type { KnowledgeBase, Precision, TimelineEvent } from '../knowledge/types.js';

export interface SourceRef {
	id: string;
	title: string;
	publisher: string;
	/** YYYY-MM-DD */
	published: string;
	section: string;
}

export interface Citation {
	/** Verbatim text of the source (copied from the source itself, never from a fact file). */
	quote: string;
	source: SourceRef;
	/** 1-based paragraph of the source. */
	paragraph: number;
}

export interface Suggestion {
	factId: string;
	question: string;
}

/**
 * Why the engine answered or not:
 * - answered: a fact (or a date computed from the timeline) answers the question
 * - not-in-article: on topic, but the article does not say
 * - off-topic: not about the article at all (including greetings)
 * - ambiguous: two facts are close; `suggestions` holds both ("did you mean")
 * - empty: nothing left to ask after removing mentions, markdown and filler
 */
export type AnswerKind = 'answered' | 'not-in-article' | 'off-topic' | 'ambiguous' | 'empty';

export interface Answer {
	answered: boolean;
	kind: AnswerKind;
	/** Plain text, one to three sentences; for abstentions, the honest reply. */
	answer: string;
	citations: Citation[];
	/** 0..1 */
	confidence: number;
	factIds: string[];
	/** Questions the bot can answer, best first (at most 3 for abstentions). */
	suggestions: Suggestion[];
	/** The source's date (YYYY-MM-DD): every answer is as of the article. */
	asOf: string;
}

export interface Topic {
	name: string;
	facts: Suggestion[];
}

export interface Engine {
	readonly kb: KnowledgeBase;
	/** Answers a free-text question. Never throws on any string input. */
	ask(question: string): Answer;
	/** Answers one fact by id (a picked suggestion or related question); undefined for an unknown id. */
	answerFact(factId: string): Answer | undefined;
	/** Autocomplete: answerable questions for what the user has typed so far (popular ones when empty). */
	suggest(prefix: string, limit?: number): Suggestion[];
	topics(): Topic[];
	timeline(): TimelineEvent[];
	/**
	 * Builds what the engine otherwise builds on first use (typo indexes, the word list, Fuse indexes), so that a
	 * server's first user does not wait for it. The command line skips it to start fast.
	 */
	warm(): void;
}

export type { Precision };
