/**
 * Records, for each answerable question of a labelled file, the facts whose own answer and quotes pass it (every
 * `expect` regex; for two-part questions, any of them), as `facts`. Tests use them to catch an answer that passes
 * by luck with the wrong fact. `npx tsx scripts/label-facts.ts FILE` rewrites FILE in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.js';

const kb = loadKnowledgeOrThrow();
const file = process.argv[2] ?? 'test/regression/questions.jsonl';
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const out = lines.map((line) => {
	const row = JSON.parse(line) as { kind: string; style: string; expect?: string[]; facts?: string[] };
	if (row.kind !== 'in') return JSON.stringify({ ...row, facts: [] });
	const patterns = (row.expect ?? []).map((e) => new RegExp(e, 'iu'));
	const facts = kb.facts
		.filter((f) => {
			const text = [f.answer, f.ko?.answer, f.ja?.answer, ...f.quotes.map((q) => q.text)].join('\n');
			const passing = patterns.filter((p) => p.test(text)).length;
			return row.style === 'multi' || row.style === 'broad' ? passing > 0 : passing === patterns.length;
		})
		.map((f) => f.id);
	return JSON.stringify({ ...row, facts });
});
writeFileSync(file, `${out.join('\n')}\n`);
console.log(`labelled ${out.length} questions in ${file}`);
