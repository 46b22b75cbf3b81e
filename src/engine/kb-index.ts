/**
 * The knowledge base read for matching, built once per engine: every fact (and every topic, for broad questions)
 * as a document of terms, its phrasings as term sets, and its frame: what it can answer, who speaks in it, what it
 * is about, its times and numbers. Term weights are inverse document frequencies over the documents.
 */
import type { AnswerTypeName, Entity, Fact, KnowledgeBase, Topic } from '../knowledge/types.js';
import { englishType, shapeOf } from './frame.js';
import { type Analysis, analyze, Lexicon, type LexiconData, type LexiconEntry } from './text/analyze.js';
import { sentences } from './text/clean.js';
import { fold } from './text/fold.js';
import { relativeTimes } from './text/lang.js';
import { commonDamping, rarityWeight } from './text/rarity.js';

export interface Doc {
	/** Index in `docs`. */
	i: number;
	id: string;
	kind: 'fact' | 'topic';
	fact?: Fact;
	topic?: Topic;
	/** Every term of the document, with how much it counts (phrasings and keywords 1, answer and quotes 0.8). */
	terms: Map<string, number>;
	/** The phrasings (question, alternates, translations; a topic's phrasings) as sets of term keys. */
	phrasings: string[][];
	/** The weight of each phrasing (the sum of its terms' weights). */
	phrasingWeights: number[];
	/** What each phrasing asks (who, when, ...): two phrasings with the same words may ask different things. */
	phrasingTypes: string[];
	/** Question types it answers. */
	answers: Set<AnswerTypeName>;
	speaker?: string;
	/** Entity ids it names or is about. */
	entities: Set<string>;
	/** Time keys (y:2020, m:11, d:11-30, wd:4) of the fact's own dates: when what it tells happened. */
	times: Set<string>;
	/** Numbers its answer and quotes state. */
	numbers: Set<number>;
	/** Units of those numbers ("day", "time"), for yes/no checks ("30 days" vs "90 days"). */
	numberUnits: Map<number, string | undefined>;
	/** Whether its facts carry their own event dates (a yes/no about its date is settled by them). */
	dated: boolean;
	/** Whether one of its dates is a day (not only a month or a year). */
	dayDated: boolean;
	/** Whether its answer gives a time of day ("3 p.m.", "10 o'clock"). */
	clock: boolean;
	/** Entities its English answer names (the answer to "who" must be one of them). */
	answerEntities: Set<string>;
	/** Terms of what it states (answers and quotes, not its phrasings): "X or Y" must be one of these. */
	stated: Set<string>;
	/** Its answer says what the article leaves out ("does not name the official", "did not release a breakdown"). */
	gap: boolean;
	/** Terms it holds only in the sentences saying what the article leaves out: a yes or no about them is not settled. */
	gapOnly: string[];
	/** Time keys its English answer states, with its dates. */
	statedTimes: Set<string>;
	/** Terms next to the numbers its English answer states: what those numbers count ("traded intelligence seven times"). */
	counted: Set<string>;
}

export interface KbIndex {
	kb: KnowledgeBase;
	lexicon: Lexicon;
	docs: Doc[];
	/** term -> documents holding it */
	postings: Map<string, number[]>;
	/** A phrasing's terms, sorted and joined -> the documents phrased so (a question asked word for word). */
	exact: Map<string, number[]>;
	/** term -> how much it counts in each of those documents (1 in a phrasing or keyword, 0.8 in an answer only) */
	postingWeights: Map<string, number[]>;
	/** term -> inverse document frequency (over fact documents) */
	idf: Map<string, number>;
	/** term -> how much it tells: its idf, less for bigrams and for common English words */
	weight: Map<string, number>;
	factDocs: Map<string, Doc>;
	entities: Map<string, Entity>;
	/** entity id -> every entity it is part of, transitively */
	ancestors: Map<string, Set<string>>;
	/** Entities named by most facts (the story's own parties): naming them tells no fact apart. */
	background: Set<string>;
	/** Latin words of the base with how often they occur (typo correction) */
	vocabulary: Map<string, number>;
	/** The primary source's date (YYYY-MM-DD). */
	published: string;
	publishedYear: number;
	publishedMonth: number;
}

