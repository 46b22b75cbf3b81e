/**
 * The curators' reports, from whichever storage the environment names (DATABASE_URL, else DATABASE_PATH): they read
 * only, so they work while the bot runs.
 *
 *   gsomia misses [--since 7d] [--json]   declined questions grouped by similarity, most frequent first, each with its
 *                                         count, examples, closest fact and a suggested action
 *   gsomia feedback [--json]              per fact: votes and reasons, worst first; the most-asked facts
 */
import { fold, stem } from './engine/text/fold.js';
import { EN_FILLER, EN_STOP } from './engine/text/lang.js';
import type { KnowledgeBase } from './knowledge/types.js';
import type { Miss, VoteRecord } from './storage/types.js';

export interface MissGroup {
	count: number;
	/** Distinct wordings, most frequent first (at most 5). */
	examples: string[];
	kinds: Record<string, number>;
	surfaces: Record<string, number>;
	/** The fact most often closest to these questions, with its canonical question. */
	closestFact?: { id: string; question: string };
	/** The best confidence the engine had for any of them. */
	bestConfidence: number;
	suggestion: { action: 'add-alternate' | 'disambiguate' | 'new-fact' | 'off-topic'; factId?: string; text: string };
	lastAt: number;
}

/** The words of a text, folded (case, punctuation and spacing aside). */
function words(text: string): string[] {
	return fold(text)
		.split(' ')
		.filter((w) => w && w !== ',');
}

/** The words that carry the meaning of a question: folded and stemmed, without function words and chatter. */
function keyWords(text: string): Set<string> {
	return new Set(
		words(text)
			.filter((w) => !EN_STOP.has(w) && !EN_FILLER.has(w))
			.map(stem),
	);
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let both = 0;
	for (const w of a) if (b.has(w)) both++;
	return both / (a.size + b.size - both);
}

const tally = (into: Record<string, number>, key: string) => {
	into[key] = (into[key] ?? 0) + 1;
};
const top = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * Groups declined questions by similarity (shared meaningful words, Jaccard >= `threshold`), most frequent first.
 * A near miss (on topic, with a close fact) suggests adding the wording as an alternate of that fact; a question the
 * article's facts do not come near suggests a new fact; off-topic ones need nothing.
 */
