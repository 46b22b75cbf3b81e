/**
 * Folding text into comparable tokens: lower case, straight quotes, possessives and contractions joined, numbers
 * and dates read, CJK runs kept whole for the lexicon and segmented for matching. Pure functions.
 */
import { stemmer } from 'stemmer';
import {
	CJK_RUN,
	EN_MONTHS,
	EN_NUMBERS,
	EN_WEEKDAYS,
	HANGUL,
	JA_FUNCTION,
	JA_WEEKDAYS,
	KANA,
	KO_NUMBERS,
	KO_SUFFIXES,
	KO_WEEKDAYS,
} from './lang.js';
import { isCommonWord } from './rarity.js';

export type Script = 'latin' | 'hangul' | 'kana' | 'han';

/** A language by the script of the text: Hangul -> ko, kana -> ja, han alone -> ja, otherwise en. */
export function scriptLang(text: string): 'en' | 'ko' | 'ja' {
	if (HANGUL.test(text)) return 'ko';
	if (KANA.test(text)) return 'ja';
	if (/\p{Script=Han}/u.test(text)) return 'ja';
	return 'en';
}

/** Chat spellings of common English words, so that "wat did lee say abt it" reads as it means. */
const CHAT_SPELLINGS: Record<string, string> = {
	wat: 'what',
	wut: 'what',
	waht: 'what',
	wht: 'what',
	whta: 'what',
	wen: 'when',
	whn: 'when',
	wehn: 'when',
	wher: 'where',
	whr: 'where',
	wich: 'which',
	whcih: 'which',
	hw: 'how',
	hwo: 'how',
	y: 'why',
	abt: 'about',
	bout: 'about',
	abut: 'about',
	u: 'you',
	r: 'are',
	ur: 'your',
	n: 'and',
	govt: 'government',
	gov: 'government',
	pres: 'president',
	min: 'minister',
	intl: 'international',
	w: 'with',
	b4: 'before',
	thx: 'thanks',
	cuz: 'because',
	bc: 'because',
	tho: 'though',
	dunno: 'do not know',
	wanna: 'want to',
	gonna: 'going to',
	ppl: 'people',
	whos: 'who is',
	whats: 'what is',
	wheres: 'where is',
	whens: 'when is',
	hows: 'how is',
	whys: 'why is',
	wats: 'what is',
	yr: 'year',
	yrs: 'years',
	mo: 'month',
	wk: 'week',
};

/**
 * Folds text for matching: NFKC, lower case, straight quotes, possessive 's and contractions joined, "U.S." as
 * "usa", thousands separators dropped, "%" as "percent", every other punctuation a space. CJK is kept.
 */
/**
 * Initialisms that would read as a function word: dotted letters ("U.S.", "u.k.") and a two-letter word in capitals
 * among words that are not ("did US officials") are read as one name: spelled out letter by letter when the letters
 * make a common English word, so "US" is never the pronoun "us". Knowledge names fold the same way ("U.S." and "US" both
 * read "u s"; "U.S.A." and "USA" read "usa").
 */
const INITIALISM = /\b(?:[A-Za-z]\.\s?){2,3}(?![A-Za-z])|(?<![A-Z][A-Z]?\s?)\b[A-Z]{2}\b(?!\s?[A-Z]{2})/g;

function spellOut(initialism: string): string {
	const letters = initialism.replace(/[.\s]/g, '');
	// A common English word in capitals or with dots ("US", "IT", "U.S."): its letters. Else ("FM", "NK"): one word.
	if (!isCommonWord(letters.toLowerCase())) return ` ${letters} `;
	return ` ${letters.split('').join(' ')} `;
}

