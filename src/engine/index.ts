/**
 * The engine: a pure function of the knowledge base from a question to an `Answer`. No I/O, no Discord, nothing
 * of any one article: names, ideas, phrasings and frames are the knowledge base's data.
 *
 *   clean -> route -> (fact questions only) analyse -> frame -> retrieve -> decide (one calibrated P) -> compose
 */
import type { Fact, KnowledgeBase, TimelineEvent } from '../knowledge/types.js';
import { Composer, MAX_DIGEST } from './compose.js';
import { FEATURES, type FeatureName, features, MODEL, type Model, probability } from './decide.js';
import { isEnglishWord } from './dictionary.js';
import { type AnswerType, parseFrame, type QuestionFrame } from './frame.js';
import { buildIndex, type KbIndex, timeKeysOfDate } from './kb-index.js';
import { dateIn } from './messages.js';
import { buildQuery, type Candidate, type Query, retrieve } from './retrieve.js';
import { rolesOf, withRoleHolders } from './roles.js';
import { route } from './route.js';
import { Suggester } from './suggest.js';
import { analyze } from './text/analyze.js';
import { cleanMessage } from './text/clean.js';
import { scriptLang } from './text/fold.js';
import { EN_ASKING_WORDS, EN_GENERIC_POSTS, EN_QUESTION_OPENERS } from './text/lang.js';
import { rarityWeight } from './text/rarity.js';
import { TypoCorrector } from './text/typo.js';
import type { Answer, AnswerPart, AskOptions, Engine, Lang, Suggestion, Topic } from './types.js';
import { ago, between, dateQuestion, type Span, spanParts } from './when.js';

export type { Answer, Citation, Engine, SourceRef, Suggestion, Topic } from './types.js';

export interface EngineOptions {
	/** The clock for "how long ago" questions; injectable for tests. */
	now?: () => Date;
	/** The calibrated model (tests and the fitting script pass their own). */
	model?: Model;
	/** A prebuilt index of this knowledge base (src/engine/snapshot.ts), to start without building one. */
	index?: KbIndex;
}

/** One look-up: the question's frame, its best fitting candidate and P(correct). */
export interface Lookup {
	text: string;
	query: Query;
	frame: QuestionFrame;
	candidates: Candidate[];
	top?: Candidate;
	second?: Candidate;
	/** The best candidate whose frame does not fit, when it scores above the top. */
	misfit?: Candidate;
	p: number;
	features?: Record<FeatureName, number>;
}

export interface DebugEngine extends Engine {
	/** For the fitting script and tests: the look-up behind an answer (`focus`: the asking sentences, see route). */
	lookup(text: string, focus?: string): Lookup;
	/** The answer a look-up's top candidate gives, whatever its P (the fitting script labels it). */
	answerOf(look: Lookup, lang?: Lang): Answer | undefined;
}