export function groupMisses(misses: Miss[], kb: KnowledgeBase, threshold = 0.5): MissGroup[] {
	const byText = new Map<string, Miss[]>();
	for (const m of misses) {
		// The same wording: the same folded words (case, punctuation and spacing aside).
		const key = words(m.text).join(' ') || m.text.trim().toLowerCase();
		byText.set(key, [...(byText.get(key) ?? []), m]);
	}
	const wordings = [...byText.values()].sort((a, b) => b.length - a.length);
	const groups: { words: Set<string>; items: Miss[][] }[] = [];
	for (const items of wordings) {
		const w = keyWords((items[0] as Miss).text);
		const home = groups.find((g) => jaccard(g.words, w) >= threshold);
		if (home) home.items.push(items);
		else groups.push({ words: w, items: [items] });
	}
	const question = (id: string) => kb.facts.find((f) => f.id === id)?.question;
	return groups
		.map((g): MissGroup => {
			const all = g.items.flat();
			const kinds: Record<string, number> = {};
			const surfaces: Record<string, number> = {};
			const closest: Record<string, number> = {};
			for (const m of all) {
				tally(kinds, m.kind);
				tally(surfaces, m.surface);
				if (m.closest[0]) tally(closest, m.closest[0]);
			}
			const closestId = top(closest);
			const closestQuestion = closestId ? question(closestId) : undefined;
			const bestConfidence = Math.max(...all.map((m) => m.confidence));
			const kind = top(kinds) ?? 'not-in-article';
			const example = (all[0] as Miss).text;
			let suggestion: MissGroup['suggestion'];
			if (kind === 'off-topic' || kind === 'empty') {
				suggestion = { action: 'off-topic', text: 'off-topic: nothing to add (the bot declines it as it should)' };
			} else if (kind === 'ambiguous' && closestId) {
				suggestion = {
					action: 'disambiguate',
					factId: closestId,
					text: `ambiguous: add "${example}" as an alternate of the fact it means (closest: ${closestId})`,
				};
			} else if (closestId && bestConfidence >= 0.3) {
				suggestion = {
					action: 'add-alternate',
					factId: closestId,
					text: `add "${example}" as an alternate of ${closestId} if that fact answers it`,
				};
			} else {
				suggestion = {
					action: 'new-fact',
					text: 'a new fact is needed, if the article says it (otherwise the bot is right to decline)',
				};
			}
			return {
				count: all.length,
				examples: g.items.slice(0, 5).map((items) => (items[0] as Miss).text),
				kinds,
				surfaces,
				...(closestId && closestQuestion ? { closestFact: { id: closestId, question: closestQuestion } } : {}),
				bestConfidence: Math.round(bestConfidence * 1000) / 1000,
				suggestion,
				lastAt: Math.max(...all.map((m) => m.at)),
			};
		})
		.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

export function formatMisses(groups: MissGroup[], sinceLabel: string): string {
	const total = groups.reduce((n, g) => n + g.count, 0);
	if (total === 0) return `No declined questions ${sinceLabel}.`;
	const lines = [
		`Declined questions ${sinceLabel}: ${total} in ${groups.length} group${groups.length === 1 ? '' : 's'}`,
		'',
	];
	for (const g of groups) {
		const [first, ...more] = g.examples;
		lines.push(`${`${g.count}×`.padStart(5)}  "${first}"${more.length > 0 ? ` (+${more.length} similar)` : ''}`);
		for (const m of more) lines.push(`       "${m}"`);
		const kinds = Object.entries(g.kinds)
			.map(([k, n]) => `${k} ${n}`)
			.join(', ');
		lines.push(
			`       ${kinds}; closest: ${g.closestFact ? `${g.closestFact.id} ("${g.closestFact.question}")` : '-'}; best confidence ${g.bestConfidence}`,
		);
		lines.push(`       suggested: ${g.suggestion.text}`);
		lines.push('');
	}
	return lines.join('\n').trimEnd();
}

export interface FactFeedback {
	factId: string;
	question?: string;
	up: number;
	down: number;
	/** "This should be answerable" on a declined answer whose closest fact this is. */
	answerable: number;
	reasons: string[];
	/** Times the fact answered a question. */
	asked: number;
}

export function feedbackReport(
	votes: VoteRecord[],
	usage: { factId: string; count: number }[],
	kb: KnowledgeBase,
): { facts: FactFeedback[]; mostAsked: { factId: string; question?: string; count: number }[] } {
	const byFact = new Map<string, FactFeedback>();
	const question = (id: string) => kb.facts.find((f) => f.id === id)?.question;
	const entry = (factId: string) => {
		let e = byFact.get(factId);
		if (!e) {
			e = { factId, up: 0, down: 0, answerable: 0, reasons: [], asked: 0 };
			const q = question(factId);
			if (q) e.question = q;
			byFact.set(factId, e);
		}
		return e;
	};
	for (const v of votes) {
		for (const id of v.factIds.length > 0 ? v.factIds : ['(none)']) {
			const e = entry(id);
			e[v.vote] += 1;
			if (v.reason) e.reasons.push(v.reason);
		}
	}
	for (const u of usage) if (byFact.has(u.factId)) entry(u.factId).asked = u.count;
	const facts = [...byFact.values()].sort(
		(a, b) => b.down + b.answerable - b.up - (a.down + a.answerable - a.up) || b.down - a.down,
	);
	const mostAsked = usage.slice(0, 10).map((u) => ({ factId: u.factId, question: question(u.factId), count: u.count }));
	return { facts, mostAsked };
}

export function formatFeedback(report: ReturnType<typeof feedbackReport>): string {
	const lines: string[] = [];
	if (report.facts.length === 0) lines.push('No votes yet.');
	else {
		lines.push('Votes per fact, worst first:', '');
		for (const f of report.facts) {
			lines.push(
				`  ${f.factId}${f.question ? ` ("${f.question}")` : ''}: 👍 ${f.up}  👎 ${f.down}${f.answerable ? `  should be answerable ${f.answerable}` : ''}${f.asked ? `  (answered ${f.asked}×)` : ''}`,
			);
			for (const r of f.reasons.slice(0, 5)) lines.push(`      - "${r}"`);
		}
	}
	lines.push('', 'Most asked facts:');
	if (report.mostAsked.length === 0) lines.push('  none yet');
	for (const m of report.mostAsked)
		lines.push(`  ${String(m.count).padStart(5)}×  ${m.factId}${m.question ? ` ("${m.question}")` : ''}`);
	return lines.join('\n');
}

/** "7d", "12h", "30m" or a number of days: milliseconds. Undefined when it is none of these. */
export function parseSince(text: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)\s*(d|h|m)?$/.exec(text.trim());
	if (!m) return undefined;
	const n = Number(m[1]);
	const unit = m[2] ?? 'd';
	return n * (unit === 'd' ? 86_400_000 : unit === 'h' ? 3_600_000 : 60_000);
}
