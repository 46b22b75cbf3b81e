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

/** The languages the bot speaks. Quotes stay in the source's language (they are the evidence). */
export type Lang = 'en' | 'ko' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ko', 'ja'];

export interface AskOptions {
	/** The language of the reply; when absent, the question's script decides (Hangul: ko, kana: ja, else en). */
	lang?: Lang;
}

/**
 * One self-contained piece of an answer: a fact with its own quotes. A digest ("what did <country> say") or a message
 * holding several questions has several parts; a plain answer has one.
 */
export interface AnswerPart {
	answer: string;
	citations: Citation[];
	factIds: string[];
}

/**
 * Why the engine answered or not:
 * - answered: a fact (or a date computed from the timeline) answers the question
 * - not-in-article: on topic, but the article does not say
 * - off-topic: not about the article at all (including greetings)
 * - ambiguous: two facts are close; `suggestions` holds both ("did you mean")
 * - empty: nothing left to ask after removing mentions, markdown and filler
 * - chit-chat: a greeting or thanks, no question (surfaces may react instead of replying)
 * - refused: a request to write, pretend, opine or reveal something, or abuse: politely declined
 */
export type AnswerKind = 'answered' | 'not-in-article' | 'off-topic' | 'ambiguous' | 'empty' | 'chit-chat' | 'refused';

export interface Answer {
	answered: boolean;
	kind: AnswerKind;
	/** Plain text, one to three sentences; for abstentions, the honest reply. */
	answer: string;
	citations: Citation[];
	/**
	 * 0..1, calibrated: for an answer, P(the answer is correct) as the engine's model estimates it; for an
	 * abstention, P(abstaining is right), i.e. 1 - P of the best candidate it turned down.
	 */
	confidence: number;
	factIds: string[];
	/** Questions the bot can answer, best first (at most 3 for abstentions). */
	suggestions: Suggestion[];
	/** The source's date (YYYY-MM-DD): every answer is as of the article. */
	asOf: string;
	/** The language of `answer` and of the suggestions' question texts. */
	lang: Lang;
	/** The answer piece by piece, each with its own citations (answered only; `answer` and `citations` join them). */
	parts: AnswerPart[];
}

export interface Topic {
	/** Stable id (knowledge/topics.yaml), the same in every language. */
	id: string;
	name: string;
	facts: Suggestion[];
}

export interface Engine {
	readonly kb: KnowledgeBase;
	/** Answers a free-text question. Never throws on any string input. */
	ask(question: string, options?: AskOptions): Answer;
	/** Answers one fact by id (a picked suggestion or related question); undefined for an unknown id. */
	answerFact(factId: string, options?: AskOptions): Answer | undefined;
	/** Autocomplete: answerable questions for what the user has typed so far (popular ones when empty). */
	suggest(prefix: string, limit?: number, options?: AskOptions): Suggestion[];
	topics(options?: AskOptions): Topic[];
	timeline(options?: AskOptions): TimelineEvent[];
	/**
	 * Builds what the engine otherwise builds on first use (typo indexes, the word list, Fuse indexes), so that a
	 * server's first user does not wait for it. The command line skips it to start fast.
	 */
	warm(): void;
}

export type { Precision };
