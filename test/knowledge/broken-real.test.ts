/**
 * A temp copy of the real knowledge/ broken on purpose. The facts to break are picked from the loaded base by what
 * they are (a quote whose paragraph another fact also quotes, a fact nothing refers to), so the expected problems
 * are exact while curators keep editing the files.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeOrThrow } from '../../src/knowledge/load.js';
import type { Fact, KnowledgeBase, Problem } from '../../src/knowledge/types.js';
import { byId, editItems, type Item, realKnowledgeDir, removeTempDirs, tempCopy } from './helpers.js';

let kb: KnowledgeBase;

beforeAll(() => {
	kb = loadKnowledgeOrThrow(realKnowledgeDir);
});

afterEach(removeTempDirs);

/** `knowledge/facts/x.yaml` -> `facts/x.yaml`, the path inside the knowledge folder. */
function inside(file: string): string {
	return file.replace(/^knowledge\//, '');
}

function notVerbatim(text: string): string {
	const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
	return `quote is not verbatim in ${kb.primary.file} (only white space may differ): "${shown}"`;
}

/** How many facts quote each paragraph. */
function quotesPerParagraph(): Map<number, number> {
	const counts = new Map<number, number>();
	for (const fact of kb.facts) {
		for (const p of new Set(fact.quotes.map((q) => q.paragraph))) counts.set(p, (counts.get(p) ?? 0) + 1);
	}
	return counts;
}

/** A fact and one of its quotes whose paragraph another fact also quotes, so breaking it uncovers nothing. */
function quoteToBreak(exclude: string[] = []): { fact: Fact; index: number } {
	const counts = quotesPerParagraph();
	for (const fact of kb.facts) {
		if (exclude.includes(fact.id)) continue;
		const index = fact.quotes.findIndex((q) => (counts.get(q.paragraph) ?? 0) > 1);
		if (index >= 0) return { fact, index };
	}
	throw new Error('no quote to break without uncovering a paragraph');
}

/** Appends " [sic]" to the quote in the copy; returns the quote as now written. */
function breakQuote(dir: string, fact: Fact, index: number): string {
	let written = '';
	editItems(dir, inside(fact.file), (facts) => {
		const quotes = byId(facts, fact.id).quotes as unknown[];
		const quote = quotes[index];
		if (typeof quote === 'string') {
			written = `${quote} [sic]`;
			quotes[index] = written;
		} else {
			const object = quote as { text: string };
			written = `${object.text} [sic]`;
			object.text = written;
		}
	});
	return written;
}

function problemsOf(dir: string): Problem[] {
	const { kb: loaded, problems } = loadKnowledge(dir);
	expect(loaded).toBeUndefined();
	return problems;
}

describe('a copy of the real knowledge base', () => {
	it('reports exactly one problem for one quote that is not verbatim', () => {
		const dir = tempCopy(realKnowledgeDir);
		const { fact, index } = quoteToBreak();
		const written = breakQuote(dir, fact, index);
		expect(problemsOf(dir)).toEqual([
			{ file: fact.file, id: fact.id, field: `quotes[${index}]`, message: notVerbatim(written) },
		]);
	});

	it('reports a duplicate id added in another file', () => {
		const dir = tempCopy(realKnowledgeDir);
		const first = kb.facts[0] as Fact;
		const other = kb.facts.find((f) => f.file !== first.file) as Fact;
		editItems(dir, inside(other.file), (facts) => {
			facts.push({
				id: first.id,
				topic: first.topic,
				question: 'Is this question asked by no other fact at all?',
				alternates: ['one', 'two', 'three'],
				answer: 'A copy.',
				quotes: [first.quotes[0]?.text],
				keywords: ['copy'],
				ko: { question: '다른 사실에는 없는 질문인가요?', answer: '사본입니다.' },
				ja: { question: 'ほかの事実にはない質問ですか？', answer: '写しです。' },
			});
		});
		expect(problemsOf(dir)).toEqual([
			{ file: other.file, id: first.id, field: 'id', message: `duplicate fact id (also in ${first.file})` },
		]);
	});

	it('reports three different problems at once: a bad quote, a duplicate question, a dangling related id', () => {
		const dir = tempCopy(realKnowledgeDir);
		const last = kb.facts.at(-1) as Fact;
		const { fact: quoted, index } = quoteToBreak([last.id]);
		const position = kb.facts.indexOf(quoted);
		const twin = kb.facts.slice(position + 1).find((f) => f.id !== last.id) as Fact;
		expect(twin).toBeDefined();

		const written = breakQuote(dir, quoted, index);
		editItems(dir, inside(twin.file), (facts) => {
			byId(facts, twin.id).question = quoted.question.toUpperCase();
		});
		editItems(dir, inside(last.file), (facts) => {
			const fact = byId(facts, last.id);
			fact.related = [...((fact.related as string[] | undefined) ?? []), 'no-such-fact'];
		});

		expect(problemsOf(dir)).toEqual([
			{ file: quoted.file, id: quoted.id, field: `quotes[${index}]`, message: notVerbatim(written) },
			{ file: twin.file, id: twin.id, field: 'question', message: `same canonical question as fact ${quoted.id}` },
			{
				file: last.file,
				id: last.id,
				field: `related[${last.related.length}]`,
				message: 'unknown fact id "no-such-fact"',
			},
		]);
	});

	it('reports a schema error in one fact without losing the other facts of its file', () => {
		const dir = tempCopy(realKnowledgeDir);
		const target = kb.facts.find((f) => kb.facts.filter((g) => g.file === f.file).length > 1);
		if (!target) throw new Error('no fact file with two facts');
		editItems(dir, inside(target.file), (facts) => {
			const fact = byId(facts, target.id);
			fact.alternates = (fact.alternates as string[]).slice(0, 2);
		});
		const problems = problemsOf(dir);
		expect(problems[0]).toEqual({
			file: target.file,
			id: target.id,
			field: 'alternates',
			message: 'needs at least three alternates',
		});
		// What may follow is only about the broken fact itself (references to its id, paragraphs only it quoted):
		// the other facts of its file are still loaded and checked.
		for (const problem of problems.slice(1)) {
			expect(
				problem.message.includes(`"${target.id}"`) || problem.field?.startsWith('paragraph'),
				JSON.stringify(problem),
			).toBe(true);
		}
	});

	it('reports a schema error in one timeline event without losing the rest of the timeline', () => {
		const dir = tempCopy(realKnowledgeDir);
		const event = kb.timeline.find((e) =>
			kb.timeline.some((other) => other !== e && other.date === e.date && other.precision === e.precision),
		);
		if (!event) throw new Error('no two events on the same date');
		editItems(dir, 'timeline.yaml', (events: Item[]) => {
			byId(events, event.id).direction = 'ahead';
		});
		expect(problemsOf(dir)).toEqual([
			{
				file: 'knowledge/timeline.yaml',
				id: event.id,
				field: 'direction',
				message: 'Invalid option: expected one of "past"|"future"',
			},
		]);
	});
});
