/**
 * Retrieval: the question's terms against every document through the inverted index, then, for the best few,
 * how close the question is to one of their phrasings, whether their frame fits the question's, and the features
 * the calibrated decision reads. Cost grows with the question's terms and their postings, never with the text's
 * length beyond the analysed tokens.
 */

import { DEFAULT_RANK, RANK_FEATURES, type RankFeatureName } from './features.js';
import type { QuestionFrame } from './frame.js';
import { type Doc, exactKey, type KbIndex, resolveRelative } from './kb-index.js';
import type { Analysis } from './text/analyze.js';
import { rarityWeight } from './text/rarity.js';

export interface Query {
	analysis: Analysis;
	frame: QuestionFrame;
	/** term key -> weight */
	weights: Map<string, number>;
	/** term key -> other keys it may stand for */
	alts: Map<string, string[]>;
	total: number;
	/** Weight of the terms no document holds. */
	unknown: number;
	/** Weight of the entity terms. */
	entityWeight: number;
	/** English words that are rare in English (names, technical words): term key -> their weight. */
	rare: Set<string>;
	/** Keys no document holds. */
	unknownKeys: Set<string>;
	/** Names written with a capital that no document holds ("Trump", "KOSPI", "the Liberal Party"). */
	unknownProper: number;
	/** "After the decision": the date of the event the question is measured from. */
	relative?: { relation: 'after' | 'before'; date: string; reply?: boolean };
}

export type Misfit = 'type' | 'speaker' | 'time' | 'choice';

export interface Candidate {
	doc: Doc;
	/** Share of the question's weight the document holds. */
	cov: number;
	/** Closeness to its nearest phrasing (weighted Dice). */
	phr: number;
	/** What ranks candidates. */
	score: number;
	misfit?: Misfit;
	/** Heaviest question term the document lacks, relative to the heaviest question term. */
	missMax: number;
	/** Share of the question's entity weight the document lacks. */
	entityMiss: number;
	/** Weight of rare English words of the question the document lacks, relative to the question's weight. */
	rareMiss: number;
}

/** From this weight on, an English word is rare: names, technical words ("KOSPI", "unanimous"). */
const RARE = 1.0;

/** How much a word of the remarks around a question counts, against a word of the question itself. */
const REMARK_WEIGHT = 0.5;
/** ... and a word of the remarks the base does not know at all ("my prof", "lol", "ramen"): chatter. */
const UNKNOWN_REMARK_WEIGHT = 0.1;

/** How much a person a yes/no checks ("was it X who ...") counts. */
const CHECKED_PERSON_WEIGHT = 0.3;