/** The lexicon of a knowledge base: entity names and concept words. */
export function buildLexicon(kb: KnowledgeBase): Lexicon {
	const names: [string, LexiconEntry][] = [];
	for (const e of kb.entities) {
		for (const n of [...e.names, e.name.en, e.name.ko, e.name.ja])
			if (n) names.push([n, { keys: [`@${e.id}`], kind: 'entity' }]);
	}
	// Short names shared by several entities stand for each of them.
	const short = new Map<string, string[]>();
	for (const e of kb.entities)
		for (const n of e.shortNames) short.set(fold(n), [...(short.get(fold(n)) ?? []), `@${e.id}`]);
	for (const [n, keys] of short) names.push([n, { keys, kind: 'entity' }]);
	for (const c of kb.concepts) for (const w of c.words) names.push([w, { keys: [`#${c.id}`], kind: 'concept' }]);
	return new Lexicon(names);
}

/** The time keys of the relative times a text names ("this year", "last month"), resolved against the source's date. */
export function resolveRelative(a: Analysis, year: number, month: number): string[] {
	return relativeTimes(a.folded).map((t) =>
		t === 'this-year'
			? `y:${year}`
			: t === 'last-year'
				? `y:${year - 1}`
				: t === 'this-month'
					? `m:${month}`
					: `m:${month === 1 ? 12 : month - 1}`,
	);
}

/** Entities a third of the facts or more name. */
function backgroundOf(docs: Doc[]): Set<string> {
	const facts = docs.filter((d) => d.kind === 'fact');
	const count = new Map<string, number>();
	for (const d of facts) for (const e of d.entities) count.set(e, (count.get(e) ?? 0) + 1);
	return new Set([...count].filter(([, n]) => n >= facts.length / 3).map(([e]) => e));
}

/** The key of a set of terms, whatever their order. */
export function exactKey(terms: Iterable<string>): string {
	return [...new Set(terms)].sort().join(' ');
}

/** Every entity each one is part of, transitively. */
function ancestorsOf(entities: Map<string, Entity>): Map<string, Set<string>> {
	const up = (id: string, seen: Set<string>) => {
		for (const p of entities.get(id)?.partOf ?? []) {
			if (seen.has(p)) continue;
			seen.add(p);
			up(p, seen);
		}
		return seen;
	};
	return new Map([...entities.keys()].map((id) => [id, up(id, new Set())]));
}

export function timeKeysOfDate(date: string): string[] {
	const [y, m, d] = date.split('-').map(Number);
	const keys = [`y:${y}`, `dc:${String(y).slice(0, 3)}`];
	if (m) keys.push(`m:${m}`);
	if (m && d) {
		keys.push(`d:${m}-${d}`);
		keys.push(`wd:${new Date(Date.UTC(y as number, m - 1, d)).getUTCDay()}`);
	}
	return keys;
}

/** Character bigrams of Korean and Japanese words tell less than words. */
const BIGRAM_FACTOR = 0.45;
/** How far from a number the thing it counts may stand. */
const COUNT_REACH = 5;
/** An answer that says what the article leaves out. */
const GAP =
	/\b(does not|doesn't|did not|didn't|do not) (say|name|give|state|report|release|explain|describe|specify|disclose|identify|detail|list)\b|\bnot (named|given|disclosed|released|clear|known)\b|\bunclear\b|\bgives no\b|\bno (breakdown|details|figures|numbers)\b|\basked not to be named\b/i;
const PHRASING_WEIGHT = 1;
/** A length of time in English: "90 days", "two days", "for weeks". */
const DURATION =
	/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)[ -](days?|weeks?|months?|years?)\b|\bfor (days|weeks|months|years)\b/i;
const BODY_WEIGHT = 0.8;

/**
 * A document with nothing read into it yet. Every document is made here, with every field in the same order (the
 * ones a kind does not use set to undefined): the hot loops of retrieval then see one object shape, not several.
 */
function blankDoc(i: number, id: string, kind: Doc['kind'], of: { fact?: Fact; topic?: Topic }): Doc {
	return {
		i,
		id,
		kind,
		fact: of.fact,
		topic: of.topic,
		speaker: undefined,
		terms: new Map(),
		phrasings: [],
		phrasingWeights: [],
		phrasingTypes: [],
		answers: new Set(),
		entities: new Set(),
		times: new Set(),
		numbers: new Set(),
		numberUnits: new Map(),
		dated: false,
		dayDated: false,
		clock: false,
		answerEntities: new Set(),
		stated: new Set(),
		counted: new Set(),
		statedTimes: new Set(),
		gap: false,
		gapOnly: [],
	};
}

