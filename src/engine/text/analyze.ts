/**
 * Text -> terms. A term is what matching compares: a named thing (`@id`, from the knowledge base's entities), an
 * idea (`#id`, from its concepts), an English stem (`w:renew`), a number (`n:29`), a time (`y:2020`, `m:11`,
 * `d:11-23`, `wd:4`), or for Korean and Japanese a content word (`k:갱신`) and its character bigrams (`b:갱신`).
 * The lexicon of names and ideas is data; this module knows only languages.
 */

import {
	bigrams,
	fold,
	japaneseWords,
	koreanStem,
	lightStem,
	type NumberMention,
	readNumbersAndTimes,
	stem,
	type TimeMention,
	type Token,
	tokenize,
} from './fold.js';
import { EN_FILLER, EN_STOP, JA_STOP, KO_STOP, KO_SUFFIXES } from './lang.js';
import { isCommonWord } from './rarity.js';
import type { TypoCorrector } from './typo.js';

export type TermKind = 'entity' | 'concept' | 'word' | 'number' | 'time' | 'cjk' | 'bigram';

export interface Term {
	key: string;
	/** Other keys the same words may stand for ("lee" may be either of two people). */
	alts?: string[];
	kind: TermKind;
	/** Index of the first token it came from. */
	at: number;
}

const KO_PARTICLES = new Set(KO_SUFFIXES);

export interface Analysis {
	folded: string;
	tokens: Token[];
	terms: Term[];
	numbers: NumberMention[];
	times: TimeMention[];
	/** Latin words replaced by typo correction: typed -> corrected. */
	corrected: [string, string][];
	/** Words written with a capital (or in capitals) inside a sentence, lower-cased: names the writer knows. */
	proper: Set<string>;
}

/** One name of a thing or one word of an idea, as the lexicon matches it. */
export interface LexiconEntry {
	/** Keys of what it names: `@entity` or `#concept`; several when a name is shared ("Lee"). */
	keys: string[];
	kind: 'entity' | 'concept';
}

