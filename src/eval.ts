/**
 * Scores an engine on a question file in the eval format (JSON Lines: id, q, kind in|out, style, expect[]).
 * The rules are exactly those of the eval README: an `in` question is correct when answered and every
 * `expect` regex (flags iu) matches the answer joined by newlines with every citation quote; an `out` question
 * is correct when not answered. Every citation quote must be verbatim in its source (white space and curly
 * quotes folded).
 */
import type { Answer, Engine } from './engine/types.js';

export interface EvalQuestion {
	id: string;
	q: string;
	kind: 'in' | 'out';
	style: string;
	expect: string[];
	note?: string;
}

export interface EvalMiss {
	id: string;
	kind: string;
	style: string;
	q: string;
	why: string;
	got: string;
}

export interface EvalReport {
	total: number;
	inCorrect: number;
	inTotal: number;
	outCorrect: number;
	outTotal: number;
	byStyle: Map<string, { correct: number; total: number }>;
	byKind: Map<string, { correct: number; total: number }>;
	fabricated: number;
	uncited: number;
	misses: EvalMiss[];
	/** Confidence bins against how often the response in the bin was right (answered correctly, or declined rightly). */
	reliability: ReliabilityBin[];
}

export interface ReliabilityBin {
	from: number;
	to: number;
	n: number;
	meanConfidence: number;
	accuracy: number;
}

const BIN_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Responses grouped by their confidence, with the share of them that were right. */
export function reliabilityTable(points: { confidence: number; ok: boolean }[]): ReliabilityBin[] {
	const bins: ReliabilityBin[] = [];
	for (let i = 0; i + 1 < BIN_EDGES.length; i++) {
		const from = BIN_EDGES[i] as number;
		const to = BIN_EDGES[i + 1] as number;
		const inside = points.filter((p) => p.confidence >= from && p.confidence < to);
		if (inside.length === 0) continue;
		bins.push({
			from,
			to: Math.min(1, to),
			n: inside.length,
			meanConfidence: inside.reduce((a, p) => a + p.confidence, 0) / inside.length,
			accuracy: inside.filter((p) => p.ok).length / inside.length,
		});
	}
	return bins;
}

export function parseEvalFile(text: string): EvalQuestion[] {
	const out: EvalQuestion[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		if (!line.trim()) return;
		let row: unknown;
		try {
			row = JSON.parse(line);
		} catch {
			throw new Error(`line ${i + 1}: not valid JSON`);
		}
		const r = row as Partial<EvalQuestion>;
		if (typeof r.q !== 'string' || (r.kind !== 'in' && r.kind !== 'out')) {
			throw new Error(`line ${i + 1}: needs "q" (string) and "kind" ("in" or "out")`);
		}
		out.push({
			id: typeof r.id === 'string' ? r.id : `line-${i + 1}`,
			q: r.q,
			kind: r.kind,
			style: typeof r.style === 'string' ? r.style : 'unknown',
			expect: Array.isArray(r.expect) ? r.expect.map(String) : [],
			note: typeof r.note === 'string' ? r.note : undefined,
		});
	});
	return out;
}

/** The folding the eval rules allow when comparing a quote with the source. */
export function foldForQuote(s: string): string {
	return s
		.replace(/[\u2018\u2019\u201B]/g, "'")
		.replace(/[\u201C\u201D\u201E]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

function bump(map: Map<string, { correct: number; total: number }>, key: string, ok: boolean) {
	const entry = map.get(key) ?? { correct: 0, total: 0 };
	entry.total++;
	if (ok) entry.correct++;
	map.set(key, entry);
}

/** Does this answer pass this question, by the eval rules? (Quotes are checked separately.) */
export function passes(item: EvalQuestion, answer: Answer): boolean {
	if (item.kind === 'out') return !answer.answered;
	const haystack = [answer.answer, ...answer.citations.map((c) => c.quote)].join('\n');
	return answer.answered && item.expect.every((re) => new RegExp(re, 'iu').test(haystack));
}

export function evaluate(engine: Engine, questions: EvalQuestion[]): EvalReport {
	const sources = new Map(engine.kb.sources.map((s) => [s.id, foldForQuote(s.text)]));
	const report: EvalReport = {
		total: questions.length,
		inCorrect: 0,
		inTotal: 0,
		outCorrect: 0,
		outTotal: 0,
		byStyle: new Map(),
		byKind: new Map(),
		fabricated: 0,
		uncited: 0,
		misses: [],
		reliability: [],
	};
	const points: { confidence: number; ok: boolean }[] = [];
	for (const item of questions) {
		const answer = engine.ask(item.q);
		for (const c of answer.citations) {
			if (!sources.get(c.source.id)?.includes(foldForQuote(c.quote))) report.fabricated++;
		}
		if (answer.answered && answer.citations.length === 0) report.uncited++;
		let ok: boolean;
		let why = '';
		if (item.kind === 'in') {
			report.inTotal++;
			const haystack = [answer.answer, ...answer.citations.map((c) => c.quote)].join('\n');
			const failed = item.expect.filter((re) => !new RegExp(re, 'iu').test(haystack));
			ok = answer.answered && failed.length === 0;
			if (!answer.answered) why = `abstained (${answer.kind})`;
			else if (failed.length > 0) why = `answer lacks /${failed.join('/, /')}/`;
			if (ok) report.inCorrect++;
		} else {
			report.outTotal++;
			ok = !answer.answered;
			if (!ok) why = 'answered an unanswerable question';
			if (ok) report.outCorrect++;
		}
		points.push({ confidence: answer.confidence, ok });
		bump(report.byStyle, `${item.kind}/${item.style}`, ok);
		bump(report.byKind, item.kind, ok);
		if (!ok) {
			report.misses.push({
				id: item.id,
				kind: item.kind,
				style: item.style,
				q: item.q,
				why,
				got: answer.answered ? `[${answer.factIds.join(',')}] ${answer.answer}` : answer.answer,
			});
		}
	}
	report.reliability = reliabilityTable(points);
	return report;
}

const pct = (c: number, t: number) => (t === 0 ? '   -  ' : `${((100 * c) / t).toFixed(1).padStart(5)}%`);

export function formatReport(report: EvalReport): string {
	const lines = [
		`questions: ${report.total}`,
		`in  (answered correctly): ${report.inCorrect}/${report.inTotal} ${pct(report.inCorrect, report.inTotal)}`,
		`out (abstained):          ${report.outCorrect}/${report.outTotal} ${pct(report.outCorrect, report.outTotal)}`,
		`fabricated quotes: ${report.fabricated}`,
		`answers without a citation: ${report.uncited}`,
		'',
		'by kind/style:',
		...[...report.byStyle]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(
				([k, v]) =>
					`  ${k.padEnd(18)} ${String(v.correct).padStart(3)}/${String(v.total).padEnd(3)} ${pct(v.correct, v.total)}`,
			),
		'',
		'reliability (confidence: P(the response is right); an answer right, or a decline right):',
		'  confidence      n   mean   observed',
		...report.reliability.map(
			(b) =>
				`  ${b.from.toFixed(1)}-${b.to.toFixed(1)}   ${String(b.n).padStart(6)}  ${b.meanConfidence.toFixed(2)}   ${(100 * b.accuracy).toFixed(1).padStart(5)}%`,
		),
		'',
		`misses (${report.misses.length}):`,
		...report.misses.map(
			(m) =>
				`  ✗ [${m.kind}/${m.style}] ${m.id}: ${JSON.stringify(m.q)}\n      ${m.why}\n      got: ${m.got.slice(0, 160)}`,
		),
	];
	return lines.join('\n');
}
