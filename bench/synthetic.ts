/**
 * Synthetic fact bases and questions for `npm run bench`: deterministic (a seeded PRNG, never Math.random), built
 * in memory from the real base's vocabulary plus generated names, coined terms and numbers.
 *
 * Term frequencies are meant to look natural: content words are drawn from a Zipf-like distribution over a ranked
 * vocabulary (the real base's words by their own frequency first, then a long tail of generated words), so common
 * words ("korea", "japan", "pact") are shared by many facts and tail words by a few. People, places and coined
 * terms are drawn the same way from pools that grow with the size of the base, so the vocabulary grows too.
 *
 * Quotes are not verbatim (these bases are never validated): only their shape matters to the engine.
 */
import type { Fact, KnowledgeBase } from '../src/knowledge/types.js';

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a small, fast, seeded 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Rng {
	private readonly next: () => number;

	constructor(seed: number) {
		this.next = mulberry32(seed);
	}

	float(): number {
		return this.next();
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[this.int(items.length)] as T;
	}

	/** Fisher-Yates on a copy. */
	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			[out[i], out[j]] = [out[j] as T, out[i] as T];
		}
		return out;
	}
}

/** Draws items by rank with probability proportional to 1 / (rank + offset)^exponent. */
export class Zipf<T> {
	private readonly cumulative: Float64Array;

	constructor(
		readonly items: readonly T[],
		exponent = 1,
		offset = 2.7,
	) {
		if (items.length === 0) throw new Error('Zipf over an empty list');
		this.cumulative = new Float64Array(items.length);
		let sum = 0;
		for (let r = 0; r < items.length; r++) {
			sum += 1 / (r + offset) ** exponent;
			this.cumulative[r] = sum;
		}
	}

	draw(rng: Rng): T {
		const total = this.cumulative[this.cumulative.length - 1] as number;
		const x = rng.float() * total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.cumulative[mid] as number) < x) lo = mid + 1;
			else hi = mid;
		}
		return this.items[lo] as T;
	}

	/** `n` distinct draws (fewer if the list is shorter). */
	distinct(rng: Rng, n: number, exclude: ReadonlySet<T> = new Set()): T[] {
		const out = new Set<T>();
		const want = Math.min(n, this.items.length - exclude.size);
		for (let tries = 0; out.size < want && tries < n * 50; tries++) {
			const item = this.draw(rng);
			if (!exclude.has(item)) out.add(item);
		}
		return [...out];
	}
}

// ---------------------------------------------------------------- vocabulary

/** Function words: glue for sentences, never drawn as content. */
const FUNCTION_WORDS = new Set(
	`a an the and or but if then so of to in on at by for with from into onto about as than that this these those is
	are was were be been being am do does did have has had will would shall should can could may might must it its
	they them their he him his she her we us our you your i me my what which who whom whose when where why how there
	here any some each every all both not no just only also very too up down out over under more most s t said says
	after before while since during against between through`
		.split(/\s+/)
		.filter(Boolean),
);

const VERBS: [base: string, past: string][] = [
	['announce', 'announced'],
	['sign', 'signed'],
	['criticize', 'criticized'],
	['propose', 'proposed'],
	['reject', 'rejected'],
	['review', 'reviewed'],
	['extend', 'extended'],
	['suspend', 'suspended'],
	['defend', 'defended'],
	['explain', 'explained'],
	['welcome', 'welcomed'],
	['approve', 'approved'],
	['cancel', 'cancelled'],
	['renew', 'renewed'],
	['protest', 'protested'],
	['confirm', 'confirmed'],
	['deny', 'denied'],
	['request', 'requested'],
	['question', 'questioned'],
	['support', 'supported'],
	['oppose', 'opposed'],
	['negotiate', 'negotiated'],
	['terminate', 'terminated'],
	['report', 'reported'],
	['share', 'shared'],
	['restrict', 'restricted'],
	['lift', 'lifted'],
	['discuss', 'discussed'],
	['veto', 'vetoed'],
	['ratify', 'ratified'],
	['draft', 'drafted'],
	['publish', 'published'],
	['withdraw', 'withdrew'],
	['urge', 'urged'],
	['warn', 'warned'],
	['launch', 'launched'],
	['postpone', 'postponed'],
	['investigate', 'investigated'],
	['summon', 'summoned'],
	['endorse', 'endorsed'],
];

