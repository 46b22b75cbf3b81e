/** The real engine over the real knowledge/ folder of this repository, with a fixed clock. */
import { createEngine } from '../../src/engine/index.js';
import type { Answer } from '../../src/engine/types.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.js';

export const NOW = new Date('2026-11-28T12:00:00Z');
export const kb = loadKnowledgeOrThrow();
export const engine = createEngine(kb, { now: () => NOW });

/** The paragraph a citation points at contains its quote word for word (white space folded). */
export function citationsAreVerbatim(answer: Answer): boolean {
	const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
	return answer.citations.every((c) => {
		const source = kb.sources.find((s) => s.id === c.source.id);
		return Boolean(source && fold(source.paragraphs[c.paragraph - 1] ?? '').includes(fold(c.quote)));
	});
}
