/**
 * The regression gate: the project's own regression questions (test/regression/questions.jsonl, written fresh, every
 * style), scored with the eval rules. Each answerable question records the facts whose answer passes it (`facts`,
 * written by scripts/label-facts.ts): an answer that passes with none of them passed by luck, with the wrong fact.
 * The set is part of the model's training split, so these floors guard against regressions; quality on questions
 * never trained on is measured with `npx gsomia eval` on held-out files (see README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, parseEvalFile, passes } from '../../src/eval.js';
import { engine } from './helpers.js';

interface Labelled {
	id: string;
	q: string;
	kind: 'in' | 'out';
	style: string;
	expect: string[];
	facts: string[];
}
const text = readFileSync(new URL('../regression/questions.jsonl', import.meta.url), 'utf8');
const questions = parseEvalFile(text);
const labelled = text
	.split('\n')
	.filter(Boolean)
	.map((l) => JSON.parse(l) as Labelled);
const report = evaluate(engine, questions);
const misses = formatReport(report).split('\nmisses')[1] ?? '';

describe('the regression question set', () => {
	it('has at least 150 questions of every style, each answerable one with the facts that answer it', () => {
		expect(questions.length).toBeGreaterThanOrEqual(150);
		const styles = new Set(questions.map((q) => q.style));
		for (const style of [
			'direct',
			'paraphrase',
			'terse',
			'typo',
			'chatty',
			'date',
			'korean',
			'nearmiss',
			'offtopic',
			'adversarial',
		])
			expect(styles, style).toContain(style);
		const unlabelled = labelled.filter((q) => q.kind === 'in' && q.facts.length === 0).map((q) => q.id);
		expect(unlabelled).toEqual([]);
	});

	// 88%: the threshold `model:fit` picks leans to abstaining when answering more would not be right more often
	// (89.5% here with it, 91% with the one before).
	it('answers at least 88% of the answerable questions correctly', () => {
		expect(report.inCorrect / report.inTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.88);
	});

	it('abstains on at least 90% of the unanswerable questions', () => {
		expect(report.outCorrect / report.outTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.9);
	});

	it('never passes with the wrong fact: a correct answer rests on a fact that answers the question', () => {
		const swaps: string[] = [];
		for (const q of labelled) {
			if (q.kind !== 'in') continue;
			const answer = engine.ask(q.q);
			// Date arithmetic answers from the timeline, not from one fact.
			if (!passes(q, answer) || q.style === 'date') continue;
			if (!answer.factIds.some((id) => q.facts.includes(id))) swaps.push(`${q.id}: ${answer.factIds.join(',')}`);
		}
		expect(swaps).toEqual([]);
	});

	it('never cites a quote that is not verbatim, never answers without a citation', () => {
		expect(report.fabricated).toBe(0);
		expect(report.uncited).toBe(0);
	});
});
