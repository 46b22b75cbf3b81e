/**
 * The alias lexicon: every name people use for a thing (aliases.yaml, terms.yaml) is rewritten to one canonical
 * form before matching, so "intel pact", "지소미아" and "GSOMIA" are the same term to the engine.
 */
import type { Alias } from '../knowledge/types.js';
import { foldText, isCjk } from './normalize.js';

export interface Lexicon {
	/** Rewrites folded text, replacing every known name by its canonical form. */
	canonicalize(folded: string): string;
	/** Folded canonical forms of the aliases of a kind (e.g. every person). */
	canonicalOf(kind: Alias['kind']): Set<string>;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createLexicon(aliases: Alias[]): Lexicon {
	const replacements = new Map<string, string>();
	const byKind = new Map<Alias['kind'], Set<string>>();
	for (const alias of aliases) {
		// Multi-word canonical names become one token ("kim yu geun" -> "kimyugeun"), so that the two Kims,
		// or "national security office" and "national security council", never share a term.
		// Terms keep their words apart ("renewal date").
		const canonical = alias.kind === 'term' ? foldText(alias.canonical) : foldText(alias.canonical).replace(/ /g, '');
		if (!canonical) continue;
		const kindSet = byKind.get(alias.kind) ?? new Set<string>();
		kindSet.add(canonical);
		byKind.set(alias.kind, kindSet);
		for (const name of [alias.canonical, ...alias.names]) {
			const folded = foldText(name);
			if (folded && folded !== canonical) replacements.set(folded, canonical);
		}
	}
	const names = [...replacements.keys()].sort((a, b) => b.length - a.length);
	if (names.length === 0) return { canonicalize: (s) => s, canonicalOf: (k) => byKind.get(k) ?? new Set() };
	const pattern = new RegExp(
		names
			.map((n) => (n.split(' ').every(isCjk) ? escapeRegExp(n) : `(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`))
			.join('|'),
		'gu',
	);
	return {
		canonicalize(folded) {
			if (!folded) return folded;
			return folded
				.replace(pattern, (match) => ` ${replacements.get(match) ?? match} `)
				.replace(/\s+/g, ' ')
				.trim();
		},
		canonicalOf: (kind) => byKind.get(kind) ?? new Set(),
	};
}
