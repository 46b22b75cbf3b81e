/** Plain data types of the loaded, validated knowledge base. Nothing here does I/O. */

export type Precision = 'day' | 'month' | 'year';

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** ISO date, YYYY-MM-DD. */
	published: string;
	timezone: string;
	section: string;
	/** The verbatim body, split into paragraphs (1-based in citations). */
	paragraphs: string[];
	/** The whole body as stored. */
	text: string;
	file: string;
}

export interface FactDate {
	/** YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
	date: string;
	precision: Precision;
	what: string;
}

export interface Quote {
	/** Verbatim text as written in the fact file. */
	text: string;
	source: string;
	/** 1-based paragraph of the source the quote comes from. */
	paragraph: number;
}

/** A question type a fact can answer. */
export type AnswerTypeName = 'who' | 'when' | 'where' | 'why' | 'count' | 'duration' | 'said' | 'how' | 'what';

/** What a fact can answer, as curated (the engine adds what it derives from the fact's text). */
export interface FactFrame {
	answers?: AnswerTypeName[];
	speaker?: string;
	about: string[];
	where: string[];
}

export interface Localized {
	question: string;
	answer: string;
}

export interface Fact {
	id: string;
	/** Topic id (topics.yaml). */
	topic: string;
	question: string;
	alternates: string[];
	answer: string;
	quotes: Quote[];
	keywords: string[];
	dates: FactDate[];
	related: string[];
	frame: FactFrame;
	ko?: Localized;
	ja?: Localized;
	file: string;
}

export type EntityKind = 'person' | 'country' | 'organisation' | 'place' | 'agreement' | 'media' | 'thing' | 'event';

export interface Entity {
	id: string;
	kind: EntityKind;
	name: { en: string; ko?: string; ja?: string };
	title?: string;
	names: string[];
	shortNames: string[];
	partOf: string[];
}

export interface Concept {
	id: string;
	words: string[];
}

export interface Topic {
	id: string;
	name: { en: string; ko?: string; ja?: string };
	phrasings: string[];
	digest: string[];
}

export interface TimelineEvent {
	id: string;
	/** The article's own words for when it happened ("Saturday", "Aug. 2", "last month"). */
	said: string;
	date: string;
	precision: Precision;
	what: string;
	/** `what` in Korean and Japanese (where the base speaks them). */
	whatKo?: string;
	whatJa?: string;
	quote: Quote;
	facts: string[];
}

export interface KnowledgeBase {
	sources: Source[];
	/** The source every fact cites unless it names another; its date is the facts' "as of". */
	primary: Source;
	facts: Fact[];
	entities: Entity[];
	concepts: Concept[];
	topics: Topic[];
	timeline: TimelineEvent[];
	/** The languages the base is complete in (kb:check enforces it). */
	languages: ('en' | 'ko' | 'ja')[];
	/** What the bot is about, per language. */
	scope: { en: string; ko?: string; ja?: string };
}

export interface Problem {
	file: string;
	/** Fact, alias or event id, when the problem belongs to one. */
	id?: string;
	field?: string;
	message: string;
}