const SPLIT_EN = new RegExp(
	`\\s*(?:,\\s*(?:and|also|plus)\\s+|\\s+and\\s+(?:also\\s+)?|;\\s*|\\?\\s+|,\\s+|\\s+\\+\\s+|\\s+&\\s+)(?=(?:(?:at|in|on|by|from|with|to|for|of)\\s+)?(?:${EN_ASKING_WORDS})\\b)`,
	'i',
);
/** Korean and Japanese: "그리고", "それと", a sentence end, or a clause ending in -고/-며 and a comma ("누구고, 어디서"). */
const SPLIT_CJK = /\s*(?:그리고|또|또한|、?それと|、?あと|。|？|\?|(?<=[고며]),)\s*/;
/** A question asking what something is about: "what's this about?", "what is this story?". */
const ASKS_WHAT = /^(what|whats|tell me|explain|summari[sz]e)\b|무슨|뭐야|何の|なに|何が/;
/** The most questions one message is answered as. */
const MAX_PIECES = 4;
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
/** The frame of a half-typed question: it asks nothing in particular. */
const NEUTRAL_FRAME: QuestionFrame = {
	type: 'what',
	yesno: false,
	entities: [],
	times: [],
	eventTimes: [],
	numbers: [],
	after: false,
};
/** Words for someone's people in general: "officials", "leaders", "people". */
const EN_GENERIC_PEOPLE = new Set([...EN_GENERIC_POSTS, 'people', 'government', 'governments']);
/** A piece that refers back with a pronoun ("what did he tell him"). */
const PRONOUN = /\b(he|she|they|him|her|them|his|their|it|its)\b/i;

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): DebugEngine {
	const now = options.now ?? (() => new Date());
	const model = options.model ?? MODEL;
	const index: KbIndex = options.index ?? buildIndex(kb);
	const composer = new Composer(kb);
	let typos: TypoCorrector | undefined;
	const typoCorrector = () => {
		typos ??= new TypoCorrector(index.vocabulary, isEnglishWord, rarityWeight);
		return typos;
	};
	const acc = new Float64Array(index.docs.length);
	const roles = rolesOf(index);

	// "Most asked" without usage data: the facts other facts point to most, then file order.
	const inbound = new Map<string, number>();
	for (const f of kb.facts) for (const r of f.related) inbound.set(r, (inbound.get(r) ?? 0) + 1);
	const popular = [...kb.facts]
		.map((f, i) => ({ f, i }))
		.sort((a, b) => (inbound.get(b.f.id) ?? 0) - (inbound.get(a.f.id) ?? 0) || a.i - b.i)
		.map(({ f }) => f);
	const popularIds = popular.map((f) => f.id);

	/**
	 * Looks a question up. `focus` is the asking part of a message whose other sentences are context ("my teacher
	 * brought it up. when was it signed? i wanna say 2015"): the context lends its names and words, but what is
	 * asked (the answer type, times, "after the article") comes from the question alone.
	 */
	function lookup(text: string, nested = false, focus?: string): Lookup {
		let analysis = analyze(text, index.lexicon, { typos: typoCorrector() });
		const kindOf = (id: string) => index.entities.get(id)?.kind;
		let frame = parseFrame(analysis, kb.primary.published, kindOf);
		// "<capital>'s top diplomat said ...": the one holding the post (not for "who is ...": that asks for the person; nor
		// for "how many members").
		if (frame.type !== 'who' && frame.type !== 'count') {
			const withHolders = withRoleHolders(analysis, index, roles);
			if (withHolders !== analysis) {
				analysis = withHolders;
				frame = parseFrame(analysis, kb.primary.published, kindOf);
			}
		}
		let remarks: Set<string> | undefined;
		if (focus && focus !== text) {
			const asked = analyze(focus, index.lexicon, { typos: typoCorrector() });
			const own = new Set(asked.terms.map((t) => t.key));
			analysis = {
				...analysis,
				times: asked.times,
				numbers: asked.numbers,
				terms: analysis.terms.filter((t) => (t.kind !== 'time' && t.kind !== 'number') || own.has(t.key)),
			};
			const askedFrame = parseFrame(asked, kb.primary.published, kindOf);
			frame = {
				...frame,
				type: askedFrame.type,
				shape: askedFrame.shape,
				yesno: askedFrame.yesno,
				// "which lawmakers? names pls": the remarks may say whom more precisely.
				whoKind: askedFrame.whoKind === 'any' ? (frame.whoKind ?? 'any') : askedFrame.whoKind,
				after: askedFrame.after,
				times: askedFrame.times,
				eventTimes: askedFrame.eventTimes,
				numbers: askedFrame.numbers,
				relativeTo: askedFrame.relativeTo,
			};
			remarks = new Set(analysis.terms.filter((t) => !own.has(t.key)).map((t) => t.key));
		}
		const query = buildQuery(index, analysis, frame, remarks);
		// "... after the decision was announced": the date of the event named, from the facts about it.
		if (frame.relativeTo && !nested) {
			const event = lookup(frame.relativeTo.phrase, true).candidates.find(
				(c) => c.doc.kind === 'fact' && c.cov >= 0.6 && c.doc.fact?.dates.some((d) => d.precision === 'day'),
			);
			const date = event?.doc.fact?.dates.find((d) => d.precision === 'day')?.date;
			if (date)
				query.relative = {
					relation: frame.relativeTo.relation,
					date,
					...(frame.relativeTo.reply ? { reply: true } : {}),
				};
		}
		const candidates = retrieve(index, query, acc, model.rank);
		const fitting = candidates.filter((c) => !c.misfit);
		const top = fitting[0];
		const second = fitting.find((c) => c.doc !== top?.doc);
		const misfit = candidates.find((c) => c.misfit && (!top || c.score > top.score));
		if (!top) return { text, query, frame, candidates, misfit, p: 0 };
		const f = features(query, top, second, misfit);
		return { text, query, frame, candidates, top, second, misfit, p: probability(f, model), features: f };
	}

	/** Facts offered when the bot abstains: the closest ones, then the most asked. */
	function closest(look: Lookup | undefined): string[] {
		const ids: string[] = [];
		for (const c of look?.candidates ?? []) {
			const id = c.doc.kind === 'fact' ? c.doc.id : c.doc.topic?.digest[0];
			if (id && !ids.includes(id)) ids.push(id);
		}
		return [...ids, ...popularIds];
	}

	/** Is the question broad about one entity ("what did X say")? Then the facts of that entity, as a digest. */
	function entityDigest(look: Lookup): Fact[] | undefined {
		const { frame, query, top } = look;
		// A question one fact is phrased as ("What is X?") is that fact's, not a digest's.
		if (top?.doc.kind !== 'fact' || frame.yesno || (top.phr >= 0.85 && frame.type !== 'said')) return undefined;
		if (!['said', 'what', 'how'].includes(frame.type) || frame.entities.length !== 1) return undefined;
		const entity = (frame.entities[0] as string).slice(1);
		// Words other than the entity, but not a generic word for its people ("what did <country> officials say").
		const generic = new Set(
			query.analysis.terms
				.filter((t) => EN_GENERIC_PEOPLE.has(query.analysis.tokens[t.at]?.text ?? ''))
				.map((t) => t.key),
		);
		let other = 0;
		for (const [key, w] of query.weights) if (!key.startsWith('@') && !generic.has(key)) other += w;
		if (other / query.total > 0.45) return undefined;
		const ofEntity = (c: Candidate) =>
			c.doc.kind === 'fact' &&
			!c.misfit &&
			(frame.type === 'said'
				? c.doc.speaker === entity || index.ancestors.get(c.doc.speaker ?? '')?.has(entity)
				: c.doc.entities.has(entity));
		const facts = look.candidates.filter(ofEntity).filter((c) => c.score >= top.score * 0.8);
		if (facts.length < 2) return undefined;
		return facts.slice(0, MAX_DIGEST).map((c) => c.doc.fact as Fact);
	}

	/** A yes/no lead when the article settles it: a number or a date in the question against the fact's. */
	function yesNo(look: Lookup, fact: Fact, lang: Lang): string | undefined {
		const doc = index.factDocs.get(fact.id);
		if (!doc || !look.frame.yesno) return undefined;
		const m = composer.messages(lang);
		for (const n of look.frame.numbers) {
			if (doc.numbers.size === 0) break;
			if (doc.numbers.has(n.value)) return m.yes;
			const sameUnit = [...doc.numberUnits.values()].some((u) => u !== undefined && u === n.unit);
			if (sameUnit) return m.no;
		}
		// "Was it X who announced it?": X is, or is not, whom the fact names.
		if (look.frame.checksWho) {
			const named = look.frame.entities.filter((k) => index.entities.get(k.slice(1))?.kind === 'person');
			const people = [...doc.answerEntities].filter((e) => index.entities.get(e)?.kind === 'person');
			if (named.length > 0 && people.length > 0) return named.some((k) => people.includes(k.slice(1))) ? m.yes : m.no;
		}
		const times = [...look.query.weights.keys()].filter((k) => /^(y|m|d|dc):/.test(k));
		if (times.length > 0 && doc.dated) return times.every((k) => doc.times.has(k)) ? m.yes : m.no;
		return undefined;
	}

	/** The parts answering one confident look-up: one fact, a topic's digest, or an entity's digest. */
	function partsOf(look: Lookup, lang: Lang): AnswerPart[] {
		const top = look.top as Candidate;
		if (top.doc.kind === 'topic') {
			const facts = (top.doc.topic?.digest ?? []).map((id) => composer.fact(id)).filter((f): f is Fact => !!f);
			return facts.slice(0, MAX_DIGEST).map((f) => composer.part(f, lang));
		}
		const digest = entityDigest(look);
		if (digest) return digest.map((f) => composer.part(f, lang));
		const fact = top.doc.fact as Fact;
		return [composer.part(fact, lang, yesNo(look, fact, lang))];
	}

	/** What a near miss asked: the question type, or what the alternatives of "X or Y" are. */
	function askedOf(look: Lookup): AnswerType {
		const { frame } = look;
		if (look.misfit?.misfit === 'speaker') return 'said';
		if (look.misfit?.misfit === 'time') return 'when';
		if (frame.choice) {
			const key = frame.choice[0]?.[0] ?? '';
			const kind = index.entities.get(key.slice(1))?.kind;
			if (/^(y|m|d|wd):/.test(key)) return 'when';
			if (kind === 'place' || kind === 'country') return 'where';
			if (kind === 'person') return 'who';
		}
		return frame.type;
	}

	function decline(look: Lookup | undefined, lang: Lang): Answer {
		const m = composer.messages(lang);
		const confidence = 1 - (look?.p ?? 0);
		// "What's this story about?": a question that names nothing gets the overview, when the base has one.
		const overview = kb.topics.find((t) => t.id === kb.overview);
		if (look && overview && look.query.total === 0 && ASKS_WHAT.test(look.query.analysis.folded)) {
			const facts = overview.digest.map((id) => composer.fact(id)).filter((f): f is Fact => !!f);
			return composer.answered(
				facts.slice(0, MAX_DIGEST).map((f) => composer.part(f, lang)),
				lang,
				model.threshold,
			);
		}
		if (!look || look.query.total === 0) {
			return composer.abstain('off-topic', m.offTopic(composer.scope(lang)), lang, confidence, popularIds);
		}
		if (look.frame.after)
			return composer.abstain('not-in-article', m.afterArticle(composer.asOf), lang, confidence, closest(look));
		const near = look.misfit;
		if (near && near.doc.kind === 'fact' && near.cov >= 0.5 && near.score >= (look.top?.score ?? 0)) {
			return composer.nearMiss(askedOf(look), near.doc.fact as Fact, lang, confidence, closest(look));
		}
		// On topic when the question shares a telling term with the base; otherwise off topic.
		const known = look.query.total - look.query.unknown;
		const best = look.candidates[0];
		if (!best || known < 1 || best.cov < 0.2) {
			return composer.abstain('off-topic', m.offTopic(composer.scope(lang)), lang, confidence, popularIds);
		}
		return composer.abstain('not-in-article', m.notInArticle(composer.asOf), lang, confidence, closest(look));
	}

	/** Date arithmetic over the timeline: "how many days between A and B", "how long ago", "how long in force". */
	function dateAnswer(text: string, lang: Lang, whole: Lookup): Answer | undefined {
		const kind = dateQuestion(whole.query.analysis.folded);
		if (!kind) return undefined;
		/** Timeline events of the facts a part of the question is about, best first. */
		const eventsOf = (part: string, depth = 3): TimelineEvent[] => {
			const look = lookup(part);
			const out: TimelineEvent[] = [];
			for (const c of look.candidates.slice(0, depth)) {
				if (c.doc.kind !== 'fact' || c.cov < 0.4) continue;
				// A day before a month: "May 2" says more than "this month".
				const events = kb.timeline.filter((e) => e.facts.includes(c.doc.id) && !out.includes(e));
				events.sort((x, y) => PRECISION_RANK[x.precision] - PRECISION_RANK[y.precision]);
				out.push(...events);
			}
			return out;
		};
		let span: Span | undefined;
		const folded = whole.query.analysis.folded;
		if (kind === 'ago') {
			const event = eventsOf(text)[0];
			if (event) span = ago(event, now(), lang);
		} else if (kind === 'since-then') {
			// "How long had the treaty been in force when the country left": from its beginning to the later event. Its
			// beginning is the earliest event of a fact about what the question names (an entity or an idea).
			const at = folded.search(/\b(when|before|until|as of)\b/);
			if (at < 0) return undefined;
			const named = [...lookup(folded.slice(0, at), true).query.weights.keys()].filter((k) => /^[@#]/.test(k));
			const about = kb.timeline.filter((e) =>
				e.facts.some((id) => named.some((k) => index.factDocs.get(id)?.stated.has(k))),
			);
			const first = [...about].sort((x, y) => x.date.localeCompare(y.date))[0];
			const second = eventsOf(folded.slice(at)).find((e) => e !== first);
			if (first && second) span = between(first, second, lang);
		} else {
			const parts = spanParts(folded);
			if (!parts) return undefined;
			const first = eventsOf(parts[0])[0];
			const second = eventsOf(parts[1]).find((e) => e !== first);
			if (first && second) span = between(first, second, lang);
		}
		if (!span) return undefined;
		// A fact that states both dates states the span in the article's own words ("90 days before Nov. 30"):
		// the article's count wins over the calendar's.
		const top = whole.top;
		if (span.events.length === 2 && top && whole.p >= model.threshold && top.doc.kind === 'fact') {
			const times = top.doc.statedTimes;
			if (
				span.events.every((e) =>
					timeKeysOfDate(e.date).every((k) => times.has(k) || k.startsWith('wd:') || k.startsWith('y:')),
				)
			)
				return undefined;
		}
		const parts: AnswerPart[] = [
			{
				answer: `${span.text} ${composer.messages(lang).asOf(composer.asOf)}`,
				citations: span.events.map((e) => composer.citation(e.quote)),
				factIds: [...new Set(span.events.flatMap((e) => e.facts.slice(0, 1)))],
			},
		];
		return composer.answered(parts, lang, Math.max(whole.p, model.threshold));
	}

	/**
	 * Splits a message holding several questions ("who announced it, and where?"). A piece that is not a question
	 * of its own is context for the next one; a piece that names nothing ("what did he tell him") gets the names
	 * of the whole message.
	 */
	function splitQuestions(texts: string[], whole: Lookup): string[] {
		const out: string[] = [];
		let context = '';
		for (const t of texts) {
			const cjk = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(t);
			const pieces = t
				.split(cjk ? SPLIT_CJK : SPLIT_EN)
				.map((p) => p.trim())
				.filter((p) => /[\p{L}\p{N}]/u.test(p));
			for (const piece of pieces) {
				const asks = EN_QUESTION_OPENERS.test(piece.toLowerCase()) || /[?？]$/.test(piece) || cjk;
				if (!asks) {
					context = `${context} ${piece}`.trim();
					continue;
				}
				out.push(context ? `${context} ${piece}` : piece);
				context = '';
			}
		}
		if (context && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${context}`;
		const names = whole.frame.entities.map((k) => index.entities.get(k.slice(1))?.name.en ?? '').filter(Boolean);
		return out.map((p) =>
			PRONOUN.test(p) &&
			!whole.frame.entities.some((k) =>
				p.toLowerCase().includes((index.entities.get(k.slice(1))?.name.en ?? '#').toLowerCase()),
			)
				? `${p} ${names.join(' ')}`
				: p,
		);
	}

	function answerLookups(looks: Lookup[], lang: Lang): Answer | undefined {
		const confident = looks.filter((l) => l.top && l.p >= model.threshold);
		if (confident.length === 0) return undefined;
		const parts: AnswerPart[] = [];
		for (const l of confident) {
			for (const part of partsOf(l, lang)) {
				if (!parts.some((p) => p.factIds.join() === part.factIds.join())) parts.push(part);
			}
		}
		const p = Math.min(...confident.map((l) => l.p));
		return composer.answered(parts, lang, p, closest(confident[0]));
	}

	function ask(question: string, options: AskOptions = {}): Answer {
		const input = typeof question === 'string' ? question : '';
		const lang: Lang = options.lang ?? scriptLang(input);
		const m = composer.messages(lang);
		const scope = composer.scope(lang);
		const cleaned = cleanMessage(input);
		const routed = route(input, cleaned);
		switch (routed.route) {
			case 'empty':
				return composer.abstain('empty', m.empty(scope), lang, 1, popularIds);
			case 'chit-chat':
				return composer.abstain('chit-chat', m.greeting(scope), lang, 1, popularIds);
			case 'arithmetic':
				return composer.abstain('off-topic', m.arithmetic(scope), lang, 1, popularIds);
			case 'live':
				return composer.abstain('off-topic', m.live(composer.asOf), lang, 1, popularIds);
			case 'opinion':
				return composer.abstain('refused', m.opinion(scope), lang, 1, popularIds);
			case 'request':
				return composer.abstain('refused', m.request(scope), lang, 1, popularIds);
			case 'abuse':
				return composer.abstain('refused', m.abuse(scope), lang, 1, popularIds);
			case 'how-to':
				return composer.abstain('off-topic', m.offTopic(scope), lang, 1, popularIds);
			default:
				break;
		}
		const whole = lookup(routed.text, false, routed.questions.join(' ') || undefined);
		if (whole.frame.after) return decline(whole, lang);
		const dated = dateAnswer(routed.text, lang, whole);
		if (dated) return dated;
		// Several questions in one message: each part answered on its own, each with its own quotes.
		// At most a few questions a message: a wall of them is read as one (and costs one look-up, not hundreds).
		const pieces = splitQuestions(
			(routed.questions.length > 0 ? routed.questions : [routed.text]).slice(0, MAX_PIECES),
			whole,
		).slice(0, MAX_PIECES);
		if (pieces.length >= 2) {
			const looks = pieces.map((p) => lookup(p));
			const confident = looks.filter((l) => l.top && l.p >= model.threshold);
			const distinct = new Set(confident.map((l) => l.top?.doc.id));
			if (distinct.size >= 2) return answerLookups(confident, lang) as Answer;
			// One sentence of a chatty message may be the question: the most confident one answers.
			const best = [whole, ...looks].sort((a, b) => b.p - a.p)[0] as Lookup;
			if (best.p >= model.threshold && !best.frame.after) return single(best, lang);
			return decline(whole.p >= (best?.p ?? 0) ? whole : best, lang);
		}
		return single(whole, lang);
	}

	function single(look: Lookup, lang: Lang): Answer {
		if (!look.top || look.p < model.threshold) return decline(look, lang);
		const { top, second } = look;
		if (
			second &&
			top.doc.kind === 'fact' &&
			second.doc.kind === 'fact' &&
			top.score - second.score < model.ambiguity &&
			top.doc.fact?.topic !== second.doc.fact?.topic &&
			!top.doc.fact?.related.includes(second.doc.id) &&
			!second.doc.fact?.related.includes(top.doc.id) &&
			!entityDigest(look)
		) {
			const f2 = features(look.query, second, top, look.misfit);
			if (probability(f2, model) >= model.threshold) {
				const a = composer.fact(top.doc.id) as Fact;
				const b = composer.fact(second.doc.id) as Fact;
				const answer = composer.abstain('ambiguous', composer.messages(lang).ambiguous, lang, look.p, []);
				return { ...answer, suggestions: [composer.suggestion(a, lang), composer.suggestion(b, lang)] };
			}
		}
		return answerLookups([look], lang) as Answer;
	}

	let suggester: Suggester | undefined;
	const suggesterOf = () => {
		// Autocomplete ranks by terms alone: no typo index, no frame, no fit (a half-typed question has neither).
		suggester ??= new Suggester(index, composer, popular, (text) => {
			const analysis = analyze(text, index.lexicon);
			const query = buildQuery(index, analysis, NEUTRAL_FRAME);
			return retrieve(index, query, acc)
				.filter((c) => c.doc.kind === 'fact' && c.cov > 0)
				.map((c) => c.doc.id);
		});
		return suggester;
	};

	function topics(options: AskOptions = {}): Topic[] {
		const lang = options.lang ?? 'en';
		const out: Topic[] = [];
		for (const t of kb.topics) {
			const members = kb.facts.filter((f) => f.topic === t.id);
			if (members.length === 0) continue;
			out.push({ id: t.id, name: t.name[lang] ?? t.name.en, facts: members.map((f) => composer.suggestion(f, lang)) });
		}
		return out;
	}

	return {
		kb,
		ask,
		lookup: (text, focus) => lookup(text, false, focus),
		answerOf: (look, lang = 'en') => (look.top ? composer.answered(partsOf(look, lang), lang, look.p) : undefined),
		answerFact(id, options = {}) {
			const f = composer.fact(id);
			if (!f) return undefined;
			const lang = options.lang ?? 'en';
			return composer.answered([composer.part(f, lang)], lang, 1);
		},
		suggest: (prefix, limit, options = {}) => suggesterOf().suggest(prefix, limit, options.lang ?? 'en'),
		topics,
		timeline(options = {}) {
			const lang = options.lang ?? 'en';
			if (lang === 'en') return kb.timeline;
			return kb.timeline.map((e) => ({ ...e, what: (lang === 'ko' ? e.whatKo : e.whatJa) ?? e.what }));
		},
		warm() {
			typoCorrector();
			isEnglishWord('warm');
			ask(kb.facts[0]?.question ?? '');
			suggesterOf().suggest('who');
		},
	};
}

export type { Suggestion as EngineSuggestion };
export { dateIn, FEATURES };
