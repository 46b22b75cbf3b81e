/** `npm run kb:check`: validates knowledge/ and prints every problem, or a one-line summary. */
import { pathToFileURL } from 'node:url';
import { formatProblems, loadKnowledge } from './load.js';

export function runCheck(dir?: string, out: NodeJS.WritableStream = process.stdout): number {
	const { kb, problems } = loadKnowledge(dir);
	if (!kb) {
		out.write(`${formatProblems(problems)}\n`);
		return 1;
	}
	const paragraphs = kb.sources.reduce((n, s) => n + s.paragraphs.length, 0);
	const quotes = kb.facts.reduce((n, f) => n + f.quotes.length, 0);
	out.write(
		`knowledge base OK: ${kb.facts.length} facts, ${quotes} quotes covering ${paragraphs} paragraphs of ${kb.sources.length} source(s), ${kb.entities.length} entities, ${kb.concepts.length} concepts, ${kb.topics.length} topics, ${kb.timeline.length} timeline events\n`,
	);
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = runCheck(process.argv[2]);
}