interface LatinEntry extends LexiconEntry {
	bases: string[];
}
interface CjkEntry extends LexiconEntry {
	text: string;
}

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A lexicon as plain data (for the engine's snapshot). */
export interface LexiconData {
	latin: [string, LatinEntry[]][];
	cjk: CjkEntry[];
}

export class Lexicon {
	private readonly latin = new Map<string, LatinEntry[]>();
	private readonly cjk: CjkEntry[] = [];

	static fromData(data: LexiconData): Lexicon {
		const lexicon = new Lexicon([]);
		for (const [first, list] of data.latin) lexicon.latin.set(first, list);
		lexicon.cjk.push(...data.cjk);
		return lexicon;
	}

	toData(): LexiconData {
		return { latin: [...this.latin], cjk: this.cjk };
	}

	/** @param names surface form -> what it names */
	constructor(names: Iterable<[string, LexiconEntry]>) {
		const cjk = new Map<string, CjkEntry>();
		const latin = new Map<string, LatinEntry>();
		for (const [surface, entry] of names) {
			const folded = fold(surface);
			if (!folded) continue;
			if (CJK.test(folded) && !/[a-z0-9]/.test(folded)) {
				const key = folded.replace(/ /g, '');
				const prev = cjk.get(key);
				cjk.set(key, prev ? merge(prev, entry, { text: key }) : { ...entry, text: key });
				continue;
			}
			const bases = tokenize(folded).map((t) => t.light);
			if (bases.length === 0) continue;
			const key = bases.join(' ');
			const prev = latin.get(key);
			latin.set(key, prev ? merge(prev, entry, { bases }) : { ...entry, bases });
		}
		for (const entry of latin.values()) {
			const first = entry.bases[0] as string;
			const list = this.latin.get(first) ?? [];
			list.push(entry);
			this.latin.set(first, list);
		}
		for (const list of this.latin.values()) list.sort((a, b) => b.bases.length - a.bases.length);
		this.cjk.push(...[...cjk.values()].sort((a, b) => b.text.length - a.text.length));
	}

	/** Every Latin word the lexicon's names use (for typo correction). */
	latinWords(): string[] {
		const out: string[] = [];
		for (const list of this.latin.values()) for (const e of list) out.push(...e.bases);
		return out;
	}

	/** The longest entry starting at token i, if any. */
	matchLatin(tokens: Token[], i: number): LatinEntry | undefined {
		const list = this.latin.get((tokens[i] as Token).light);
		if (!list) return undefined;
		outer: for (const entry of list) {
			if (i + entry.bases.length > tokens.length) continue;
			for (let k = 1; k < entry.bases.length; k++) {
				const t = tokens[i + k] as Token;
				if (t.script !== 'latin' || t.light !== entry.bases[k]) continue outer;
			}
			return entry;
		}
		return undefined;
	}

	/**
	 * Entries found inside a CJK run (the longest claims its characters first, without overlap), in the order they
	 * are written; returns the rest of the run too.
	 */
	matchCjk(run: string): { entries: CjkEntry[]; rest: string[] } {
		const taken: boolean[] = new Array(run.length).fill(false);
		const found: { at: number; entry: CjkEntry }[] = [];
		for (const entry of this.cjk) {
			if (entry.text.length > run.length) continue;
			let from = 0;
			// A two-syllable Korean word inside another ("기한" in "얘기한") is not that word: Korean words take their
			// particles at the end, so a short word must start the run.
			const anywhere = !(entry.text.length <= 2 && /\p{Script=Hangul}/u.test(entry.text));
			for (;;) {
				const at = run.indexOf(entry.text, from);
				if (at < 0 || (!anywhere && at > 0)) break;
				from = at + 1;
				let free = true;
				for (let k = at; k < at + entry.text.length; k++) if (taken[k]) free = false;
				if (!free) continue;
				for (let k = at; k < at + entry.text.length; k++) taken[k] = true;
				found.push({ at, entry });
			}
		}
		const entries = found.sort((a, b) => a.at - b.at).map((f) => f.entry);
		const rest: string[] = [];
		let cur = '';
		for (let k = 0; k < run.length; k++) {
			if (taken[k]) {
				if (cur) rest.push(cur);
				cur = '';
			} else cur += run[k];
		}
		if (cur) rest.push(cur);
		return { entries, rest };
	}
}

function merge<T extends LexiconEntry>(a: LexiconEntry, b: LexiconEntry, extra: Omit<T, keyof LexiconEntry>): T {
	return {
		keys: [...new Set([...a.keys, ...b.keys])],
		kind: a.kind === 'entity' || b.kind === 'entity' ? 'entity' : 'concept',
		...extra,
	} as T;
}

/** Most tokens a text is read for: beyond it, a message is not a question but a wall of text. */
export const MAX_TOKENS = 400;

export interface AnalyzeOptions {
	/** Correct typos (questions only; curated text is spelt as meant). */
	typos?: TypoCorrector;
}

/** The most Korean, Japanese or Chinese characters read (each costs a dictionary look-up and segmentation). */
export const MAX_CJK_CHARACTERS = 1500;

/** Tokens without runs of the same word ("blah blah blah"), at most MAX_TOKENS of them. */
function readableTokens(all: Token[]): Token[] {
	const out: Token[] = [];
	for (const t of all) {
		if (out.length > 0 && out[out.length - 1]?.text === t.text) continue;
		out.push(t);
		if (out.length >= MAX_TOKENS) break;
	}
	return out;
}

export function analyze(text: string, lexicon: Lexicon, options: AnalyzeOptions = {}): Analysis {
	const folded = fold(text);
	const tokens = readableTokens(tokenize(folded));
	const corrected: [string, string][] = [];
	if (options.typos) {
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i] as Token;
			if (t.script !== 'latin' || EN_STOP.has(t.text) || EN_FILLER.has(t.text)) continue;
			const fixed = options.typos.correct(t.text);
			if (fixed) {
				corrected.push([t.text, fixed]);
				tokens[i] = { text: fixed, script: 'latin', base: stem(fixed), light: lightStem(fixed) };
			}
		}
	}
	const terms: Term[] = [];
	const consumed = new Set<number>();
	const push = (keys: string[], kind: TermKind, at: number) => {
		const [key, ...alts] = keys;
		if (key) terms.push(alts.length > 0 ? { key, alts, kind, at } : { key, kind, at });
	};
	// A run of Korean or Japanese read once per message, however often it repeats; and only so many characters.
	const runs = new Map<string, { keys: string[]; kind: TermKind }[]>();
	let cjkBudget = MAX_CJK_CHARACTERS;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.script === 'latin') {
			const entry = lexicon.matchLatin(tokens, i);
			if (entry) {
				push(entry.keys, entry.kind, i);
				for (let k = 0; k < entry.bases.length; k++) consumed.add(i + k);
				i += entry.bases.length - 1;
			}
			continue;
		}
		consumed.add(i);
		let read = runs.get(t.text);
		if (!read) {
			if (cjkBudget <= 0) continue;
			cjkBudget -= t.text.length;
			read = [];
			const { entries, rest } = lexicon.matchCjk(t.text);
			for (const e of entries) read.push({ keys: e.keys, kind: e.kind });
			for (const piece of rest) {
				const words = t.script === 'hangul' ? [koreanStem(piece)] : japaneseWords(piece);
				for (const w of words) {
					if ((t.script === 'hangul' ? KO_STOP : JA_STOP).has(w) || (t.script === 'hangul' && KO_STOP.has(piece)))
						continue;
					// What is left of a name once the lexicon took it: a particle alone ("외무상에게" -> "에게").
					if (t.script === 'hangul' && KO_PARTICLES.has(piece)) continue;
					// A word of two characters or more, or a single kanji ("日" in "決定日"): kana alone are endings.
					if ([...w].length >= 2 || /^\p{Script=Han}$/u.test(w)) read.push({ keys: [`k:${w}`], kind: 'cjk' });
					for (const b of bigrams(w)) if ([...b].length === 2) read.push({ keys: [`b:${b}`], kind: 'bigram' });
				}
			}
			runs.set(t.text, read);
		}
		for (const r of read) push(r.keys, r.kind, i);
	}
	const read = readNumbersAndTimes(tokens);
	const { times } = read;
	// "The two countries", "both sides": a reference to things already known, not a number asked about.
	const numbers = read.numbers.filter(
		(n) =>
			!(
				n.value <= 3 &&
				/^(the|these|those)$/.test(tokens[n.at - 1]?.text ?? '') &&
				/^[a-z]{3,}s$/.test(tokens[n.at + 1]?.text ?? '')
			),
	);
	for (const n of numbers) {
		push([`n:${n.value}`], 'number', n.at);
		consumed.add(n.at);
	}
	for (const m of times) {
		consumed.add(m.at);
		if (m.decade && m.year !== undefined) {
			push([`dc:${String(m.year).slice(0, 3)}`], 'time', m.at);
			continue;
		}
		if (m.year !== undefined) push([`y:${m.year}`], 'time', m.at);
		if (m.month !== undefined) push([`m:${m.month}`], 'time', m.at);
		if (m.month !== undefined && m.day !== undefined) push([`d:${m.month}-${m.day}`], 'time', m.at);
		if (m.weekday !== undefined) push([`wd:${m.weekday}`], 'time', m.at);
	}
	for (let i = 0; i < tokens.length; i++) {
		if (consumed.has(i)) continue;
		const t = tokens[i] as Token;
		if (t.script !== 'latin' || EN_STOP.has(t.text) || EN_FILLER.has(t.text)) continue;
		if (/^\d+$/.test(t.text)) continue;
		push([`w:${t.base}`], 'word', i);
	}
	terms.sort((a, b) => a.at - b.at);
	// Names the writer knows: capitalised inside a sentence. Not words in capitals among other words in capitals
	// (shouting: "HEY BOT WAKE UP"), and not common English words ("Hey", "Thanks").
	const proper = new Set<string>();
	for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:'")]\s+)(\p{Lu}[\p{L}\p{N}]+)/gu)) {
		const word = m[1] as string;
		const at = m.index ?? 0;
		const around = `${text.slice(Math.max(0, at - 12), at)} ${text.slice(at + word.length, at + word.length + 12)}`;
		const shouted = word === word.toUpperCase() && /\b\p{Lu}{2,}\b/u.test(around);
		// A common English word in capitals is not taken for a name ("Hey", "Please").
		if (shouted || isCommonWord(word.toLowerCase())) continue;
		proper.add(word.toLowerCase());
	}
	// The question as corrected, for what reads its form ("wen was it sined": "when was it signed").
	let asCorrected = folded;
	for (const [typed, fixed] of corrected) asCorrected = asCorrected.replace(new RegExp(`\\b${typed}\\b`, 'g'), fixed);
	return { folded: asCorrected, tokens, terms, numbers, times, corrected, proper };
}
