/** The text stage: cleaning, folding, tokens, stems, numbers and times, Korean and Japanese words, typos. */
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/engine/dictionary.js';
import { cleanMessage, MAX_INPUT_LENGTH, sentences } from '../../src/engine/text/clean.js';
import {
	americanSpelling,
	bigrams,
	fold,
	japaneseWords,
	koreanStem,
	lightStem,
	readNumbersAndTimes,
	scriptLang,
	stem,
	tokenize,
} from '../../src/engine/text/fold.js';
import { commonDamping, rarityWeight } from '../../src/engine/text/rarity.js';
import { editDistance, TypoCorrector } from '../../src/engine/text/typo.js';

describe('cleanMessage', () => {
	it.each([
		['<@123456789012345678> who announced it?', 'who announced it?'],
		['@everyone @here **WHO** announced it', 'WHO announced it'],
		['[click here](http://evil.example/x) when was it signed', 'click here when was it signed'],
		['![x](http://evil.example/p.png) when', 'when'],
		['||spoiler|| when', 'spoiler when'],
		['> quoted\nwhen was it signed', 'quoted . when was it signed'],
		['<script>alert(1)</script> when', 'when'],
		['zero\u200bwidth', 'zerowidth'],
		['gsomia 💀 when was it signed', 'gsomia . when was it signed'],
		['   ', ''],
	])('%j -> %j', (input, expected) => {
		expect(cleanMessage(input)).toBe(expected);
	});

	it('reads at most MAX_INPUT_LENGTH characters', () => {
		expect(cleanMessage('a'.repeat(MAX_INPUT_LENGTH + 500))).toHaveLength(MAX_INPUT_LENGTH);
	});
});

describe('sentences', () => {
	it.each([
		['Who announced it? And when?', ['Who announced it?', 'And when?']],
		['What did the U.S. State Department say?', ['What did the U.S. State Department say?']],
		['It happened on Aug. 2. Why?', ['It happened on Aug. 2.', 'Why?']],
		['just tell me: how many days notice', ['just tell me;', 'how many days notice']],
		['tl;dr?', ['tl dr?']],
		['韓国はなぜ？日本は？', ['韓国はなぜ？', '日本は？']],
	])('%j -> %j', (input, expected) => {
		expect(sentences(input)).toEqual(expected);
	});
});

describe('fold and tokenize', () => {
	it.each([
		// Initialisms that read as a common word are spelled out, in questions and knowledge names alike.
		["Korea's U.S. ally", 'korea u s ally'],
		["didn't the US say", 'didnt the u s say'],
		['tell us, FM and U.N.', 'tell us , fm and un'],
		['WHO IS IT', 'who is it'],
		['“Quoted”—text, here?', 'quoted text , here'],
		['1,000 and 90%', '1000 and 90 percent'],
		['23rd', '23'],
		// A katakana name with or without its middle dot is one word.
		['カン・ギョンファ外相', 'カンギョンファ外相'],
		['ｶﾝ･ｷﾞｮﾝﾌｧ', 'カンギョンファ'],
	])('fold(%j) = %j', (input, expected) => {
		expect(fold(input)).toBe(expected);
	});

	it('splits words of mixed scripts and reads chat spellings', () => {
		expect(tokenize(fold('GSOMIAとは wat')).map((t) => [t.text, t.script])).toEqual([
			['gsomia', 'latin'],
			['とは', 'kana'],
			['what', 'latin'],
		]);
		expect(tokenize('gsomia를').map((t) => t.script)).toEqual(['latin', 'hangul']);
	});

	it.each([
		['scrapped', 'scrap'],
		['scraps', 'scrap'],
		['renewing', 'renew'],
		['countries', 'country'],
		['useful', 'useful'],
		['used', 'used'],
		['kono', 'kono'],
	])('lightStem(%j) = %j (inflection only)', (word, stem) => {
		expect(lightStem(word)).toBe(stem);
	});

	it('tells the language by script', () => {
		expect([scriptLang('지소미아 언제'), scriptLang('GSOMIAとは'), scriptLang('日本政府'), scriptLang('when')]).toEqual(
			['ko', 'ja', 'ja', 'en'],
		);
	});
});

describe('British spellings', () => {
	it('reads -ise, -isation and -our words as their American spellings, so both meet one stem', () => {
		expect(americanSpelling('summarise')).toBe('summarize');
		expect(americanSpelling('organisations')).toBe('organizations');
		expect(americanSpelling('neighbours')).toBe('neighbors');
		expect(americanSpelling('behaviour')).toBe('behavior');
		expect(stem('summarised')).toBe(stem('summarized'));
		expect(lightStem('neighbours')).toBe(lightStem('neighbors'));
	});
	it('leaves short words and words that only end like them alone', () => {
		for (const w of ['four', 'hour', 'your', 'tour', 'raise', 'wise', 'flour']) expect(americanSpelling(w)).toBe(w);
	});
});

