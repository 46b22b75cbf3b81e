/**
 * The strings modules: every key of en.ts exists in ko.ts and ja.ts, no value is empty, none is left in English,
 * each is in its language's script, and no placeholder is dropped (every argument shows in the text).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine/types.js';
import { en, ja, ko, STRINGS, type Strings, stringsFor } from '../../src/i18n/index.js';

/** Sample arguments for the strings that are functions (default: one marker string per parameter). */
const SAMPLES: Record<string, unknown[][]> = {
	'dates.day': [[{ year: 2019, month: 8, day: 22, weekday: 4 }]],
	'dates.dayWithWeekday': [[{ year: 2019, month: 8, day: 22, weekday: 4 }]],
	'dates.month': [[{ year: 2019, month: 7, day: 1, weekday: 1 }]],
	'dates.year': [[{ year: 2016, month: 1, day: 1, weekday: 5 }]],
	'dates.duration': [[1], [45], [300], [7200]],
	'answer.paragraph': [[6]],
	'answer.paragraphs': [[[2, 6]]],
	'answer.repeat': [['«when»', '«link»'], ['«when»']],
	'answer.alreadyPosted': [['«when»', '«link»'], ['«when»']],
	cooldown: [[1566475200]],
	'topics.intro': [[66], [1]].map(([facts]) => [facts, 11]),
	'topics.questionCount': [[1], [7]],
	'source.knows': [[66, 19]],
	'help.limits': [[5, 20]],
	'cli.citation': [['«publisher»', '«title»', '«date»', 14]],
	'cli.paragraphs': [[24, 66]],
	'cli.banner': [[66]],
	'engine.tooLong': [[500]],
};

/** Every leaf of a strings object: its path and its text(s), functions called with their samples. */
function leaves(node: unknown, path = ''): { path: string; texts: string[]; args: unknown[][] }[] {
	if (typeof node === 'string') return [{ path, texts: [node], args: [] }];
	if (typeof node === 'function') {
		const f = node as (...args: unknown[]) => string;
		const samples = SAMPLES[path] ?? [Array.from({ length: f.length }, (_, i) => `«${path}#${i}»`)];
		return [{ path, texts: samples.map((args) => f(...args)), args: samples }];
	}
	if (Array.isArray(node)) return [{ path, texts: [node.join('\n')], args: [] }];
	if (node && typeof node === 'object') {
		return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
	}
	throw new Error(`${path}: not a string, a function or a list`);
}

const SCRIPT: Record<Exclude<Lang, 'en'>, RegExp> = {
	ko: /\p{Script=Hangul}/u,
	ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
};

/** What a string may keep in Latin letters: names, the product, Discord's own words, markers, console commands. */
const LATIN_ALLOWED =
	/«[^»]*»|GSOMIA|Korea JoongAng Daily|DISCORD_TOKEN|Ctrl\+D|True|DM|help|topics|timeline|source|quit|<t:\d+:R>/g;

describe('The strings modules', () => {
	const english = leaves(en);

	it('have exactly the keys of en.ts, in every language', () => {
		for (const lang of ['ko', 'ja'] as const) {
			expect(leaves(STRINGS[lang]).map((l) => l.path)).toEqual(english.map((l) => l.path));
		}
		expect(english.length).toBeGreaterThan(100);
	});

	for (const [lang, strings] of [
		['ko', ko],
		['ja', ja],
	] as const) {
		describe(`${lang}`, () => {
			const local = new Map(leaves(strings).map((l) => [l.path, l]));

			it('no value is empty or the English one', () => {
				const untranslated = english.filter((e) => {
					const l = local.get(e.path);
					return !l || l.texts.some((t, i) => t.trim() === '' || t === e.texts[i]);
				});
				expect(untranslated.map((e) => e.path)).toEqual([]);
			});

			it(`every value is written in ${lang === 'ko' ? 'Hangul' : 'Japanese'}, with no English words left`, () => {
				const wrong: string[] = [];
				for (const [path, l] of local) {
					for (const text of l.texts) {
						// A pure format ("«a», “«b»”") has no words to translate; anything with words needs the script.
						const words = /\p{L}/u.test(text.replace(/«[^»]*»/g, ''));
						if (words && !SCRIPT[lang].test(text)) wrong.push(`${path}: no ${lang} script in "${text}"`);
						const latin = text.replace(LATIN_ALLOWED, '').match(/[A-Za-z]{3,}/g);
						if (latin) wrong.push(`${path}: English left (${latin.join(', ')}) in "${text}"`);
					}
				}
				expect(wrong).toEqual([]);
			});

			it('keeps every placeholder: each argument shows in the text', () => {
				const dropped: string[] = [];
				for (const e of english) {
					const l = local.get(e.path);
					l?.args.forEach((args, i) => {
						const values = args.flatMap((a) =>
							typeof a === 'object' && a !== null && !Array.isArray(a)
								? [String((a as { year: number }).year)]
								: Array.isArray(a)
									? a.map(String)
									: [String(a)],
						);
						for (const v of values) {
							// A number of seconds may be written in minutes or hours; a year always shows.
							if (e.path === 'dates.duration') continue;
							if (!l.texts[i]?.includes(v)) dropped.push(`${e.path}: "${v}" missing from "${l.texts[i]}"`);
						}
					});
				}
				expect(dropped).toEqual([]);
			});
		});
	}

	it('English stays English (no Hangul or kana slipped in)', () => {
		for (const e of english)
			for (const t of e.texts)
				expect([e.path, t]).not.toEqual([
					e.path,
					expect.stringMatching(/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u),
				]);
	});

	it('dates and durations read naturally in each language', () => {
		const d = { year: 2019, month: 8, day: 22, weekday: 4 };
		expect([en, ko, ja].map((s: Strings) => s.dates.day(d))).toEqual([
			'August 22, 2019',
			'2019년 8월 22일 (목)',
			'2019年8月22日（木）',
		]);
		expect([en, ko, ja].map((s) => s.dates.month(d))).toEqual(['August 2019', '2019년 8월', '2019年8月']);
		expect([en, ko, ja].map((s) => s.dates.duration(300))).toEqual(['5 minutes', '5분', '5分']);
		expect([en, ko, ja].map((s) => s.dates.duration(1))).toEqual(['1 second', '1초', '1秒']);
		expect(stringsFor('ko')).toBe(ko);
	});
});
