/**
 * The engine: a pure function of the knowledge base from a question to an `Answer`. No I/O, no Discord.
 */

import { getDay } from 'date-fns/getDay';
import { parseISO } from 'date-fns/parseISO';
import type { Fact, KnowledgeBase, TimelineEvent } from '../knowledge/types.js';
import { isEnglishWord } from './dictionary.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { FIELD_WEIGHTS, Matcher, type ParsedQuery, type QueryTerm, type Scored } from './matcher.js';
import { messages } from './messages.js';
import {
	AFTER_ARTICLE,
	ATTRIBUTE_WORDS,
	foldCached,
	foldText,
	GENERIC_WORDS,
	type QuestionType,
	questionType,
	stem,
	type TimeRef,
	timeRefs,
	words,
} from './normalize.js';
import { Suggester } from './suggest.js';
import type { Answer, Citation, Engine, SourceRef, Suggestion, Topic } from './types.js';
import { ago, between, dateQuestion, type Span } from './when.js';

export type { Answer, Citation, Engine, SourceRef, Suggestion, Topic } from './types.js';

type LegacyAnswer = Omit<Answer, 'lang' | 'parts'>;

export interface EngineOptions {
	/** The clock for "how long ago" questions; injectable for tests. */
	now?: () => Date;
}

/** Thresholds of the decision to answer, on the matcher's 0..1 scales. */
export const THRESHOLDS = {
	/** Below this best score nothing is about the question: off topic. */
	offTopic: 0.2,
	/** An answer needs at least this score... */
	answer: 0.4,
	/** ...and this share of the question's weight covered by the fact. */
	coverage: 0.45,
	/** ...and at least this much covered weight: about one distinctive word, more than "Korea" and "Japan". */
	evidence: 1.5,
	/** A rival this close to the best fact makes the question ambiguous. */
	tieMargin: 0.01,
} as const;

const MAX_SUGGESTIONS = 3;
/** "How many days between", "how long ago": the frame of a date question, not words of the events it names. */
const DATE_FRAME = new Set(
	'many much long ago after before between since until till from force effect place existed exist lasted last running old days weeks months years'.split(
		' ',
	),
);
/** Score lift for a fact phrased as the same kind of question as the one asked (and drop for one that is not). */
const TYPE_BONUS = 0.1;
/** A question about something said or done in the past ("what did X say", "how did X react"), not "what does
 * the move say about ..." */
const PAST_SPEECH = /^(?:what|how|why) did\b|\b(?:react|reacted|respond|responded)$/;
/** Words that count anything ("how many times"): any number answers them. */
const COUNT_UNITS = new Set(['times', 'time', 'occasions', 'days', 'weeks', 'months', 'years', 'people']);
/** How far from a number the thing it counts may stand in an answer. */
const COUNT_REACH = 5;
/** How many words before a verb of saying its subject may stand ("what did the korean foreign minister tell"). */
const SPEAKER_REACH = 4;
/** Text without its dates, so "Aug. 22, 2019" does not count as a number in a "how many" answer. */
function withoutDates(text: string): string {
	return text
		.replace(
			/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?(,\s*\d{4})?/gi,
			' ',
		)
		.replace(/\b(19|20)\d\d\b/g, ' ');
}

/** Past-tense words of something happening: with a date after the article, a question it cannot answer. */
const HAPPENED = /\b(happened|happens|happen|arrived|arrives|occurred|took place|turned out|went down)\b/;

/** Verbs of saying in an answer or quote ("said", "told", "expressed", "according"). */
const STATED_WORD =
	/^(said|say|says|told|tell|tells|expressed|express|called|calls|replied|reply|urged|warned|described|condemn\w*|appeal\w*|quoted|according|reported|reportedly|announced|announce|announces|regret|regrettable|believes|concluded|determined)$/;
/** Verbs of saying and reacting, as questions use them. */
const SPEECH_VERBS =
	'say|said|says|saying|tell|told|react|reacted|reaction|respond|responded|response|comment|commented|statement|think|thought|opinion|view|stance|reply|replied|urge|urged|warn|warned|feel|felt';
