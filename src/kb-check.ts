/**
 * `npm run kb:check`: validates knowledge/ (src/knowledge/check.ts: schema, quotes verbatim, ids, coverage, dates,
 * languages), then reads it as the engine does and reports what a curator must fix there too: phrasings of two facts
 * that read the same, and question kinds a fact is listed as answering but does not. Exit 1 on any problem.
 */
import { pathToFileURL } from 'node:url';
import { buildIndex, indexProblems } from './engine/kb-index.js';
import { runCheck } from './knowledge/check.js';
import { formatProblems, loadKnowledge } from './knowledge/load.js';

export function runFullCheck(dir?: string, out: NodeJS.WritableStream = process.stdout): number {
	const { kb } = loadKnowledge(dir);
	if (!kb) return runCheck(dir, out);
	const found = indexProblems(buildIndex(kb)).map((p) => ({
		file: kb.facts.find((f) => f.id === p.id)?.file ?? 'knowledge/topics.yaml',
		...p,
	}));
	// Phrasings that read the same are warnings: the engine answers with either; the curator decides.
	const warnings = found.filter((p) => p.message.includes('reads the same'));
	const problems = found.filter((p) => !warnings.includes(p));
	if (problems.length > 0) {
		out.write(`${formatProblems(problems)}\n`);
		return 1;
	}
	const status = runCheck(dir, out);
	if (warnings.length > 0) {
		out.write(
			`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (phrasings no question can tell apart):\n`,
		);
		for (const w of warnings) out.write(`  ! ${w.file} › ${w.id}: ${w.message}\n`);
	}
	return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = runFullCheck(process.argv[2]);
}
