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

export interface Fact {
	id: string;
	topic: string;
	question: string;
	alternates: string[];
	answer: string;
	quotes: Quote[];
	keywords: string[];
	dates: FactDate[];
	related: string[];
	file: string;
}

export interface Alias {
	/** The name the engine expands every other name to. */
	canonical: string;
	kind: 'agreement' | 'person' | 'organisation' | 'place' | 'list' | 'term' | 'country' | 'title';
	title?: string;
	names: string[];
}

export interface TimelineEvent {
	id: string;
	/** The article's own words for when it happened ("Saturday", "Aug. 2", "last month"). */
	said: string;
	date: string;
	precision: Precision;
	what: string;
	quote: Quote;
	facts: string[];
}

export interface KnowledgeBase {
	sources: Source[];
	/** The source every fact cites unless it names another; its date is the facts' "as of". */
	primary: Source;
	facts: Fact[];
	aliases: Alias[];
	timeline: TimelineEvent[];
}

export interface Problem {
	file: string;
	/** Fact, alias or event id, when the problem belongs to one. */
	id?: string;
	field?: string;
	message: string;
}
