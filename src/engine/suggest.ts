/**
 * Autocomplete: answerable questions for what a user has typed so far, in tiers.
 *   1. exact: a phrasing of a fact (its question, alternates, translations) starts with the typed text
 *   2. terms: the engine's retrieval of the typed text, the last word completed from the base's vocabulary
 *   3. fuzzy: Fuse re-ranks the best of those against the typed text (it forgives half-typed words)
 * On empty input, the most asked questions. Questions are offered in the requested language.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../knowledge/types.js';
import type { Composer } from './compose.js';
import type { KbIndex } from './kb-index.js';
import { fold } from './text/fold.js';
import type { Lang, Suggestion } from './types.js';

function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as string) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many completions of a half-typed last word to try. */
const COMPLETIONS = 2;
/** How many of the retrieved candidates Fuse re-ranks. */
const FUSE_RERANKED = 6;

export class Suggester {
	private readonly phrasings: string[];
	private readonly owners: string[];
	private readonly words: string[];

	constructor(
		private readonly index: KbIndex,
		private readonly composer: Composer,
		private readonly popular: Fact[],
		private readonly rank: (text: string) => string[],
	) {
		const rows: { text: string; id: string; order: number }[] = [];
		for (const f of index.kb.facts) {
			const texts = [f.question, f.ko?.question, f.ja?.question, ...f.alternates];
			texts.forEach((t, order) => {
				if (t) rows.push({ text: fold(t), id: f.id, order });
			});
		}
		rows.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.order - b.order));
		this.phrasings = rows.map((r) => r.text);
		this.owners = rows.map((r) => r.id);
		this.words = [...index.vocabulary.keys()].sort();
	}

	suggest(prefix: string, limit = 25, lang: Lang = 'en'): Suggestion[] {
		const typed = typeof prefix === 'string' ? prefix.slice(0, 200) : '';
		const folded = fold(typed);
		const out: Suggestion[] = [];
		const seen = new Set<string>();
		const push = (id: string) => {
			if (out.length >= limit || seen.has(id)) return;
			const fact = this.composer.fact(id);
			if (!fact) return;
			seen.add(id);
			out.push(this.composer.suggestion(fact, lang));
		};
		if (!folded) {
			for (const f of this.popular) push(f.id);
			return out;
		}
		for (let i = lowerBound(this.phrasings, folded); i < this.phrasings.length && out.length < limit; i++) {
			if (!(this.phrasings[i] as string).startsWith(folded)) break;
			push(this.owners[i] as string);
		}
		if (out.length >= limit) return out;
		// The last word may be half typed: complete it from the base's vocabulary.
		const words = folded.split(' ');
		const last = words[words.length - 1] ?? '';
		const texts = [folded];
		if (/^[a-z]{2,}$/.test(last) && !this.index.vocabulary.has(last)) {
			const head = words.slice(0, -1).join(' ');
			for (let i = lowerBound(this.words, last); i < this.words.length && texts.length <= COMPLETIONS; i++) {
				const w = this.words[i] as string;
				if (!w.startsWith(last)) break;
				texts.push(head ? `${head} ${w}` : w);
			}
		}
		const ranked: string[] = [];
		for (const text of texts) for (const id of this.rank(text)) if (!ranked.includes(id)) ranked.push(id);
		const head = ranked.slice(0, FUSE_RERANKED);
		if (head.length > 1) {
			const rows = head.flatMap((id) => {
				const f = this.composer.fact(id);
				return f ? [f.question, ...f.alternates].map((text) => ({ id, text })) : [];
			});
			const fuse = new Fuse(rows, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
			const best = new Map<string, number>();
			for (const r of fuse.search(typed)) {
				const score = r.score ?? 1;
				if (!best.has(r.item.id) || score < (best.get(r.item.id) as number)) best.set(r.item.id, score);
			}
			// Retrieval order, with Fuse's closeness breaking the order among the best few.
			head.sort((a, b) => (best.get(a) ?? 1) - (best.get(b) ?? 1) || head.indexOf(a) - head.indexOf(b));
		}
		for (const id of [...head, ...ranked.slice(FUSE_RERANKED)]) push(id);
		return out;
	}
}