describe('numbers and times', () => {
	const read = (s: string) => readNumbersAndTimes(tokenize(fold(s)));
	it.each([
		['signed in november 2016', [], [{ month: 11, year: 2016 }]],
		['on nov. 23', [], [{ month: 11, day: 23 }]],
		['may 4 test', [], [{ month: 5, day: 4 }]],
		['it may have been', [], []],
		['in may', [], [{ month: 5 }]],
		['29 times', [{ value: 29, unit: 'time' }], []],
		['twenty nine times', [{ value: 29, unit: 'time' }], []],
		['90 days notice', [{ value: 90, unit: 'dai' }], []],
		['on thursday', [], [{ weekday: 4 }]],
		['2016년 11월 23일', [], [{ year: 2016 }, { month: 11, day: 23 }]],
		['8月22日', [], [{ month: 8, day: 22 }]],
		['29번', [{ value: 29, unit: '번' }], []],
	])('%j', (text, numbers, times) => {
		const r = read(text);
		expect(r.numbers.map(({ at: _, ...n }) => n)).toEqual(numbers);
		expect(r.times.map(({ at: _, ...t }) => t)).toEqual(times);
	});
});

describe('Korean and Japanese words', () => {
	it.each([
		['갱신일이', '갱신일'],
		['지소미아를', '지소미아'],
		['청와대에서', '청와대'],
		['이', '이'],
	])('koreanStem(%j) = %j', (word, stem) => {
		expect(koreanStem(word)).toBe(stem);
	});

	it('keeps the content words of Japanese and drops particles', () => {
		expect(japaneseWords('日本政府の反応は')).toEqual(['日本', '政府', '反応']);
		expect(japaneseWords('通告の期限はいつ')).toEqual(['通告', '期限']);
	});

	it('makes character bigrams', () => {
		expect(bigrams('情報共有')).toEqual(['情報', '報共', '共有']);
		expect(bigrams('反応')).toEqual(['反応']);
	});
});

describe('weights of English words', () => {
	it('weighs rare words more than common ones', () => {
		expect(rarityWeight('the')).toBe(0.25);
		expect(rarityWeight('kospi')).toBe(2);
		expect(rarityWeight('negotiating')).toBeGreaterThan(rarityWeight('think'));
		expect(commonDamping('itself')).toBeLessThan(commonDamping('unanimous'));
		expect(commonDamping('unanimous')).toBe(1);
	});
});

describe('memory of words', () => {
	it('stems and looks up a word of any length, remembering only words of a sensible length', () => {
		const long = 'a'.repeat(5000);
		expect(stem(long).length).toBeGreaterThan(0);
		expect(isEnglishWord(long)).toBe(false);
		expect(isEnglishWord('city')).toBe(true);
	});
});

describe('typo correction', () => {
	const vocabulary = new Map([
		['announced', 3],
		['biegun', 2],
		['gsomia', 9],
		['notice', 2],
		['pull', 1],
	]);
	const realWords = new Set(['city', 'cite', 'notice', 'pull']);
	const typos = new TypoCorrector(vocabulary, (w) => realWords.has(w));

	it.each([
		['anounced', 'announced'],
		['beigun', 'biegun'],
		['gsomea', 'gsomia'],
		['notise', 'notice'],
		['pul', 'pull'],
	])('%j -> %j', (typed, fixed) => {
		expect(typos.correct(typed)).toBe(fixed);
	});

	it('never corrects a real word, a word of the vocabulary, or a word too far from any', () => {
		expect(typos.correct('city')).toBeUndefined();
		expect(typos.correct('gsomia')).toBeUndefined();
		expect(typos.correct('xylophone')).toBeUndefined();
		expect(typos.correct(`a${'b'.repeat(40)}`)).toBeUndefined();
	});

	it('reads a real word English rarely uses as a typo of a much commoner word one edit away', () => {
		const vocab = new Map([
			['signed', 4],
			['when', 9],
			['city', 2],
		]);
		const dictionary = new Set(['sined', 'wen', 'cite', 'city', 'signed', 'when']);
		const rarity = (w: string) => ({ sined: 2, wen: 1.46, cite: 1.69, city: 1.1, signed: 0.97, when: 0.25 })[w] ?? 2;
		const rare = new TypoCorrector(vocab, (w) => dictionary.has(w), rarity);
		expect(rare.correct('sined')).toBe('signed');
		expect(rare.correct('wen')).toBe('when');
		// A real word only somewhat rarer than its neighbour stays: "cite" is not "city".
		expect(rare.correct('cite')).toBeUndefined();
		// Without word frequencies, a real word is never corrected.
		expect(new TypoCorrector(vocab, (w) => dictionary.has(w)).correct('sined')).toBeUndefined();
	});

	it('measures Damerau-Levenshtein distance, a swap costing one', () => {
		expect(editDistance('beigun', 'biegun')).toBe(1);
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
	});
});