/** The weighted terms of a question; `remarks`: keys only found in the sentences around the question itself. */
export function buildQuery(
	index: KbIndex,
	analysis: Analysis,
	frame: QuestionFrame,
	remarks?: ReadonlySet<string>,
): Query {
	const weights = new Map<string, number>();
	const alts = new Map<string, string[]>();
	let unknown = 0;
	let entityWeight = 0;
	const rare = new Set<string>();
	const add = (key: string, weight: number) => {
		const prev = weights.get(key);
		if (prev === undefined || weight > prev) weights.set(key, weight);
	};
	for (const t of analysis.terms) {
		const keys = [t.key, ...(t.alts ?? [])];
		const known = keys.map((k) => index.weight.get(k)).filter((x): x is number => x !== undefined);
		let w: number;
		const word = t.kind === 'word' ? (analysis.tokens[t.at]?.text ?? '') : '';
		const rarity = t.kind === 'word' ? rarityWeight(word) : 0;
		if (rarity >= RARE) rare.add(t.key);
		// A common English word found in one fact is not telling for that ("itself", "order"): damped.
		if (known.length > 0) w = Math.max(...known);
		else if (t.kind === 'word') w = rarity;
		else if (t.kind === 'bigram') w = 0.3;
		else if (t.kind === 'number' || t.kind === 'time') w = 1.5;
		else w = 1;
		if (t.alts) alts.set(t.key, t.alts);
		// "Was it X who ...": X is checked against who the fact says did it, not looked up.
		if (frame.checksWho && t.kind === 'entity' && index.entities.get(t.key.slice(1))?.kind === 'person')
			w *= CHECKED_PERSON_WEIGHT;
		add(t.key, remarks?.has(t.key) ? w * (known.length > 0 ? REMARK_WEIGHT : UNKNOWN_REMARK_WEIGHT) : w);
	}
	// Relative times ("this year") count as the year they mean.
	for (const k of resolveRelative(analysis, index.publishedYear, index.publishedMonth))
		add(k, index.weight.get(k) ?? 1.5);
	// A wall of words: only the most telling terms are looked up (cost stays bounded whatever the length).
	if (weights.size > MAX_TERMS) {
		const kept = [...weights].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
		weights.clear();
		for (const [k, w] of kept) weights.set(k, w);
	}
	let total = 0;
	const unknownKeys = new Set<string>();
	for (const [key, w] of weights) {
		total += w;
		// A yes/no's own number or date is checked against the facts', not looked up: it is not an unknown word.
		const checked = frame.yesno && /^(n|y|m|d|wd|dc):/.test(key);
		if (!checked && !index.postings.has(key) && !(alts.get(key) ?? []).some((k) => index.postings.has(k))) {
			unknown += w;
			unknownKeys.add(key);
		}
		if (key.startsWith('@')) entityWeight += w;
	}
	let unknownProper = 0;
	for (const t of analysis.terms) {
		if (t.kind === 'word' && unknownKeys.has(t.key) && analysis.proper.has(analysis.tokens[t.at]?.text ?? ''))
			unknownProper++;
	}
	return { analysis, frame, weights, alts, total, unknown, entityWeight, rare, unknownKeys, unknownProper };
}

/** How much of a question term a document holds: 1 if it has it, less for a related entity. */
function credit(index: KbIndex, doc: Doc, key: string, alts: string[] | undefined, frame: QuestionFrame): number {
	const yesno = frame.yesno;
	const own = doc.terms.get(key);
	if (own !== undefined) return own;
	// "Was it X who announced it?": a fact naming who did it answers it (No: Y did).
	if (
		frame.checksWho &&
		key.startsWith('@') &&
		index.entities.get(key.slice(1))?.kind === 'person' &&
		doc.answers.has('who')
	)
		return 1;
	// "Was it signed in 2021?": a fact with its own date answers it (No: in November 2020).
	if (yesno && doc.dated && /^(y|m|d|wd|dc):/.test(key)) return 1;
	// "Does it need 30 days' notice?": a fact with its own count answers it (No: 90 days).
	if (yesno && key.startsWith('n:') && doc.numbers.size > 0) return 1;
	for (const k of alts ?? []) {
		const w = doc.terms.get(k);
		if (w !== undefined) return w;
	}
	if (key.startsWith('@')) {
		// A country's officials for the country, its capital (a place standing for its government) for it: part credit.
		const id = key.slice(1);
		const place = index.entities.get(id)?.kind === 'place';
		const up = index.ancestors.get(id);
		for (const e of doc.entities) {
			if (index.ancestors.get(e)?.has(id) || (place && up?.has(e))) return 0.6;
		}
	}
	return 0;
}

/** Units of numbers that count events, read as "times". */
const EVENT_UNITS = new Set(['time', 'occas', 'instanc', 'exchang', 'round', '번', '회', '回', '度', '차례']);
/** Who can be the answer to "which official" / "the name of", and to a plain "who". */
const PERSON_KINDS = new Set(['person']);
const ORG_KINDS = new Set(['organisation', 'media', 'country']);
const MEDIA_KINDS = new Set(['media', 'organisation']);
const AGENT_KINDS = new Set(['person', 'organisation', 'country', 'media']);
const SPECIFIC = new Set(['who', 'when', 'where', 'why', 'count', 'duration', 'said']);
/** Entities that may be the one speaking in a "what did X say" question. */
const SPEAKING_KINDS = new Set(['person', 'country', 'organisation', 'media', 'place']);