const TITLES = [
	'minister of',
	'spokesperson for',
	'deputy director of',
	'chief negotiator for',
	'senior adviser to',
	'ambassador to',
	'chairman of',
	'secretary general of',
	'governor of',
	'envoy to',
	'director general of',
	'press secretary of',
];

const INSTITUTIONS = ['Ministry', 'Council', 'Office', 'Agency', 'Committee', 'Assembly', 'Bureau', 'Commission'];

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const KO_FAMILY = [
	'Kim',
	'Lee',
	'Park',
	'Choi',
	'Jung',
	'Kang',
	'Cho',
	'Yoon',
	'Jang',
	'Lim',
	'Han',
	'Oh',
	'Seo',
	'Shin',
];
const KO_SYLLABLES = [
	'min',
	'jun',
	'seo',
	'yeon',
	'ji',
	'hoon',
	'woo',
	'jin',
	'hyun',
	'soo',
	'young',
	'eun',
	'sung',
	'dong',
	'hee',
	'kyung',
	'tae',
	'won',
	'chul',
	'geun',
];
const JA_FAMILY = [
	'Sato',
	'Suzuki',
	'Takahashi',
	'Tanaka',
	'Watanabe',
	'Ito',
	'Yamamoto',
	'Nakamura',
	'Kobayashi',
	'Kato',
];
const JA_GIVEN = [
	'Hiroshi',
	'Takeshi',
	'Yuki',
	'Kenji',
	'Akira',
	'Taro',
	'Haruto',
	'Sota',
	'Naoki',
	'Yoshihide',
	'Kazuo',
];
const EN_GIVEN = ['Mark', 'Laura', 'David', 'Susan', 'Robert', 'Ellen', 'James', 'Karen', 'Peter', 'Anne', 'Michael'];
const EN_FAMILY = ['Ellison', 'Harper', 'Whitford', 'Conway', 'Brennan', 'Dalton', 'Mercer', 'Fairfax', 'Holloway'];

