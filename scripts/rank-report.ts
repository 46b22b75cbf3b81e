/**
 * Ranking report for developers: for each labelled question of fact, is the top candidate's answer right? Prints
 * accuracy by style and the failures with their top candidates. `npx tsx scripts/rank-report.ts FILE...`
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine/index.js';
import { route } from '../src/engine/route.js';
import { cleanMessage } from '../src/engine/text/clean.js';
import { parseEvalFile, passes } from '../src/eval.js';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.js';

const engine = createEngine(loadKnowledgeOrThrow());
const by = new Map<string, [number, number]>();
const fails: string[] = [];
const status: Record<string, boolean> = {};
for (const file of process.argv.slice(2)) {
	for (const q of parseEvalFile(readFileSync(file, 'utf8'))) {
		if (q.kind !== 'in') continue;
		const routed = route(q.q, cleanMessage(q.q));
		const look = engine.lookup(routed.text, routed.questions.join(' ') || undefined);
		const a = routed.route === 'fact' ? engine.answerOf(look) : undefined;
		const ok = !!a && passes(q, a);
		status[q.id] = ok;
		const e = by.get(q.style) ?? [0, 0];
		e[1]++;
		if (ok) e[0]++;
		by.set(q.style, e);
		if (!ok)
			fails.push(
				`✗ [${q.style}] ${q.q.slice(0, 120).replace(/\n/g, ' ')}\n    want ${q.expect.join(' & ')} | route=${routed.route} type=${look.frame.type}${look.frame.yesno ? '?' : ''} p=${look.p.toFixed(2)}\n    ${look.candidates
					.slice(0, 4)
					.map((c) => `${c.doc.id}(${c.score.toFixed(2)}${c.misfit ? `,${c.misfit}` : ''})`)
					.join(' ')}`,
			);
	}
}
let ok = 0;
let all = 0;
for (const [s, [c, t]] of [...by].sort()) {
	console.log(`${s.padEnd(12)} ${c}/${t}`);
	ok += c;
	all += t;
}
console.log(`all ${ok}/${all} ${((100 * ok) / all).toFixed(1)}%\n`);
if (!process.env.QUIET) console.log(fails.join('\n'));
// With RANK_BASE=file: compare with the previous run written there, then replace it.
if (process.env.RANK_BASE) {
	const { existsSync, writeFileSync } = await import('node:fs');
	if (existsSync(process.env.RANK_BASE)) {
		const before = JSON.parse(readFileSync(process.env.RANK_BASE, 'utf8')) as Record<string, boolean>;
		for (const [id, ok] of Object.entries(status))
			if (before[id] !== undefined && before[id] !== ok) console.log(`${ok ? 'FIXED ' : 'BROKEN'} ${id}`);
	}
	writeFileSync(process.env.RANK_BASE, JSON.stringify(status));
}