/** Does the document's frame fit the question's? */
export function fit(index: KbIndex, doc: Doc, query: Query): Misfit | undefined {
	const { frame } = query;
	const type = frame.type;
	// A topic answers a broad question when its phrasings match ("who are the key players"), never a question
	// of a date, a place or a number.
	if (doc.kind === 'topic') {
		if (SPECIFIC.has(type) && type !== 'said' && !doc.answers.has(type as never) && !frame.yesno) return 'type';
		// "What did X say" fits a topic whose digest reports X speaking ("what did <country> say"), no other.
		if (frame.speakers) {
			const speaking = (doc.topic?.digest ?? [])
				.map((id) => index.factDocs.get(id)?.speaker)
				.filter((x): x is string => !!x);
			const ok = frame.speakers.some((k) =>
				speaking.some((sp) => sp === k.slice(1) || index.ancestors.get(sp)?.has(k.slice(1))),
			);
			if (!ok) return 'speaker';
		}
		if (frame.subjectWords?.some((k) => query.unknownKeys.has(k) && query.rare.has(k))) return 'speaker';
		return undefined;
	}
	if (SPECIFIC.has(type) && type !== 'said' && !frame.yesno) {
		const ok =
			doc.answers.has(type as never) ||
			(type === 'duration' && doc.answers.has('count')) ||
			(type === 'count' && doc.answers.has('duration'));
		if (!ok) return 'type';
	}
	// "Who", "which official", "the name of": the answer names someone the question does not already name.
	if (type === 'who' && !frame.yesno && frame.whoKind) {
		const kinds =
			frame.whoKind === 'person'
				? PERSON_KINDS
				: frame.whoKind === 'media'
					? MEDIA_KINDS
					: frame.whoKind === 'organisation'
						? ORG_KINDS
						: AGENT_KINDS;
		const named = new Set(frame.entities.map((k) => k.slice(1)));
		const answers = [...doc.answerEntities].some((e) => !named.has(e) && kinds.has(index.entities.get(e)?.kind ?? ''));
		if (!answers) return 'type';
		// "Who is <country>'s defense minister": the person answering is of the country the question names.
		if (frame.roleOf) {
			const { country, role } = frame.roleOf;
			const fits = [...doc.answerEntities].some(
				(e) =>
					!named.has(e) &&
					kinds.has(index.entities.get(e)?.kind ?? '') &&
					(e === country || index.ancestors.get(e)?.has(country)),
			);
			// ... and holds that post: "defense minister" is not "foreign minister".
			if (!fits || role.some((k) => !doc.stated.has(k))) return 'type';
		}
		if (frame.askedSpeaker && (!doc.speaker || named.has(doc.speaker))) return 'speaker';
	}
	if (frame.precision === 'day' && !doc.dayDated && !frame.yesno) return 'time';
	if (frame.precision === 'hour' && !doc.clock) return 'time';
	if (type === 'said') {
		// "What did X say": X must be the one speaking (or what X speaks for: a country for its officials; a capital
		// for its government). Without a speaker named, "say" may mean "show" ("what does the move say about").
		const speakers = (frame.speakers ?? frame.entities)
			.map((k) => k.slice(1))
			.filter((e) => SPEAKING_KINDS.has(index.entities.get(e)?.kind ?? ''))
			.map((e) => (index.entities.get(e)?.kind === 'place' ? ([...(index.ancestors.get(e) ?? [])][0] ?? e) : e));
		if (speakers.length > 0) {
			const sp = doc.speaker;
			// A news agency "says" what the facts it reports say ("what did <agency> report").
			const reported = speakers.some((e) => index.entities.get(e)?.kind === 'media' && doc.entities.has(e));
			const ok =
				reported ||
				(!!sp && speakers.some((e) => e === sp || index.ancestors.get(sp)?.has(e) || index.ancestors.get(e)?.has(sp)));
			if (!ok) return 'speaker';
		}
		// "How did <country> stocks react", "what did the opposition say": a subject the base does not know speaks nowhere.
		if (frame.subjectWords?.some((k) => query.unknownKeys.has(k) && query.rare.has(k))) return 'speaker';
	}
	// "How many X": the fact must count X ("how many missiles" is not answered by "29 times").
	if (type === 'count' && frame.measured && !frame.yesno && !frame.measured.some((k) => doc.stated.has(k)))
		return 'type';
	if (type === 'count' && frame.unit && !frame.yesno) {
		const units = [...doc.numberUnits.values()].map((u) => (u && EVENT_UNITS.has(u) ? 'time' : u));
		if (!units.includes(frame.unit) && !(frame.unitKey && doc.counted.has(frame.unitKey))) return 'type';
	}
	// A fact that says the article leaves something out, asked for that very thing (a name, an exact figure, a
	// yes or no the article does not settle): the article doesn't say.
	if (doc.gap && (frame.beyond || frame.whoKind === 'person')) return 'type';
	// A yes or no about what the article leaves out ("was it unanimous?", "does he have the power to?"): the gap, not
	// the fact, answers it. One about what the fact tells ("did an official express regret?") is settled by it.
	if (doc.gap && frame.yesno) {
		for (const k of query.weights.keys())
			if (doc.gapOnly.includes(k) || query.unknownKeys.has(k) || (query.rare.has(k) && !doc.terms.has(k)))
				return 'type';
	}
	// "How many people live in <a town>": the number must be counted next to what the question names.
	if (type === 'count' && !frame.yesno && doc.counted.size > 0) {
		const named = frame.entities.filter((k) => !index.background.has(k.slice(1)));
		if (named.length > 0 && !named.some((k) => doc.counted.has(k))) return 'type';
	}
	// "What did X say after the vote": a fact dated before the decision is not about after it.
	if (query.relative && doc.fact) {
		const { relation, date } = query.relative;
		// After an event of the source's own day, only what the source dates that day can be about after it.
		if (relation === 'after' && !query.relative.reply && date >= index.published && doc.fact.dates.length === 0)
			return 'time';
		// Compared at each date's own precision: "March 2020" is before April 10, 2020; "April 2020" is neither.
		const known = doc.fact.dates.filter((d) => d.precision === 'day' || d.precision === 'month');
		if (known.length > 0) {
			const ok = known.some(({ date: d }) => {
				const cut = date.slice(0, d.length);
				return relation === 'after' ? d >= cut : d <= cut;
			});
			if (!ok) return 'time';
		}
	}
	// Times the question names must be the document's, unless a yes/no is settled by the document's own dates.
	if (!(frame.yesno && doc.dated)) {
		const alternatives = new Set(frame.choice?.flat() ?? []);
		for (const key of frame.eventTimes) {
			if (!alternatives.has(key) && !doc.times.has(key)) return 'time';
		}
	}
	if (frame.choice && !frame.choice.some((alt) => alt.some((k) => doc.stated.has(k)))) return 'choice';
	return undefined;
}

