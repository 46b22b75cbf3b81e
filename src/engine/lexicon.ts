/**
 * The alias lexicon: every name people use for a thing (aliases.yaml, terms.yaml) is rewritten to one canonical
 * form before matching, so "intel pact", "지소미아" and "GSOMIA" are the same term to the engine.
 * Latin-script names match whole words, longest first; names in Hangul, kana or han match inside words too,
 * since Korean particles attach to nouns (지소미아가 = 지소미아 + 가).
 */
import type { Alias } from '../knowledge/types.js';
import { foldText } from './normalize.js';

export interface Lexicon {
	/** Rewrites folded text, replacing every known name by its canonical form. */
	canonicalize(folded: string): string;
	/** Canonical forms (as they appear after canonicalize) of the aliases of a kind, e.g. every person. */
	canonicalOf(kind: Alias['kind']): Set<string>;
	/** The people a lone word may stand for ("kim" -> Kim Yu-geun and Kim Hyun-chong), when it is part of their names. */
	peopleNamed(word: string): string[];
}

const PHRASAL =
	/\b(take|takes|took|taken|taking|kick|kicks|kicked|knock|knocked|strike|struck|set|sets|setting|pull|pulled|pulls|touch|touched|drop|dropped)\s+((?:(?!off\b|out\b)\S+\s+){1,3}?)(off|out)\b/g;
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function createLexicon(aliases: Alias[]): Lexicon {
	const byKind = new Map<Alias['kind'], Set<string>>();
	/** Latin names by their first word, longest first. */
	const latin = new Map<string, { words: string[]; canonical: string }[]>();
	const cjk: { name: string; canonical: string }[] = [];
	for (const alias of aliases) {
		// Multi-word names of things become one token ("kim yu geun" -> "kimyugeun"), so that the two Kims, or the
		// National Security Office and Council, never share a term. Terms keep their words apart ("renewal date").
		const folded = foldText(alias.canonical);
		const canonical = alias.kind === 'term' ? folded : folded.replace(/ /g, '');
		if (!canonical) continue;
		const kindSet = byKind.get(alias.kind) ?? new Set<string>();
		kindSet.add(canonical);
		byKind.set(alias.kind, kindSet);
		for (const name of [alias.canonical, ...alias.names]) {
			const key = foldText(name);
			if (!key || key === canonical) continue;
			if (CJK.test(key)) {
				cjk.push({ name: key, canonical });
				continue;
			}
			const words = key.split(' ');
			const first = words[0] as string;
			const list = latin.get(first) ?? [];
			list.push({ words, canonical });
			latin.set(first, list);
		}
	}
	for (const list of latin.values()) list.sort((a, b) => b.words.length - a.words.length);
	// Each word of a person's multi-word names, to the people it may mean on its own.
	const partial = new Map<string, Set<string>>();
	for (const alias of aliases) {
		if (alias.kind !== 'person') continue;
		const canonical = foldText(alias.canonical).replace(/ /g, '');
		for (const name of [alias.canonical, ...alias.names]) {
			const parts = foldText(name).split(' ');
			if (parts.length < 2 || CJK.test(name)) continue;
			for (const part of parts) {
				if (part.length < 2) continue;
				const set = partial.get(part) ?? new Set<string>();
				set.add(canonical);
				partial.set(part, set);
			}
		}
	}
	cjk.sort((a, b) => b.name.length - a.name.length);

	return {
		canonicalize(folded) {
			if (!folded) return folded;
			// Phrasal verbs split by their object ("take korea off the list", "set all this off") are joined again,
			// so that "take off" and "set off" reach their synonyms.
			let text = folded.replace(PHRASAL, '$1 $3 $2');
			if (CJK.test(text)) {
				for (const { name, canonical } of cjk) {
					if (text.includes(name)) text = text.split(name).join(` ${canonical} `);
				}
			}
			const words = text.split(/\s+/).filter(Boolean);
			const out: string[] = [];
			for (let i = 0; i < words.length; i++) {
				const candidates = latin.get(words[i] as string);
				const hit = candidates?.find((c) => c.words.every((w, j) => words[i + j] === w));
				if (hit) {
					out.push(hit.canonical);
					i += hit.words.length - 1;
				} else out.push(words[i] as string);
			}
			return out.join(' ');
		},
		canonicalOf: (kind) => byKind.get(kind) ?? new Set(),
		peopleNamed: (word) => [...(partial.get(word) ?? [])],
	};
}