const ONSETS = [
	'b',
	'br',
	'c',
	'd',
	'dr',
	'f',
	'g',
	'gr',
	'h',
	'k',
	'l',
	'm',
	'n',
	'p',
	'pr',
	'r',
	's',
	'st',
	't',
	'tr',
	'v',
	'z',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rt', 'x', 'ck'];

/** A pronounceable coined word of 2-3 syllables ("travendo", "mesilark"). */
function coin(rng: Rng): string {
	const syllables = 2 + rng.int(2);
	let w = '';
	for (let i = 0; i < syllables; i++)
		w += rng.pick(ONSETS) + rng.pick(NUCLEI) + (i === syllables - 1 ? rng.pick(CODAS) : '');
	return w;
}

function capitalize(w: string): string {
	return w.charAt(0).toUpperCase() + w.slice(1);
}

function personName(rng: Rng): string {
	const style = rng.int(3);
	if (style === 0) {
		const a = rng.pick(KO_SYLLABLES);
		let b = rng.pick(KO_SYLLABLES);
		if (b === a) b = rng.pick(KO_SYLLABLES);
		return `${rng.pick(KO_FAMILY)} ${capitalize(a)}-${b}`;
	}
	if (style === 1) return `${rng.pick(JA_FAMILY)} ${rng.pick(JA_GIVEN)}`;
	return `${rng.pick(EN_GIVEN)} ${capitalize(coin(rng))}${rng.chance(0.5) ? '' : rng.pick(EN_FAMILY).slice(-3)}`;
}

function tokens(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.split(/[^a-z0-9'-]+/)
		.map((w) => w.replace(/^['-]+|['-]+$/g, ''))
		.filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/** Content words of the real base ranked by how often they occur in it, most frequent first. */
export function realVocabulary(kb: KnowledgeBase): string[] {
	const counts = new Map<string, number>();
	for (const f of kb.facts) {
		for (const text of [f.question, ...f.alternates, ...f.keywords, f.answer, ...f.quotes.map((q) => q.text)]) {
			for (const w of tokens(text))
				if (!FUNCTION_WORDS.has(w) && !w.includes("'")) counts.set(w, (counts.get(w) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

// ---------------------------------------------------------------- facts

export interface SyntheticOptions {
	seed?: number;
}

interface Slots {
	person: string;
	place: string;
	coined: string;
	nouns: string[];
	verb: [string, string];
	year: number;
	date: string;
	iso: string;
	count: number;
}

function questionOf(t: number, s: Slots): string {
	const [n1, n2] = [s.nouns[0] ?? 'pact', s.nouns[1] ?? 'talks'];
	switch (t) {
		case 0:
			return `Who ${s.verb[1]} the ${n1} ${n2} of ${s.coined}?`;
		case 1:
			return `When did ${s.person} ${s.verb[0]} the ${n1} ${s.coined}?`;
		case 2:
			return `What did ${s.person} say about the ${n1} ${n2}?`;
		case 3:
			return `Why did the ${s.place} ${s.verb[0]} the ${s.coined} ${n1}?`;
		case 4:
			return `How many ${n1} did ${s.person} ${s.verb[0]} in ${s.year}?`;
		case 5:
			return `Where was the ${s.coined} ${n1} ${s.verb[1]}?`;
		case 6:
			return `What is the ${n1} ${n2} of ${s.coined}?`;
		default:
			return `Did ${s.person} ${s.verb[0]} the ${n1} ${n2}?`;
	}
}

function alternatesOf(rng: Rng, t: number, s: Slots, extra: string[]): string[] {
	const [n1, n2] = [s.nouns[0] ?? 'pact', s.nouns[1] ?? 'talks'];
	const x = extra[0] ?? n2;
	const family = s.person.split(' ')[0] ?? s.person;
	const all = [
		questionOf((t + 1 + rng.int(7)) % 8, s)
			.toLowerCase()
			.replace(/\?$/, ''),
		`who ${s.verb[1]} the ${s.coined} ${n1}`,
		`${s.person.toLowerCase()} ${n1} ${s.coined}`,
		`what happened with the ${s.coined} ${x} in ${s.year}`,
		`tell me about the ${n1} ${n2} and ${x}`,
		`why did ${family} ${s.verb[0]} the ${x} ${n1}`,
		`when was the ${n1} ${s.verb[1]} by the ${s.place}`,
		`${s.coined} ${n2} ${s.verb[0]} ${s.place.toLowerCase()}`,
	];
	return rng.shuffle(all).slice(0, 6);
}

function filler(rng: Rng, vocab: Zipf<string>, n: number): string {
	const glue = ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'a', 'that', 'as', 'by'];
	const out: string[] = [];
	for (let i = 0; i < n; i++) out.push(i % 2 === 1 && rng.chance(0.6) ? rng.pick(glue) : vocab.draw(rng));
	return out.join(' ');
}

/**
 * A synthetic knowledge base of `count` facts. Sources and aliases (the engine's lexicon) and the timeline are the
 * real base's, so per-question costs that do not depend on the facts stay as in production; the timeline's fact
 * references point at real fact ids, which are absent here (the engine tolerates that).
 */
export function syntheticKnowledgeBase(
	real: KnowledgeBase,
	count: number,
	options: SyntheticOptions = {},
): KnowledgeBase {
	const rng = new Rng((options.seed ?? 42) ^ count);
	const real_ = realVocabulary(real);
	// The tail grows with the base (Heaps' law): about one new generated word for every fact.
	const tailSize = Math.max(200, count);
	const tail = new Set<string>();
	while (tail.size < tailSize) tail.add(coin(rng));
	const vocab = new Zipf([...real_, ...tail], 1.05);
	const coinedPool = new Zipf(
		Array.from({ length: Math.max(50, Math.round(count * 0.8)) }, () => `${capitalize(coin(rng))}`),
		0.9,
	);
	const people = new Zipf(
		Array.from({ length: Math.max(30, Math.round(count / 4)) }, () => personName(rng)),
		0.9,
	);
	const placeNames = Array.from({ length: Math.max(20, Math.round(count / 12)) }, () =>
		rng.chance(0.5) ? `${capitalize(coin(rng))} ${rng.pick(INSTITUTIONS)}` : `${capitalize(coin(rng))} City`,
	);
	const places = new Zipf([...placeNames, 'Blue House', 'Foreign Ministry', 'National Assembly', 'Tokyo', 'Seoul'], 1);
	const topicNames = Array.from(
		{ length: Math.max(10, Math.round(Math.sqrt(count))) },
		() => `The ${capitalize(coin(rng))} affair`,
	);
	const topics = topicNames.map((name, i) => ({
		id: `topic-${i}`,
		name: { en: name },
		phrasings: [
			`tell me about ${name.toLowerCase()}`,
			`what is ${name.toLowerCase()}`,
			`${name.toLowerCase()} overview`,
		],
		digest: [] as string[],
	}));
	const verbs = new Zipf(VERBS, 0.8);
	const primary = real.primary;
	const paragraphs = Math.max(1, primary.paragraphs.length);

	const facts: Fact[] = [];
	for (let i = 0; i < count; i++) {
		const nouns = vocab.distinct(rng, 5);
		const year = 1990 + rng.int(35);
		const month = rng.int(12);
		const day = 1 + rng.int(28);
		const s: Slots = {
			person: people.draw(rng),
			place: places.draw(rng),
			coined: coinedPool.draw(rng),
			nouns,
			verb: verbs.draw(rng),
			year,
			date: `${MONTHS[month]} ${day}, ${year}`,
			iso: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
			count: 2 + rng.int(40),
		};
		const template = rng.int(8);
		const [n1, n2, n3, n4, n5] = nouns;
		const title = `${rng.pick(TITLES)} the ${s.place}`;
		const answer = [
			`${s.person}, ${title}, ${s.verb[1]} the ${n1} ${n2} of ${s.coined} on ${s.date}.`,
			`${capitalize(filler(rng, vocab, 8 + rng.int(10)))}, ${s.count} ${n3} in all.`,
		].join(' ');
		const quote = `${s.person} ${s.verb[1]} the ${n1} ${s.coined} ${filler(rng, vocab, 6 + rng.int(8))}, ${n4} ${n5} ${filler(rng, vocab, 4 + rng.int(6))}.`;
		const related = facts.length > 0 ? Array.from({ length: rng.int(4) }, () => `syn-${rng.int(facts.length)}`) : [];
		facts.push({
			id: `syn-${i}`,
			topic: rng.pick(topics).id,
			question: questionOf(template, s),
			alternates: alternatesOf(rng, template, s, [n3 ?? 'talks']),
			answer,
			quotes: [{ text: quote, source: primary.id, paragraph: 1 + rng.int(paragraphs) }],
			keywords: [s.person, s.coined, n1 ?? 'pact', n2 ?? 'talks', s.place],
			dates: rng.chance(0.4) ? [{ date: s.iso, precision: 'day', what: `${s.person} ${s.verb[1]} the ${n1}` }] : [],
			related: [...new Set(related)],
			frame: { about: [], where: [] },
			file: 'bench/synthetic.ts',
		});
	}
	for (const t of topics)
		t.digest = facts
			.filter((f) => f.topic === t.id)
			.slice(0, 3)
			.map((f) => f.id);
	return {
		sources: real.sources,
		primary,
		facts,
		entities: real.entities,
		concepts: real.concepts,
		topics,
		timeline: real.timeline,
		languages: ['en'],
		scope: real.scope,
	};
}

// ---------------------------------------------------------------- questions

/** `regression`: the project's own regression questions (real base only). */
export type QuestionKind = 'exact' | 'regression' | 'paraphrase' | 'typo' | 'off-topic';

export interface BenchQuestion {
	q: string;
	kind: QuestionKind;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit (insert, delete, substitute or transpose) in one word of four letters or more. */
export function withTypo(rng: Rng, text: string): string {
	const parts = text.split(' ');
	const candidates = parts.map((w, i) => ({ w, i })).filter(({ w }) => /^[A-Za-z]{4,}/.test(w));
	if (candidates.length === 0) return text;
	const { w, i } = rng.pick(candidates);
	const letters = w.match(/^[A-Za-z]+/)?.[0] ?? w;
	const rest = w.slice(letters.length);
	const p = 1 + rng.int(letters.length - 1);
	let typo: string;
	switch (rng.int(4)) {
		case 0:
			typo = letters.slice(0, p) + rng.pick([...LETTERS]) + letters.slice(p);
			break;
		case 1:
			typo = letters.slice(0, p) + letters.slice(p + 1);
			break;
		case 2:
			typo = letters.slice(0, p) + rng.pick([...LETTERS.replace(letters[p] ?? '', '')]) + letters.slice(p + 1);
			break;
		default:
			typo =
				p < letters.length - 1 ? letters.slice(0, p) + letters[p + 1] + letters[p] + letters.slice(p + 2) : letters;
	}
	parts[i] = typo + rest;
	return parts.join(' ');
}

/** A paraphrase: one or two words dropped, often lower case and without the question mark. */
export function withDroppedWords(rng: Rng, text: string): string {
	let parts = text.replace(/\?$/, '').split(' ');
	const drops = parts.length > 5 ? 2 : 1;
	for (let d = 0; d < drops && parts.length > 2; d++) {
		const at = 1 + rng.int(parts.length - 1);
		parts = [...parts.slice(0, at), ...parts.slice(at + 1)];
	}
	const out = parts.join(' ');
	return rng.chance(0.5) ? out.toLowerCase() : `${out}?`;
}

const OFF_TOPIC_TEMPLATES = [
	'what is the best {food} recipe for a weeknight',
	'how do I reset my {device} password',
	'who won the {sport} final last season',
	'can you recommend a good {genre} movie',
	'what time does the {shop} open on sunday',
	'how long should I boil {food}',
	'is it worth learning {lang} this year',
	'hey bot how are you doing today',
	'what is the weather like in {city} tomorrow',
	'why does my {device} keep overheating',
	'tell me a joke about {animal}s',
	'how many calories are in a {food}',
	'where can I buy cheap {device} chargers',
	'whats your favourite {genre} song lol',
	'how do you train a {animal} to sit',
	'who invented the {device}',
];
const OFF_TOPIC_SLOTS: Record<string, string[]> = {
	food: ['pasta', 'kimchi', 'ramen', 'pancake', 'avocado', 'dumpling', 'risotto', 'egg'],
	device: ['router', 'laptop', 'phone', 'printer', 'keyboard', 'headphones', 'console'],
	sport: ['football', 'basketball', 'tennis', 'cricket', 'esports', 'baseball'],
	genre: ['horror', 'comedy', 'jazz', 'sci-fi', 'indie', 'anime'],
	shop: ['bakery', 'pharmacy', 'gym', 'library', 'post office'],
	lang: ['rust', 'python', 'spanish', 'guitar', 'chess'],
	city: ['Paris', 'Toronto', 'Lagos', 'Lima', 'Oslo', 'Denver'],
	animal: ['cat', 'dog', 'parrot', 'hamster', 'penguin'],
};

export function offTopicQuestion(rng: Rng): string {
	return rng
		.pick(OFF_TOPIC_TEMPLATES)
		.replace(/\{(\w+)\}/g, (_, slot: string) => rng.pick(OFF_TOPIC_SLOTS[slot] ?? ['thing']));
}

/**
 * Questions about a synthetic base: a mix of exact fact questions (30%), paraphrases with dropped words (25%),
 * typos (25%, one edit in one word) and off-topic questions (20%).
 */
export function syntheticQuestions(kb: KnowledgeBase, count: number, seed = 7): BenchQuestion[] {
	const rng = new Rng(seed ^ kb.facts.length);
	const out: BenchQuestion[] = [];
	for (let i = 0; i < count; i++) {
		const x = rng.float();
		const fact = rng.pick(kb.facts);
		if (x < 0.3) out.push({ q: fact.question, kind: 'exact' });
		else if (x < 0.55)
			out.push({
				q: withDroppedWords(rng, rng.chance(0.5) ? fact.question : rng.pick(fact.alternates)),
				kind: 'paraphrase',
			});
		else if (x < 0.8) out.push({ q: withTypo(rng, fact.question), kind: 'typo' });
		else out.push({ q: offTopicQuestion(rng), kind: 'off-topic' });
	}
	return out;
}

// ---------------------------------------------------------------- shape

export interface VocabularyShape {
	/** Distinct content words over every fact's question, alternates, keywords and answer. */
	words: number;
	/** Share of facts that hold the most common content word, and the tenth most common. */
	top1: number;
	top10: number;
	/** Share of the distinct words held by at most 1 fact, and by at most 5. */
	singletons: number;
	rare: number;
}

/** How term frequencies look (document frequency of content words), to compare a synthetic base with the real one. */
export function vocabularyShape(kb: KnowledgeBase): VocabularyShape {
	const df = new Map<string, number>();
	for (const f of kb.facts) {
		const seen = new Set(tokens([f.question, ...f.alternates, ...f.keywords, f.answer].join(' ')));
		for (const w of seen) if (!FUNCTION_WORDS.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
	}
	const counts = [...df.values()].sort((a, b) => b - a);
	const n = Math.max(1, kb.facts.length);
	return {
		words: counts.length,
		top1: (counts[0] ?? 0) / n,
		top10: (counts[9] ?? 0) / n,
		singletons: counts.filter((c) => c <= 1).length / Math.max(1, counts.length),
		rare: counts.filter((c) => c <= 5).length / Math.max(1, counts.length),
	};
}