/** The most distinct terms of a question looked up. */
const MAX_TERMS = 48;
/** How much closer a phrasing asking the same kind of question is than one asking another. */
const OTHER_TYPE = 0.85;
const TOP = 12;
/** The most documents scored in full for one question. */
const MAX_POOL = 64;
/** A topic is a candidate only when the question is this close to one of its phrasings. */
const TOPIC_MIN_PHRASING = 0.55;

/** A candidate's rank features (see features.ts). */
export function rankFeatures(
	doc: Doc,
	query: Query,
	m: { cov: number; phr: number; missMax: number; entityMiss: number; rareMiss: number },
): Record<RankFeatureName, number> {
	const { frame } = query;
	return {
		cov: m.cov,
		phr: m.phr,
		missMax: m.missMax,
		entityMiss: m.entityMiss,
		rareMiss: m.rareMiss,
		answersType: SPECIFIC.has(frame.type) && doc.answers.has(frame.type as never) ? 1 : 0,
		speaker: doc.speaker !== undefined && (frame.speakers ?? []).some((k) => k === `@${doc.speaker}`) ? 1 : 0,
		topic: doc.kind === 'topic' ? 1 : 0,
	};
}

/** Candidates best first, each with its fit and features; at most `TOP`. */
export function retrieve(
	index: KbIndex,
	query: Query,
	acc: Float64Array,
	rank: Record<RankFeatureName, number> = DEFAULT_RANK,
): Candidate[] {
	acc.fill(0);
	const touched: number[] = [];
	for (const [key, w] of query.weights) {
		const alts = query.alts.get(key);
		const seen = alts ? new Set<number>() : undefined;
		for (const k of alts ? [key, ...alts] : [key]) {
			const list = index.postings.get(k);
			if (!list) continue;
			const weights = index.postingWeights.get(k) as number[];
			for (let j = 0; j < list.length; j++) {
				const i = list[j] as number;
				if (seen) {
					if (seen.has(i)) continue;
					seen.add(i);
				}
				if (acc[i] === 0) touched.push(i);
				// A term a document is phrased with counts more than one its answer merely mentions.
				acc[i] = (acc[i] as number) + w * (weights[j] as number);
			}
		}
	}
	// Entities related through part_of are not in the postings: documents of a related entity join by credit.
	if (touched.length === 0 || query.total === 0) return [];
	touched.sort((a, b) => (acc[b] as number) - (acc[a] as number));
	// Documents phrased with exactly the question's terms, the best by shared weight, and the topics touched (a
	// broad question shares little weight with any one fact).
	const end = Math.min(touched.length, TOP * 2);
	const pool = [...new Set([...(index.exact.get(exactKey(query.weights.keys())) ?? []), ...touched.slice(0, end)])];
	for (let j = end; j < touched.length && pool.length < MAX_POOL; j++) {
		const i = touched[j] as number;
		if ((index.docs[i] as Doc).kind === 'topic' && !pool.includes(i)) pool.push(i);
	}
	const out: Candidate[] = [];
	for (const i of pool) {
		const doc = index.docs[i] as Doc;
		let covered = 0;
		let missMax = 0;
		let entityMissed = 0;
		let rareMissed = 0;
		let heaviest = 0;
		for (const [key, w] of query.weights) {
			heaviest = Math.max(heaviest, w);
			const c = credit(index, doc, key, query.alts.get(key), query.frame);
			covered += w * c;
			if (c === 0) {
				missMax = Math.max(missMax, w);
				if (query.rare.has(key)) rareMissed += w;
				if (key.startsWith('@')) entityMissed += w;
			} else if (key.startsWith('@') && c < 1) entityMissed += w * (1 - c);
		}
		let phr = 0;
		for (let j = 0; j < doc.phrasings.length; j++) {
			const p = doc.phrasings[j] as string[];
			let shared = 0;
			const pw = doc.phrasingWeights[j] as number;
			for (const [key, w] of query.weights) {
				if (p.includes(key) || (query.alts.get(key) ?? []).some((k) => p.includes(k))) shared += w;
			}
			// A phrasing asking something else (when, not what) is a little further, whatever its words.
			const asks = doc.phrasingTypes[j];
			const shape = query.frame.shape ?? query.frame.type;
			const other =
				asks !== undefined &&
				asks !== shape &&
				(SPECIFIC.has(asks) || SPECIFIC.has(shape) || asks.startsWith('define') || shape.startsWith('define'));
			const dice = ((2 * shared) / (query.total + pw || 1)) * (other ? OTHER_TYPE : 1);
			if (dice > phr) phr = dice;
		}
		const cov = covered / query.total;
		// A topic stands for a broad question as a whole: it is a candidate only close to one of its phrasings.
		if (doc.kind === 'topic' && phr < TOPIC_MIN_PHRASING) continue;
		const measures = {
			cov,
			phr,
			missMax: heaviest > 0 ? missMax / heaviest : 0,
			entityMiss: query.entityWeight > 0 ? entityMissed / query.entityWeight : 0,
			rareMiss: rareMissed / query.total,
		};
		const features = rankFeatures(doc, query, measures);
		let score = 0;
		for (const name of RANK_FEATURES) score += rank[name] * features[name];
		const misfit = fit(index, doc, query);
		out.push({ doc, ...measures, score, ...(misfit ? { misfit } : {}) });
	}
	out.sort((a, b) => b.score - a.score);
	return out.slice(0, TOP);
}