/** A question about what someone said or how they reacted: the verb comes a few words after "what/how/did...". */
const ASKED_SPEECH = new RegExp(`\\b(?:what|how|did|does|do|has|have|had|why)\\b(?: \\S+){0,6}? (${SPEECH_VERBS})\\b`);
const GREETING =
	/^(hi|hey|hello|yo|sup|hiya|howdy|gm|gn|good (morning|night|evening|afternoon)|thanks?|thank you|thx|ty|ok|okay|lol|bye|안녕|안녕하세요|고마워|감사합니다)( (all|everyone|guys|folks|bot|there|y ?all))?$/;

/** A value computed on first use and kept: the command line answers one question and needs few of them. */
function lazy<T>(make: () => T): () => T {
	let value: T | undefined;
	let made = false;
	return () => {
		if (!made) {
			value = make();
			made = true;
		}
		return value as T;
	};
}

export function createEngine(
	kb: KnowledgeBase,
	options: EngineOptions = {},
): Engine & { debug: (question: string) => unknown } {
	const now = options.now ?? (() => new Date());
	const lexicon: Lexicon = createLexicon(kb.aliases);
	const matcher = new Matcher(
		kb.facts,
		lexicon,
		kb.aliases.flatMap((a) => [a.canonical, ...a.names]),
	);
	const byId = new Map(kb.facts.map((f) => [f.id, f]));
	const asOf = kb.primary.published;
	const sourceRefs = new Map<string, SourceRef>(
		kb.sources.map((s) => [
			s.id,
			{ id: s.id, title: s.title, publisher: s.publisher, published: s.published, section: s.section },
		]),
	);
	const people = lexicon.canonicalOf('person');
	const organisations = lexicon.canonicalOf('organisation');
	const parties = new Set(['southkorea', 'japan'].map(stem));
	const venues = new Set(
		[...lexicon.canonicalOf('place'), ...lexicon.canonicalOf('country')].map(stem).filter((v) => !parties.has(v)),
	);
	// Named things a question can be about. The two parties to the pact are in nearly every fact, so they do not
	// tell facts apart; anyone or anything else named in a question must be named by the fact that answers it.
	const entities = new Set(
		[...people, ...organisations, ...lexicon.canonicalOf('country'), ...lexicon.canonicalOf('place')]
			.map(stem)
			.filter((e) => !parties.has(e)),
	);

	// "Most asked" without usage data: the facts other facts point to most, then file order.
	const inbound = new Map<string, number>();
	for (const f of kb.facts) for (const r of f.related) inbound.set(r, (inbound.get(r) ?? 0) + 1);
	const popular = [...kb.facts]
		.map((f, i) => ({ f, i }))
		.sort((a, b) => (inbound.get(b.f.id) ?? 0) - (inbound.get(a.f.id) ?? 0) || a.i - b.i)
		.map(({ f }) => f);

	const suggestionOf = (f: Fact): Suggestion => ({ factId: f.id, question: f.question });
	const citationOf = (q: { text: string; source: string; paragraph: number }): Citation => ({
		quote: q.text,
		source: sourceRefs.get(q.source) ?? (sourceRefs.get(kb.primary.id) as SourceRef),
		paragraph: q.paragraph,
	});

	/** Canonical terms of each fact's answer, for the question-type check. */
	const answerTerms = new Map(kb.facts.map((f) => [f.id, new Set(words(lexicon.canonicalize(foldCached(f.answer))))]));
	const phrasingText = new Map(
		kb.facts.map((f) => [f.id, ` ${[f.question, ...f.alternates].map(foldCached).join(' | ')} `]),
	);

	/** Can this fact answer this kind of question at all? ("who" needs a person, "how many" a number, ...) */
	function fits(fact: Fact, type: QuestionType): boolean {
		const terms = answerTerms.get(fact.id) ?? new Set<string>();
		const phrasings = phrasingText.get(fact.id) ?? '';
		const has = (set: Set<string>) => [...terms].some((t) => set.has(t));
		switch (type) {
			case 'who':
				return has(people) || has(organisations) || /\bwho|누구|누가/.test(phrasings);
			case 'how-many':
				return (
					/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|once|twice|several|most)\b/.test(
						withoutDates(fact.answer),
					) || /how many|how much|몇/.test(phrasings)
				);
			case 'when':
				return (
					fact.dates.length > 0 ||
					/\b(19|20)\d\d\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\./i.test(
						fact.answer,
					) ||
					/when|언제|며칠/.test(phrasings)
				);
			case 'duration':
				return (
					/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+(days?|weeks?|months?|years?)\b|\bfor (days|weeks|months|years)\b/i.test(
						fact.answer,
					) || /how long/.test(phrasings)
				);
			case 'where':
				return has(venues) || /where|어디|which city|what city|which country/.test(phrasings);
			case 'why':
				return /\bwhy\b|reason|how come|왜|이유/.test(phrasings);
			default:
				return true;
		}
	}

	/**
	 * At least one distinctive word of the question is one the fact is about (in its question, alternates or
	 * keywords), not just a word that happens to occur in its answer ("good", "time").
	 */
	function anchored(s: Scored, query: ParsedQuery): boolean {
		return query.terms.some((qt) =>
			qt.matches.some(
				(m) =>
					!parties.has(m.term) && m.quality >= 0.8 && matcher.factWeight(s.index, m.term) >= FIELD_WEIGHTS.keywords,
			),
		);
	}

	// Words that can carry a match on their own: names and terms of the lexicon, the facts' curated keywords,
	// and words that are no everyday English (names, acronyms), but never the most common everyday words.
	const topicalTerms = new Set<string>();
	for (const a of kb.aliases)
		for (const w of words(lexicon.canonicalize(foldCached(a.canonical)))) topicalTerms.add(stem(w));
	for (const f of kb.facts)
		for (const k of f.keywords) for (const t of matcher.terms(k)) if (!/^\d$/.test(t)) topicalTerms.add(t);
	const topical = (term: string) =>
		!parties.has(term) &&
		!GENERIC_WORDS.has(term) &&
		(topicalTerms.has(term) || (!isEnglishWord(term) && !/^\d+$/.test(term)));

	/** The fact shares at least one topical word with the question. */
	function topicalMatch(s: Scored, query: ParsedQuery): boolean {
		return query.terms.some((qt) => qt.matches.some((m) => topical(m.term) && matcher.factHas(s.index, m.term)));
	}

	/** Every fact's own words, folded, for the time rule. */
	const factText = lazy(
		() =>
			new Map(
				kb.facts.map((f) => [
					f.id,
					` ${foldText([f.question, ...f.alternates, ...f.keywords, f.answer, ...f.quotes.map((q) => q.text)].join(' '))} `,
				]),
			),
	);

	/** A question that names a time (a weekday, a month, a year) is answered only by a fact of that time. */
	function timeOk(s: Scored, refs: TimeRef[]): boolean {
		const text = factText().get(s.fact.id) ?? '';
		return refs.every((ref) => {
			if (text.includes(` ${ref.words} `)) return true;
			return s.fact.dates.some((d) => {
				const [year, month, day] = d.date.split('-').map(Number);
				switch (ref.kind) {
					case 'year':
						return year === ref.value;
					case 'month':
						return month === ref.value + 1;
					case 'day':
						return month === ref.value + 1 && (d.precision !== 'day' || day === ref.day);
					case 'weekday':
						return d.precision === 'day' && getDay(parseISO(d.date)) === ref.value;
					default:
						return false;
				}
			});
		});
	}

	/**
	 * Who speaks in each fact: the (stemmed, canonical) names standing near a verb of saying in its answer or
	 * quotes ("Suga said", "according to Kyodo News", "a Japanese government official expressed").
	 */
	const speakers = lazy(
		() =>
			new Map(
				kb.facts.map((f) => {
					const found = new Set<string>();
					for (const text of [f.answer, ...f.quotes.map((q) => q.text)]) {
						const ws = words(lexicon.canonicalize(foldCached(text)));
						ws.forEach((w, i) => {
							if (!STATED_WORD.test(w)) return;
							// "according to X": the source follows; "X said", "said X": either side, close by.
							const window = w === 'according' ? ws.slice(i + 1, i + 6) : ws.slice(Math.max(0, i - 9), i + 6);
							for (const near of window) found.add(stem(near));
						});
					}
					return [f.id, found] as const;
				}),
			),
	);
	const speaks = (factId: string, term: string) => speakers().get(factId)?.has(term) ?? false;

	/** Each fact's answer as canonical words, for finding what its numbers count. */
	const answerWords = lazy(
		() =>
			new Map(kb.facts.map((f) => [f.id, words(lexicon.canonicalize(foldCached(withoutDates(f.answer)))).map(stem)])),
	);
	const NUMBER =
		/^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|once|twice)$/;

	/**
	 * "How many X": the fact must count X, a number standing near X in its answer ("29 times", "seven times this
	 * year"), not merely mention X near some other number ("29 exchanges ... when missile tests peaked").
	 */
	function countsOk(s: Scored, query: ParsedQuery): boolean {
		const match = /\bhow (?:many|much)\s+(\S+)/.exec(query.canonical);
		if (!match) return true;
		const counted = query.terms.find((t) => t.word === match[1]);
		if (!counted?.known || COUNT_UNITS.has(counted.word)) return true;
		const ws = answerWords().get(s.fact.id) ?? [];
		return ws.some(
			(w, i) =>
				NUMBER.test(w) &&
				ws
					.slice(Math.max(0, i - COUNT_REACH), i + COUNT_REACH + 1)
					.some((n) => counted.matches.some((m) => m.term === n)),
		);
	}

	/**
	 * "What did X say / how did X react": X must be what the fact is about (named in its question or an
	 * alternate), not someone its answer mentions in passing.
	 */
	/**
	 * Who a question about speech asks about, worked out once per question: 'none' when it is no such question or
	 * names nobody just before the verb, 'unknown' when that word is someone the article never mentions ("how did
	 * the stock market react"), else the speaker's word.
	 */
	function speakerOf(query: ParsedQuery): QueryTerm | 'none' | 'unknown' {
		// A question about speech asks it: "what did X say", "how did X react" (not "nobody answered this: ...").
		const verb = ASKED_SPEECH.exec(query.canonical);
		if (!verb) return 'none';
		const ws = query.canonical.split(' ');
		const at = query.canonical.slice(0, verb.index + verb[0].length - (verb[1]?.length ?? 0)).split(' ').length - 1;
		// The words just before the verb, nearest first: only they can be its subject ("what did north korea say";
		// in "what does the move say about Moon", Moon does not speak).
		const near = query.terms
			.map((qt) => ({ qt, at: ws.indexOf(qt.word) }))
			.filter((x) => x.at >= 0 && x.at < at && at - x.at <= SPEAKER_REACH)
			.sort((a, b) => b.at - a.at)
			.map((x) => x.qt);
		const nearest = near[0];
		if (nearest && !nearest.known && nearest.weight > 0 && PAST_SPEECH.test(verb[0])) return 'unknown';
		return near.find((qt) => qt.matches.some((m) => entities.has(m.term) || parties.has(m.term))) ?? 'none';
	}

	function speakerOk(s: Scored, speaker: QueryTerm | 'none' | 'unknown'): boolean {
		if (speaker === 'none') return true;
		if (speaker === 'unknown') return false;
		// A country of the pact speaks through its officials: any statement in the fact will do.
		if (speaker.matches.some((m) => parties.has(m.term))) return (speakers().get(s.fact.id)?.size ?? 0) > 0;
		return speaker.matches.some((m) => speaks(s.fact.id, m.term));
	}

	/** The fact names every person, organisation or place the question names, and states any attribute it asks. */
	function onPoint(s: Scored, query: ParsedQuery): boolean {
		for (const qt of query.terms) {
			// Any one of the people a word may mean will do ("kim": either Kim).
			const named = qt.matches.filter((m) => entities.has(m.term));
			if (named.length > 0 && !named.some((m) => matcher.states(s.index, m.term))) return false;
			if (ATTRIBUTE_WORDS.has(qt.word) && !qt.matches.some((m) => matcher.states(s.index, m.term))) return false;
		}
		return true;
	}

	function related(fact: Fact, exclude: Set<string>, fallback: Scored[]): Suggestion[] {
		const out: Suggestion[] = [];
		for (const id of fact.related) {
			const r = byId.get(id);
			if (r && !exclude.has(r.id)) {
				out.push(suggestionOf(r));
				exclude.add(r.id);
			}
		}
		for (const s of fallback) {
			if (out.length >= 5) break;
			if (!exclude.has(s.fact.id)) {
				out.push(suggestionOf(s.fact));
				exclude.add(s.fact.id);
			}
		}
		return out.slice(0, 5);
	}

	function answerFromFact(fact: Fact, confidence: number, ranked: Scored[] = []): LegacyAnswer {
		return {
			answered: true,
			kind: 'answered',
			answer: fact.answer,
			citations: fact.quotes.map(citationOf),
			confidence: Math.round(confidence * 1000) / 1000,
			factIds: [fact.id],
			suggestions: related(fact, new Set([fact.id]), ranked),
			asOf,
		};
	}

	function abstain(kind: Answer['kind'], text: string, suggestions: Suggestion[], confidence = 0): LegacyAnswer {
		return {
			answered: false,
			kind,
			answer: text,
			citations: [],
			confidence: Math.round(confidence * 1000) / 1000,
			factIds: [],
			suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
			asOf,
		};
	}

	function fillSuggestions(from: Scored[]): Suggestion[] {
		const seen = new Set<string>();
		const out: Suggestion[] = [];
		for (const f of [...from.map((s) => s.fact), ...popular]) {
			if (out.length >= MAX_SUGGESTIONS) break;
			if (!seen.has(f.id)) {
				seen.add(f.id);
				out.push(suggestionOf(f));
			}
		}
		return out;
	}

	// ---- date arithmetic over the timeline ----
	// Each event is found by its own words: what happened (counted in full), and its quote (counted half).
	// Built on first use, by the first date question.
	const eventIndex = lazy(() => {
		const entries = kb.timeline.map((e) => ({
			event: e,
			what: new Set(matcher.terms(`${e.what} ${e.said}`)),
			terms: new Set(matcher.terms(`${e.what} ${e.said} ${e.quote.text}`)),
		}));
		// How rare each word is among the events: "Seoul" is in many, "withdraw" in few.
		const df = new Map<string, number>();
		for (const e of entries) for (const t of e.terms) df.set(t, (df.get(t) ?? 0) + 1);
		return { entries, df };
	});
	type EventEntry = ReturnType<typeof eventIndex>['entries'][number];
	const eventIdf = (term: string) => {
		const { entries, df } = eventIndex();
		return Math.log(1 + entries.length / (df.get(term) ?? entries.length));
	};

	interface EventMatch {
		event: TimelineEvent;
		/** Question words the event covers, with what each counts (full in its description, half in its quote). */
		covered: Map<string, number>;
		weight: number;
		size: number;
	}

	const dayFirst = (e: EventMatch) => (e.event.precision === 'day' ? 0 : 1);

	/** Question words that can tell events apart: not the frame of a date question, not the parties or the pact. */
	const PACT = new Set(['gsomia', stem('pact')]);
	function eventWord(qt: QueryTerm): boolean {
		return (
			qt.known &&
			!DATE_FRAME.has(qt.word) &&
			!GENERIC_WORDS.has(qt.word) &&
			!qt.matches.every((m) => parties.has(m.term) || PACT.has(m.term))
		);
	}

	function eventMatch(entry: EventEntry, query: ParsedQuery): EventMatch {
		const covered = new Map<string, number>();
		for (const qt of query.terms) {
			if (!eventWord(qt)) continue;
			const hit = qt.matches.find((m) => entry.terms.has(m.term));
			if (hit) {
				const weight = qt.weight * eventIdf(hit.term);
				covered.set(qt.word, entry.what.has(hit.term) ? weight : weight / 2);
			}
		}
		const weight = [...covered.values()].reduce((n, w) => n + w, 0);
		return { event: entry.event, covered, weight, size: entry.terms.size };
	}

	/** Timeline events by how much of the question they cover; on ties, day precision, then the most specific. */
	function eventsFor(query: ParsedQuery): EventMatch[] {
		return eventIndex()
			.entries.map((entry) => eventMatch(entry, query))
			.filter((e) => e.weight > 0)
			.sort((a, b) => b.weight - a.weight || dayFirst(a) - dayFirst(b) || a.size - b.size);
	}

	function dateAnswer(query: ParsedQuery): LegacyAnswer | undefined {
		const kind = dateQuestion(query.folded);
		if (!kind) return undefined;
		const events = eventsFor(query);
		// "How long had the pact been in force": counted from its signing.
		const signed = stem('signed');
		const signing = eventIndex().entries.find((t) => t.what.has(signed));
		const first = kind === 'since-then' ? signing && eventMatch(signing, query) : events[0];
		if (!first) return undefined;
		let span: Span | undefined;
		if (kind === 'ago') {
			span = ago(first.event, now());
		} else {
			// The second event is the one that best covers what the first does not.
			const second = events
				.filter((e) => e.event.date !== first.event.date)
				.map((e) => ({
					e,
					extra: [...e.covered].filter(([w]) => !first.covered.has(w)).reduce((n, [, v]) => n + v, 0),
				}))
				.filter((x) => x.extra > 0)
				.sort((a, b) => b.extra - a.extra || dayFirst(a.e) - dayFirst(b.e) || a.e.size - b.e.size)[0];
			if (!second) return undefined;
			// Both events together must account for most of what the question names.
			const covered = new Set([...first.covered.keys(), ...second.e.covered.keys()]);
			const known = query.terms.filter(eventWord);
			const share =
				known.filter((t) => covered.has(t.word)).reduce((n, t) => n + t.weight, 0) /
				Math.max(
					1e-9,
					known.reduce((n, t) => n + t.weight, 0),
				);
			if (share < (kind === 'since-then' ? 0.5 : 0.7)) return undefined;
			span = between(first.event, second.e.event);
		}
		if (!span) return undefined;
		// The answer rests on each event's first fact; the events' other facts are offered next.
		const factIds = [...new Set(span.events.flatMap((e) => e.facts.slice(0, 1)))];
		const more = [...new Set(span.events.flatMap((e) => e.facts))].filter((id) => !factIds.includes(id));
		return {
			answered: true,
			kind: 'answered',
			answer: `${span.text} ${messages.asOf(asOf)}`,
			citations: span.events.map((e) => citationOf(e.quote)),
			confidence: 0.7,
			factIds,
			suggestions: more.flatMap((id) => (byId.get(id) ? [suggestionOf(byId.get(id) as Fact)] : [])).slice(0, 5),
			asOf,
		};
	}

	/** The kinds of question each fact's phrasings ask ("who", "when", ...). */
	const phrasingTypes = new Map(
		kb.facts.map((f) => [f.id, new Set([f.question, ...f.alternates].map((p) => questionType(foldCached(p))))]),
	);

	/** Ranks facts, with a small lift for facts phrased as the same kind of question ("who announced" -> a "who" fact). */
	function rankFor(query: ParsedQuery): Scored[] {
		const type = questionType(query.folded);
		const ranked = matcher.rank(query, 6);
		if (type === 'none' || type === 'what' || type === 'yes-no' || type === 'how') return ranked;
		return ranked
			.map((s) => ({ ...s, score: s.score + (phrasingTypes.get(s.fact.id)?.has(type) ? TYPE_BONUS : -TYPE_BONUS) }))
			.sort((a, b) => b.score - a.score);
	}

	// What the rules read from a question, worked out once per question.
	interface Aspects {
		type: QuestionType;
		refs: TimeRef[];
		speaker: QueryTerm | 'none' | 'unknown';
	}
	const aspectCache = new WeakMap<ParsedQuery, Aspects>();
	function aspects(query: ParsedQuery): Aspects {
		let found = aspectCache.get(query);
		if (!found) {
			found = { type: questionType(query.folded), refs: timeRefs(query.canonical, asOf), speaker: speakerOf(query) };
			aspectCache.set(query, found);
		}
		return found;
	}

	/** The facts that may answer a parsed question, best first, after every abstention rule. */
	function viableFor(query: ParsedQuery, ranked: Scored[]): Scored[] {
		const { type, refs, speaker } = aspects(query);
		return ranked.filter(
			(s) =>
				s.score >= THRESHOLDS.answer &&
				s.coverage >= THRESHOLDS.coverage &&
				(s.evidence >= THRESHOLDS.evidence || s.exact) &&
				fits(s.fact, type) &&
				onPoint(s, query) &&
				anchored(s, query) &&
				topicalMatch(s, query) &&
				timeOk(s, refs) &&
				speakerOk(s, speaker) &&
				countsOk(s, query),
		);
	}

	/**
	 * The sentences of a chatty message that look like its question ("... lol. who made the call?"), so that the
	 * chatter around a question does not drown it. Only for messages of more than one sentence.
	 */
	function questionSentences(cleaned: string): string[] {
		const parts = cleaned
			.split(
				/(?<!\b(?:[A-Z]|[a-z]|aug|nov|sept?|oct|dec|jan|feb|mar|apr|jun|jul|mr|mrs|ms|dr|st|no|vs|etc|u\.s|u\.k)\.)(?<=[.?!;:])\s+|\n+|\s+(?:but|so|like|anyway)\s+(?=(?:who|what|when|where|why|how|which|did|does|do|is|was|were|are)\b)/i,
			)
			.map((p) => p.trim())
			.filter((p) => p.split(/\s+/).length >= 2);
		// A long message whose question trails its chatter: the clause from the last question word on.
		const words = cleaned.split(/\s+/);
		if (words.length > 12) {
			const at = words.findLastIndex((w) => /^(who|whom|whose|what|when|where|why|how|which)$/i.test(w));
			if (at > 0 && words.length - at >= 3) parts.push(words.slice(at).join(' '));
		}
		if (parts.length < 2) return [];
		return parts.filter((p) =>
			/\b(who|whom|whose|what|when|where|why|how|which)\b|^(did|does|do|is|was|were|are|can|could|has|have|had)\b/i.test(
				p,
			),
		);
	}

	function ask(question: string): LegacyAnswer {
		const input = typeof question === 'string' ? question : '';
		const query = matcher.parse(input);
		if (query.cleaned.length === 0) return abstain('empty', messages.empty, fillSuggestions([]));
		if (query.totalWeight === 0 || GREETING.test(query.folded)) {
			return abstain(
				'off-topic',
				GREETING.test(query.folded) ? messages.greeting : messages.offTopic,
				fillSuggestions([]),
			);
		}
		const ranked = rankFor(query);
		const best = ranked[0];
		if (!best || best.score < THRESHOLDS.offTopic) return abstain('off-topic', messages.offTopic, fillSuggestions([]));

		// The article cannot know what came after it.
		const published = Number(asOf.slice(0, 4));
		const refs = timeRefs(query.canonical, asOf);
		const later = (r: TimeRef) =>
			r.kind === 'year'
				? r.value > published
				: (r.kind === 'month' || r.kind === 'day') &&
					(r.value + 1) * 100 + (r.day ?? 31) > Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10));
		if (
			AFTER_ARTICLE.test(query.folded) ||
			refs.some((r) => r.kind === 'year' && r.value > published) ||
			(HAPPENED.test(query.folded) && refs.some(later))
		) {
			return abstain('not-in-article', messages.afterArticle(asOf), fillSuggestions(ranked), best.score);
		}

		const computed = dateAnswer(query);
		if (computed) return computed;

		let viable = viableFor(query, ranked);
		// When a well-matched fact was turned down by a rule (it does not name who or when the question asks
		// about), the question is a near miss: do not look for a looser match in its parts.
		const nearMiss = ranked.some(
			(s) => s.score >= THRESHOLDS.answer && s.coverage >= THRESHOLDS.coverage && viableFor(query, [s]).length === 0,
		);
		if (viable.length === 0 && !nearMiss) {
			// A chatty message: try each sentence that looks like the question on its own.
			for (const sentence of questionSentences(query.cleaned)) {
				const sub = matcher.parse(sentence);
				// A part of the question must still honour the whole: whoever and whenever it names.
				const wholeRefs = timeRefs(query.canonical, asOf);
				const found = viableFor(sub, rankFor(sub)).filter((s) => onPoint(s, query) && timeOk(s, wholeRefs));
				if (found.length > 0 && (viable.length === 0 || (found[0] as Scored).score > (viable[0] as Scored).score))
					viable = found;
			}
		}
		const top = viable[0];
		if (!top) return abstain('not-in-article', messages.notInArticle(asOf), fillSuggestions(ranked), best.score);
		const rival = viable[1];
		if (rival && top.score - rival.score < THRESHOLDS.tieMargin && !top.fact.related.includes(rival.fact.id)) {
			return abstain('ambiguous', messages.ambiguous, [suggestionOf(top.fact), suggestionOf(rival.fact)], top.score);
		}
		return answerFromFact(
			top.fact,
			Math.min(1, top.score),
			ranked.filter((s) => s.fact.id !== top.fact.id),
		);
	}

	// Built on first use: a one-off question from the command line never needs it.
	let suggester: Suggester | undefined;
	const suggesterOf = () => {
		suggester ??= new Suggester(kb.facts, matcher, lexicon, popular);
		return suggester;
	};

	function topics(): Topic[] {
		const map = new Map<string, Suggestion[]>();
		for (const f of kb.facts) map.set(f.topic, [...(map.get(f.topic) ?? []), suggestionOf(f)]);
		return [...map].map(([name, facts]) => ({ name, facts }));
	}

	/** For calibration scripts: the ranked candidates of a question with the checks each passes. */
	function debug(question: string) {
		const query = matcher.parse(question);
		const type = questionType(query.folded);
		return {
			query,
			type,
			ranked: rankFor(query).map((s) => ({
				id: s.fact.id,
				score: s.score,
				coverage: s.coverage,
				fits: fits(s.fact, type),
				onPoint: onPoint(s, query),
				ok: viableFor(query, [s]).length > 0,
				anchored: anchored(s, query),
				topical: topicalMatch(s, query),
				time: timeOk(s, timeRefs(query.canonical, asOf)),
				speaker: speakerOk(s, aspects(query).speaker),
				evidence: s.evidence,
				missing: s.missing.map((m) => m.word),
			})),
		};
	}

	/** Until the engine speaks Korean and Japanese: English, one part per answer. */
	const withParts = (a: LegacyAnswer): Answer => ({
		...a,
		lang: 'en',
		parts: a.answered ? [{ answer: a.answer, citations: a.citations, factIds: a.factIds }] : [],
	});

	return {
		kb,
		ask: (question) => withParts(ask(question)),
		debug,
		answerFact(id) {
			const f = byId.get(id);
			return f ? withParts(answerFromFact(f, 1)) : undefined;
		},
		suggest: (prefix, limit) => suggesterOf().suggest(prefix, limit),
		topics,
		timeline: () => kb.timeline,
		warm() {
			matcher.warm();
			isEnglishWord('warm');
			ask('wat is gsomia');
			suggesterOf().suggest('who');
		},
	};
}
