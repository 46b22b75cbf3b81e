/**
 * The quality gate: the project's own regression questions (test/regression/questions.jsonl, written fresh, every
 * style), scored with the same rules as the development set. The bar is the product's: 95% of answerable questions
 * answered correctly, 95% of unanswerable ones abstained, no quote that is not verbatim, no answer without a citation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, parseEvalFile } from '../../src/eval.js';
import { engine } from './helpers.js';

const questions = parseEvalFile(readFileSync(new URL('../regression/questions.jsonl', import.meta.url), 'utf8'));
const report = evaluate(engine, questions);
const misses = formatReport(report).split('\nmisses')[1] ?? '';

describe('the regression question set', () => {
	it('has at least 150 questions of every style', () => {
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
		]) {
			expect(styles, style).toContain(style);
		}
	});
	it('answers at least 95% of the answerable questions correctly', () => {
		expect(report.inCorrect / report.inTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.95);
	});
	it('abstains on at least 95% of the unanswerable questions', () => {
		expect(report.outCorrect / report.outTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.95);
	});
	it('never cites a quote that is not verbatim, never answers without a citation', () => {
		expect(report.fabricated).toBe(0);
		expect(report.uncited).toBe(0);
	});
});