export function fold(input: string): string {
	return (
		input
			.normalize('NFKC')
			// A foreign name in katakana is written with a middle dot between its parts ("カン・ギョンファ"), or not.
			.replace(/(?<=[\p{Script=Katakana}ー])[・=＝](?=\p{Script=Katakana})/gu, '')
			.replace(INITIALISM, spellOut)
			.toLowerCase()
			.replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
			// "what's", "who's", "it's": a contraction of "is", not a possessive.
			.replace(/\b(what|who|where|when|how|why|that|it|there|here|this)'s\b/g, '$1 is')
			.replace(/(\p{L})'s\b/gu, '$1')
			.replace(/(\p{L})s'(?=\s|$)/gu, '$1s')
			.replace(/(\p{L})'(t|re|ve|ll|d|m)\b/gu, '$1$2')
			.replace(/(\d),(\d{3})\b/g, '$1$2')
			.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
			.replace(/%/g, ' percent ')
			// Clause breaks stay as a comma token: "if it hadn't, when would ..." (words are read without them).
			.replace(/\s*[,;:?!。？！、]+\s*/gu, ' , ')
			.replace(/[^\p{L}\p{N}\s,]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.replace(/^[ ,]+|[ ,]+$/g, '')
			.trim()
	);
}

/**
 * British spellings read as American ones, so that both meet one stem: "summarise", "organisation" and
 * "neighbour" as "summarize", "organization" and "neighbor". Applied the same way to questions and to the base.
 */
export function americanSpelling(word: string): string {
	if (word.length < 6) return word;
	return word
		.replace(/(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
		.replace(/(?<=[a-z]{2}[b-df-hj-np-tv-z]|i)our(s|ed|ing|ite|ites|able)?$/, 'or$1');
}

const stemMemo = new Map<string, string>();
/** Words longer than this are stemmed but not remembered: the memo holds at most 50,000 short words. */
const MEMO_WORD_LENGTH = 40;
/** The Porter stem of an English word (remembered; the memo is bounded in entries and in bytes). */
export function stem(word: string): string {
	let s = stemMemo.get(word);
	if (s === undefined) {
		s = word.length <= 3 ? word : stemmer(americanSpelling(word));
		if (word.length > MEMO_WORD_LENGTH) return s;
		if (stemMemo.size > 50_000) stemMemo.clear();
		stemMemo.set(word, s);
	}
	return s;
}

/**
 * A light stem for names and the words of ideas: only inflection comes off (-s, -es, -ed, -ing), so that a listed
 * word matches its forms ("scrapped", "scraps") without meeting other words (Porter makes "useful" and "used"
 * one stem; here they stay apart).
 */
export function lightStem(word: string): string {
	if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
	let w = americanSpelling(word);
	if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (/(?:[sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
	else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
	else if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
	if (w !== word && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
	return w;
}

/** A token of folded text. */
export interface Token {
	/** Latin word (folded), a number, or a run of CJK characters (kept whole for the lexicon). */
	text: string;
	script: Script;
	/** The English stem (Latin words), or the text itself. */
	base: string;
	/** The light stem (Latin words) the lexicon matches on, or the text itself. */
	light: string;
}

/** Splits folded text into tokens; chat spellings are read as the words they stand for. */
export function tokenize(folded: string): Token[] {
	const out: Token[] = [];
	for (const raw of folded.split(' ')) {
		if (!raw) continue;
		// A word may mix scripts ("nato를", "natoとは"): split at every change of script.
		for (const part of raw.match(
			/[\p{Script=Latin}\p{N}]+|[\p{Script=Hangul}]+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu,
		) ?? []) {
			if (/^[\p{Script=Latin}\p{N}]+$/u.test(part)) {
				const spelled = CHAT_SPELLINGS[part];
				for (const word of spelled ? spelled.split(' ') : [part]) {
					out.push({ text: word, script: 'latin', base: stem(word), light: lightStem(word) });
				}
			} else {
				out.push({
					text: part,
					script: HANGUL.test(part) ? 'hangul' : KANA.test(part) ? 'kana' : 'han',
					base: part,
					light: part,
				});
			}
		}
	}
	return out;
}

/** A Korean word without its particles and endings ("갱신일이" -> "갱신일"); at least one character is kept. */
export function koreanStem(word: string): string {
	for (const suffix of KO_SUFFIXES) {
		if (word.length > suffix.length && word.endsWith(suffix)) return word.slice(0, -suffix.length);
	}
	return word;
}

let jaSegmenter: Intl.Segmenter | undefined;
/** Japanese content words of a run (particles and endings dropped). */
export function japaneseWords(run: string): string[] {
	const out: string[] = [];
	// Made on first use: creating it costs milliseconds a start without Japanese never needs.
	jaSegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
	for (const seg of jaSegmenter.segment(run)) {
		if (!seg.isWordLike) continue;
		if (JA_FUNCTION.test(seg.segment)) continue;
		out.push(seg.segment);
	}
	return out;
}

/** Character bigrams of a CJK word (the word itself when it has one or two characters). */
export function bigrams(word: string): string[] {
	const chars = [...word];
	if (chars.length <= 2) return [word];
	const out: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
	return out;
}

/** A time a text names: a year, a month (with its day, when given), or a weekday. */
export interface TimeMention {
	year?: number;
	/** 1-12 */
	month?: number;
	day?: number;
	/** 0 (Sunday) - 6 */
	weekday?: number;
	/** Token range it came from. */
	at: number;
	/** A decade ("the 1990s"): `year` is its first year. */
	decade?: boolean;
	/** Relative to the source's date ("this year"): resolved by the caller. */
	relative?: 'this-year' | 'last-year' | 'this-month' | 'last-month';
}

/** A number a text names (not a year or a day of a month), with the word after it ("90 days"). */
export interface NumberMention {
	value: number;
	unit?: string;
	at: number;
}

const MONTH_PREFIX = EN_MONTHS.map((m) => m.slice(0, 3));

function monthOf(word: string): number | undefined {
	if (word.length < 3) return undefined;
	const i = MONTH_PREFIX.indexOf(word.slice(0, 3));
	if (i < 0) return undefined;
	const full = EN_MONTHS[i] as string;
	// "may", "march" and "mar" are words too: they are read as months by the caller, next to a day or "in".
	if (word === 'may' || word === 'march' || word === 'mar') return undefined;
	if (word === full || (word.length <= 4 && full.startsWith(word))) return i + 1;
	if (word === 'sept') return 9;
	return undefined;
}

/** Reads the numbers and times of a token list. */
export function readNumbersAndTimes(tokens: Token[]): { numbers: NumberMention[]; times: TimeMention[] } {
	const numbers: NumberMention[] = [];
	const times: TimeMention[] = [];
	const used = new Set<number>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		const next = tokens[i + 1]?.text;
		if (t.script === 'latin') {
			const weekday = EN_WEEKDAYS.indexOf(t.text.endsWith('s') ? t.text.slice(0, -1) : t.text);
			if (weekday >= 0) {
				times.push({ weekday, at: i });
				continue;
			}
			const month = monthOf(t.text);
			// "may" and "march" are months next to a day number or after "in", "since", "early"...: "may 4", "in march".
			const ambiguous = t.text === 'may' ? 5 : t.text === 'march' ? 3 : undefined;
			const dated =
				ambiguous !== undefined &&
				(/^\d{1,2}$/.test(next ?? '') ||
					/^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') ||
					/^(in|since|until|by|early|late|mid|last|this|of|from|through)$/.test(tokens[i - 1]?.text ?? ''));
			if (month !== undefined || dated) {
				const m = month ?? (ambiguous as number);
				const dayNext = next && /^\d{1,2}$/.test(next) && Number(next) <= 31 ? Number(next) : undefined;
				const prev = tokens[i - 1]?.text;
				const dayPrev =
					prev && /^\d{1,2}$/.test(prev) && Number(prev) <= 31 && !used.has(i - 1) ? Number(prev) : undefined;
				const day = dayNext ?? dayPrev;
				if (dayNext !== undefined) used.add(i + 1);
				if (dayPrev !== undefined && dayNext === undefined) {
					used.add(i - 1);
					const j = numbers.findIndex((n) => n.at === i - 1);
					if (j >= 0) numbers.splice(j, 1);
				}
				const yearTok = tokens[i + (dayNext !== undefined ? 2 : 1)]?.text;
				const year = yearTok && /^(19|20)\d\d$/.test(yearTok) ? Number(yearTok) : undefined;
				times.push({ month: m, day, year, at: i });
				continue;
			}
			if (used.has(i)) continue;
			if (/^(19|20)\d0s$/.test(t.text)) {
				times.push({ year: Number(t.text.slice(0, 4)), decade: true, at: i });
				continue;
			}
			if (/^(19|20)\d\d$/.test(t.text)) {
				if (!times.some((x) => x.year === Number(t.text) && x.at === i - 1))
					times.push({ year: Number(t.text), at: i });
				continue;
			}
			let value: number | undefined;
			if (/^\d+(?:\.\d+)?$/.test(t.text)) value = Number(t.text);
			else if (EN_NUMBERS[t.text] !== undefined && !['one', 'second', 'first'].includes(t.text)) {
				value = EN_NUMBERS[t.text];
				// "twenty nine"
				const unit = next !== undefined ? EN_NUMBERS[next] : undefined;
				if (value !== undefined && value >= 20 && value % 10 === 0 && unit !== undefined && unit < 10) {
					value += unit;
					used.add(i + 1);
				}
			}
			if (value !== undefined) {
				const after = tokens[i + 1 + (used.has(i + 1) ? 1 : 0)];
				numbers.push({ value, unit: after?.script === 'latin' ? after.base : undefined, at: i });
			}
			continue;
		}
		// Korean and Japanese: 2020년, 11월 30일, 5月7日, 29번, 90일, 목요일, 木曜日.
		const text = t.text;
		{
			const prevNum =
				tokens[i - 1]?.script === 'latin' && /^\d+$/.test(tokens[i - 1]?.text ?? '')
					? Number(tokens[i - 1]?.text)
					: undefined;
			const head = text.slice(0, 1);
			if (prevNum !== undefined && (head === '년' || head === '年')) {
				if (!times.some((m) => m.year === prevNum && m.at === i - 1)) times.push({ year: prevNum, at: i });
				const j = numbers.findIndex((n) => n.at === i - 1);
				if (j >= 0) numbers.splice(j, 1);
			} else if (prevNum !== undefined && (head === '월' || head === '月')) {
				const dayTok = tokens[i + 1];
				const day =
					dayTok && /^\d{1,2}$/.test(dayTok.text) && /^(일|日)/.test(tokens[i + 2]?.text ?? '')
						? Number(dayTok.text)
						: undefined;
				times.push({ month: prevNum, day, at: i });
				const j = numbers.findIndex((n) => n.at === i - 1);
				if (j >= 0) numbers.splice(j, 1);
				if (day !== undefined) used.add(i + 1);
			} else if (prevNum !== undefined && !used.has(i - 1) && !(head === '일' || head === '日')) {
				const j = numbers.findIndex((n) => n.at === i - 1);
				if (j >= 0) (numbers[j] as NumberMention).unit = head;
			}
			const ko = KO_WEEKDAYS.findIndex((d) => text.includes(d));
			const ja = JA_WEEKDAYS.findIndex((d) => text.includes(d));
			if (ko >= 0 || ja >= 0) times.push({ weekday: ko >= 0 ? ko : ja, at: i });
			for (const [word, value] of Object.entries(KO_NUMBERS)) {
				if (text === word || (text.startsWith(word) && /^(번|차례|명|개|일|회)/.test(text.slice(word.length)))) {
					numbers.push({ value, at: i });
					break;
				}
			}
		}
	}
	return { numbers, times };
}

/** Is this Japanese text mostly function words? Used to tell a content run from an ending. */
export function isJapaneseFunction(word: string): boolean {
	return JA_FUNCTION.test(word);
}

export { CJK_RUN };
