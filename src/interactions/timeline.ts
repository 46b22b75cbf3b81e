/**
 * The timeline as readers see it: one entry per event, no notes for curators. The article sometimes names one
 * happening twice at two precisions ("this month" and "Aug. 2" for the white-list removal). An event is taken for
 * a less precise mention of another when three things hold: the other is dated more precisely inside its period,
 * they share a fact (the curators' link), and they say nearly the same thing (most of their words in common, in
 * the knowledge base's own English, whatever language is shown). A parenthesised note citing the article's
 * paragraphs is removed from `what`.
 */
import type { Precision, TimelineEvent } from '../knowledge/types.js';

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** `inner` (finer) falls inside the period of `outer` (coarser). */
function within(inner: TimelineEvent, outer: TimelineEvent): boolean {
	return RANK[inner.precision] > RANK[outer.precision] && inner.date.startsWith(outer.date);
}

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'its', 'it', 'and', 'from', 'with', 'for', 'by', 'at']);

/** Content words, loosely stemmed ("trading" and "trade" meet). */
function words(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/\p{L}+/gu) ?? [])
			.filter((w) => !STOP.has(w))
			.map((w) => w.replace(/(?:ing|ed|es|e|s)$/, '')),
	);
}

/** Jaccard similarity of two descriptions' content words. */
function similarity(a: string, b: string): number {
	const x = words(a);
	const y = words(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	const union = new Set([...x, ...y]).size;
	return union === 0 ? 0 : shared / union;
}

/** How alike two descriptions must be to be one happening. */
export const SAME_HAPPENING = 0.5;

/** A note for curators: "(“That same day”, paragraph 10)", "(paragraphs 3 and 4)". */
const CURATOR_NOTE = /\s*\([^()]*\bparagraphs?\s+\d+[^()]*\)/gi;

export function readerWhat(what: string): string {
	return what
		.replace(CURATOR_NOTE, '')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/**
 * `events` (as the engine gives them, maybe localised) for readers. `base` holds the same events as in
 * knowledge/ (by id), whose English descriptions decide which events repeat another. Default: `events`.
 */
export function timelineView(
	events: readonly TimelineEvent[],
	base: readonly TimelineEvent[] = events,
): TimelineEvent[] {
	const english = new Map(base.map((e) => [e.id, e.what]));
	const describe = (e: TimelineEvent) => english.get(e.id) ?? e.what;
	const repeats = (outer: TimelineEvent) =>
		events.some(
			(inner) =>
				inner !== outer &&
				within(inner, outer) &&
				inner.facts.some((f) => outer.facts.includes(f)) &&
				similarity(describe(inner), describe(outer)) >= SAME_HAPPENING,
		);
	return events
		.filter((e) => !repeats(e))
		.map((e) => ({ ...e, what: readerWhat(e.what) }))
		.sort((a, b) => a.date.localeCompare(b.date) || RANK[a.precision] - RANK[b.precision]);
}