export function buildIndex(kb: KnowledgeBase, lexicon: Lexicon = buildLexicon(kb)): KbIndex {
	const [year = 0, month = 1] = kb.primary.published.split('-').map(Number);
	const entities = new Map(kb.entities.map((e) => [e.id, e]));
	const ancestors = ancestorsOf(entities);

	const vocabulary = new Map<string, number>();
	const docs: Doc[] = [];
	/** Each English stem's commonest surface word, for damping common words' weights. */
	const surface = new Map<string, string>();
	const read = (text: string): Analysis => {
		const a = analyze(text, lexicon);
		for (const t of a.tokens)
			if (t.script === 'latin' && /^[a-z]+$/.test(t.text)) vocabulary.set(t.text, (vocabulary.get(t.text) ?? 0) + 1);
		for (const t of a.terms) {
			const word = a.tokens[t.at]?.text;
			if (
				t.kind === 'word' &&
				word &&
				(!surface.has(t.key) || rarityWeight(word) < rarityWeight(surface.get(t.key) as string))
			)
				surface.set(t.key, word);
		}
		return a;
	};
	const addTerms = (doc: Doc, a: Analysis, weight: number) => {
		for (const t of a.terms) doc.terms.set(t.key, Math.max(doc.terms.get(t.key) ?? 0, weight));
		for (const k of resolveRelative(a, year, month)) doc.terms.set(k, Math.max(doc.terms.get(k) ?? 0, weight));
		for (const t of a.terms) {
			if (t.kind === 'entity') for (const k of [t.key, ...(t.alts ?? [])]) doc.entities.add(k.slice(1));
		}
	};
	const phrasingKeys = (a: Analysis) => [
		...new Set([...a.terms.map((t) => t.key), ...resolveRelative(a, year, month)]),
	];

	for (const fact of kb.facts) {
		const doc = blankDoc(docs.length, fact.id, 'fact', { fact });
		doc.dated = fact.dates.length > 0;
		doc.dayDated = fact.dates.some((d) => d.precision === 'day');
		doc.clock = /\b\d{1,2}(:\d\d)? ?(a\.?m\.?|p\.?m\.?|o'?clock)|\b\d{1,2}:\d\d\b/i.test(fact.answer);
		doc.gap = GAP.test(fact.answer);
		if (doc.gap) doc.gapOnly = gapOnlyTerms([fact.answer, ...fact.quotes.map((q) => q.text)], lexicon);
		const phrasings = [fact.question, ...fact.alternates, fact.ko?.question, fact.ja?.question].filter(
			(p): p is string => typeof p === 'string',
		);
		for (const p of phrasings) {
			const a = read(p);
			doc.phrasings.push(phrasingKeys(a));
			doc.phrasingTypes.push(shapeOf(a.folded));
			addTerms(doc, a, PHRASING_WEIGHT);
		}
		for (const k of fact.keywords) addTerms(doc, read(k), PHRASING_WEIGHT);
		for (const body of [fact.answer, ...fact.quotes.map((q) => q.text), fact.ko?.answer, fact.ja?.answer]) {
			if (!body) continue;
			const a = read(body);
			addTerms(doc, a, BODY_WEIGHT);
			for (const t of a.terms) for (const k of [t.key, ...(t.alts ?? [])]) doc.stated.add(k);
			// Numbers an answer states (not those of its questions: "how many" has none), with their English units.
			for (const n of a.numbers) {
				doc.numbers.add(n.value);
				if (n.unit !== undefined && !doc.numberUnits.get(n.value)) doc.numberUnits.set(n.value, n.unit);
				else if (!doc.numberUnits.has(n.value)) doc.numberUnits.set(n.value, undefined);
			}
		}
		for (const d of fact.dates) for (const k of timeKeysOfDate(d.date)) doc.times.add(k);
		const english = analyze(fact.answer, lexicon);
		for (const t of english.terms) {
			if (t.kind === 'entity') for (const k of [t.key, ...(t.alts ?? [])]) doc.answerEntities.add(k.slice(1));
		}
		for (const t of english.terms) if (t.kind === 'time') doc.statedTimes.add(t.key);
		for (const k of resolveRelative(english, year, month)) doc.statedTimes.add(k);
		for (const k of doc.times) doc.statedTimes.add(k);
		for (const n of english.numbers) {
			for (const t of english.terms)
				if (Math.abs(t.at - n.at) <= COUNT_REACH && t.kind !== 'number') doc.counted.add(t.key);
		}
		if (fact.frame.speaker) doc.answerEntities.add(fact.frame.speaker);
		// What it answers: as curated; where the curator gave no list, what its English answer shows it can answer
		// (a time it states: "when"; a number: "how many"; a number of days or weeks: "how long"; a named person or
		// organisation: "who"; a named place: "where"), and the type of its canonical question.
		if (fact.frame.answers) {
			for (const t of fact.frame.answers) doc.answers.add(t);
		} else {
			for (const t of derivedAnswers(fact, analyze(fact.answer, lexicon), entities)) doc.answers.add(t);
		}
		if (fact.frame.speaker) {
			doc.speaker = fact.frame.speaker;
			doc.answers.add('said');
		}
		for (const id of [...fact.frame.about, ...fact.frame.where, ...(fact.frame.speaker ? [fact.frame.speaker] : [])]) {
			doc.entities.add(id);
			doc.terms.set(`@${id}`, Math.max(doc.terms.get(`@${id}`) ?? 0, BODY_WEIGHT));
		}
		docs.push(doc);
	}
	const factCount = docs.length;
	for (const topic of kb.topics) {
		const doc = blankDoc(docs.length, topic.id, 'topic', { topic });
		// What its phrasings ask ("who are the key players": who), besides the broad what, how and said.
		for (const type of ['what', 'how', 'said'] as const) doc.answers.add(type);
		for (const p of [...topic.phrasings, topic.name.en, topic.name.ko, topic.name.ja].filter((x): x is string => !!x)) {
			if (!/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(p))
				doc.answers.add(toAnswerType(englishType(fold(p)).type));
			const a = read(p);
			doc.phrasings.push(phrasingKeys(a));
			doc.phrasingTypes.push(shapeOf(a.folded));
			addTerms(doc, a, PHRASING_WEIGHT);
		}
		docs.push(doc);
	}

	const exact = new Map<string, number[]>();
	for (const doc of docs) {
		for (const p of doc.phrasings) {
			const key = exactKey(p);
			const list = exact.get(key);
			if (!list) exact.set(key, [doc.i]);
			else if (!list.includes(doc.i)) list.push(doc.i);
		}
	}
	const postings = new Map<string, number[]>();
	const postingWeights = new Map<string, number[]>();
	for (const doc of docs) {
		for (const [key, w] of doc.terms) {
			const list = postings.get(key);
			if (list) {
				list.push(doc.i);
				postingWeights.get(key)?.push(w);
			} else {
				postings.set(key, [doc.i]);
				postingWeights.set(key, [w]);
			}
		}
	}
	const idf = new Map<string, number>();
	for (const [key, list] of postings) {
		const df = list.filter((i) => i < factCount).length;
		idf.set(key, Math.log(1 + factCount / Math.max(df, 0.5)));
	}
	const weight = new Map<string, number>();
	for (const [key, value] of idf) {
		let w = value;
		if (key.startsWith('b:')) w *= BIGRAM_FACTOR;
		else if (key.startsWith('w:')) w *= commonDamping(surface.get(key) ?? '');
		weight.set(key, w);
	}
	for (const doc of docs)
		doc.phrasingWeights = doc.phrasings.map((p) => p.reduce((sum, k) => sum + (weight.get(k) ?? 0), 0));
	for (const w of lexicon.latinWords()) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
	for (const e of kb.entities)
		for (const n of e.names)
			for (const w of fold(n).split(' ')) if (/^[a-z]+$/.test(w)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
	for (const c of kb.concepts)
		for (const n of c.words)
			for (const w of fold(n).split(' ')) if (/^[a-z]+$/.test(w)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);

	return {
		kb,
		lexicon,
		docs,
		background: backgroundOf(docs),
		postings,
		postingWeights,
		exact,
		idf,
		weight,
		factDocs: new Map(docs.filter((d) => d.kind === 'fact').map((d) => [d.id, d])),
		entities,
		ancestors,
		vocabulary,
		published: kb.primary.published,
		publishedYear: year,
		publishedMonth: month,
	};
}

/** What a fact without a curated list can answer, read from its English answer and its canonical question. */
export function derivedAnswers(fact: Fact, stated: Analysis, entities: Map<string, Entity>): Set<AnswerTypeName> {
	const out = new Set<AnswerTypeName>([toAnswerType(englishType(fold(fact.question)).type)]);
	if (stated.times.length > 0) out.add('when');
	if (stated.numbers.length > 0) out.add('count');
	if (DURATION.test(fact.answer)) out.add('duration');
	for (const t of stated.terms) {
		if (t.kind !== 'entity') continue;
		for (const k of [t.key, ...(t.alts ?? [])]) {
			const kind = entities.get(k.slice(1))?.kind;
			if (kind === 'person' || kind === 'organisation') out.add('who');
			if (kind === 'place') out.add('where');
		}
	}
	if (fact.frame.speaker) out.add('said');
	if (fact.frame.where.length > 0) out.add('where');
	return out;
}

function toAnswerType(t: string): AnswerTypeName {
	return (
		(['who', 'when', 'where', 'why', 'count', 'duration', 'said', 'how', 'what'] as const).find((x) => x === t) ??
		'what'
	);
}

// ---------------------------------------------------------------- snapshot

/** A built index as plain JSON data: building it takes most of the engine's start; reading it back, little. */
export interface IndexData {
	format: number;
	lexicon: LexiconData;
	docs: (Omit<
		Doc,
		| 'fact'
		| 'topic'
		| 'terms'
		| 'answers'
		| 'entities'
		| 'times'
		| 'numbers'
		| 'numberUnits'
		| 'answerEntities'
		| 'stated'
		| 'counted'
		| 'statedTimes'
	> & {
		terms: [string, number][];
		answers: AnswerTypeName[];
		entities: string[];
		times: string[];
		numbers: number[];
		numberUnits: [number, string | null][];
		answerEntities: string[];
		stated: string[];
		counted: string[];
		statedTimes: string[];
	})[];
	postings: [string, number[]][];
	postingWeights: [string, number[]][];
	exact: [string, number[]][];
	idf: [string, number][];
	weight: [string, number][];
	vocabulary: [string, number][];
}

/** The terms of `texts` found only in their sentences that say what is left out. */
function gapOnlyTerms(texts: string[], lexicon: Lexicon): string[] {
	const inGap = new Set<string>();
	const elsewhere = new Set<string>();
	for (const text of texts) {
		for (const sentence of sentences(text)) {
			const into = GAP.test(sentence) ? inGap : elsewhere;
			for (const t of analyze(sentence, lexicon).terms) for (const k of [t.key, ...(t.alts ?? [])]) into.add(k);
		}
	}
	return [...inGap].filter((k) => !elsewhere.has(k));
}

/** Bump when the index's shape or what goes into it changes: an old snapshot is then rebuilt. */
export const INDEX_FORMAT = 6;

export function indexToData(index: KbIndex): IndexData {
	return {
		format: INDEX_FORMAT,
		lexicon: index.lexicon.toData(),
		docs: index.docs.map(({ fact: _f, topic: _t, ...d }) => ({
			...d,
			terms: [...d.terms],
			answers: [...d.answers],
			entities: [...d.entities],
			times: [...d.times],
			numbers: [...d.numbers],
			numberUnits: [...d.numberUnits].map(([n, u]) => [n, u ?? null] as [number, string | null]),
			answerEntities: [...d.answerEntities],
			stated: [...d.stated],
			counted: [...d.counted],
			statedTimes: [...d.statedTimes],
		})),
		postings: [...index.postings],
		postingWeights: [...index.postingWeights],
		exact: [...index.exact],
		idf: [...index.idf],
		weight: [...index.weight],
		vocabulary: [...index.vocabulary],
	};
}

/** The index of `kb` from its snapshot data, or undefined when the data was not made from this knowledge base. */
export function indexFromData(kb: KnowledgeBase, data: IndexData): KbIndex | undefined {
	const ids = [...kb.facts.map((f) => `fact:${f.id}`), ...kb.topics.map((t) => `topic:${t.id}`)];
	if (data.format !== INDEX_FORMAT || data.docs.length !== ids.length) return undefined;
	if (data.docs.some((d, i) => `${d.kind}:${d.id}` !== ids[i])) return undefined;
	const [year = 0, month = 1] = kb.primary.published.split('-').map(Number);
	const facts = new Map(kb.facts.map((f) => [f.id, f]));
	const topics = new Map(kb.topics.map((t) => [t.id, t]));
	const docs: Doc[] = data.docs.map((d) =>
		// Into a blank document, so that a read index has the same object shape as a built one.
		Object.assign(
			blankDoc(d.i, d.id, d.kind, d.kind === 'fact' ? { fact: facts.get(d.id) } : { topic: topics.get(d.id) }),
			d,
			{
				terms: new Map(d.terms),
				answers: new Set(d.answers),
				entities: new Set(d.entities),
				times: new Set(d.times),
				numbers: new Set(d.numbers),
				numberUnits: new Map(d.numberUnits.map(([n, u]) => [n, u ?? undefined])),
				answerEntities: new Set(d.answerEntities),
				stated: new Set(d.stated),
				counted: new Set(d.counted),
				statedTimes: new Set(d.statedTimes),
			},
		),
	);
	const entities = new Map(kb.entities.map((e) => [e.id, e]));
	return {
		kb,
		lexicon: Lexicon.fromData(data.lexicon),
		docs,
		postings: new Map(data.postings),
		postingWeights: new Map(data.postingWeights),
		exact: new Map(data.exact),
		idf: new Map(data.idf),
		weight: new Map(data.weight),
		factDocs: new Map(docs.filter((d) => d.kind === 'fact').map((d) => [d.id, d])),
		background: backgroundOf(docs),
		entities,
		ancestors: ancestorsOf(entities),
		vocabulary: new Map(data.vocabulary),
		published: kb.primary.published,
		publishedYear: year,
		publishedMonth: month,
	};
}

// ---------------------------------------------------------------- checks of the derived frames

export interface IndexProblem {
	id: string;
	field: string;
	message: string;
}

const PLACE_OR_VENUE = new Set(['place', 'organisation', 'media']);

/**
 * What `kb:check` reports about the knowledge base as the engine reads it: two phrasings that read the same (same
 * terms, same kind of question) in two facts or topics, which no question can tell apart; and a fact listed as
 * answering a kind of question its answer does not give (a "when" without a date, a "how many" without a number).
 */
export function indexProblems(index: KbIndex): IndexProblem[] {
	const problems: IndexProblem[] = [];
	const seen = new Map<string, { doc: Doc; text: string }>();
	for (const doc of index.docs) {
		const texts = doc.fact
			? [doc.fact.question, ...doc.fact.alternates, doc.fact.ko?.question, doc.fact.ja?.question].filter(
					(t): t is string => !!t,
				)
			: [...(doc.topic?.phrasings ?? []), doc.topic?.name.en, doc.topic?.name.ko, doc.topic?.name.ja].filter(
					(t): t is string => !!t,
				);
		doc.phrasings.forEach((p, i) => {
			if (p.length === 0) return;
			const key = `${doc.phrasingTypes[i]}|${exactKey(p)}`;
			const other = seen.get(key);
			const text = texts[i] ?? '';
			if (other && other.doc !== doc) {
				problems.push({
					id: doc.id,
					field: doc.fact ? 'alternates' : 'phrasings',
					message: `"${text}" reads the same as "${other.text}" of ${other.doc.kind} ${other.doc.id}: no question can tell them apart`,
				});
			} else if (!other) seen.set(key, { doc, text });
		});
		const fact = doc.fact;
		if (!fact?.frame.answers) continue;
		const stated = analyze(fact.answer, index.lexicon);
		const lacks = (type: string, why: string) =>
			problems.push({ id: fact.id, field: 'frame.answers', message: `lists "${type}" but ${why}` });
		for (const type of fact.frame.answers) {
			if (
				type === 'when' &&
				fact.dates.length === 0 &&
				stated.times.length === 0 &&
				!/\b(this|last) (year|month)\b/i.test(fact.answer)
			)
				lacks('when', 'the fact has no date and its answer states no time');
			if (type === 'count' && stated.numbers.length === 0) lacks('count', 'its answer states no number');
			if (type === 'said' && !fact.frame.speaker) lacks('said', 'it names no speaker (frame.speaker)');
			if (
				type === 'where' &&
				fact.frame.where.length === 0 &&
				![...doc.answerEntities].some((e) => PLACE_OR_VENUE.has(index.entities.get(e)?.kind ?? ''))
			)
				lacks('where', 'its answer names no place (frame.where)');
		}
	}
	return problems;
}
