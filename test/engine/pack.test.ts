/**
 * The engine names nothing of the GSOMIA article: a second knowledge pack (test/fixtures/pack, a made-up local news
 * story about a water compact, its own entities, concepts, topics, facts and timeline) is answered by the same code
 * and the same fitted model. Its 60 questions were written from the pack's article by someone who never saw the
 * engine, and nothing was tuned on them; the floors below sit just under what the engine scores today, so they catch
 * a change that makes the engine lean on the GSOMIA base. (The target for this pack is 90%; see README.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { evaluate, formatReport, parseEvalFile } from '../../src/eval.js';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.js';

const dir = new URL('../fixtures/pack/knowledge', import.meta.url).pathname;
const kb = loadKnowledgeOrThrow(dir);
const engine = createEngine(kb, { now: () => new Date('2026-11-28T12:00:00Z') });
const questions = parseEvalFile(readFileSync(new URL('../fixtures/pack/questions.jsonl', import.meta.url), 'utf8'));
const report = evaluate(engine, questions);
const misses = formatReport(report).split('\nmisses')[1] ?? '';

describe('a second knowledge pack, same engine', () => {
	it('is a different article: none of the GSOMIA base’s sources, entities or facts', () => {
		const real = loadKnowledgeOrThrow();
		expect(kb.sources.map((s) => s.id)).not.toEqual(real.sources.map((s) => s.id));
		const realFacts = new Set(real.facts.map((f) => f.id));
		expect(kb.facts.filter((f) => realFacts.has(f.id))).toEqual([]);
		expect(kb.facts.length).toBeGreaterThanOrEqual(40);
		expect(questions.length).toBeGreaterThanOrEqual(40);
		expect(new Set(questions.map((q) => q.style)).size).toBeGreaterThanOrEqual(8);
	});

	it('never quotes what its source does not say and never answers without a citation', () => {
		expect(report.fabricated).toBe(0);
		expect(report.uncited).toBe(0);
	});

	it('answers at least 85% of its answerable questions correctly', () => {
		expect(report.inCorrect / report.inTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.85);
	});

	it('abstains on at least 75% of its unanswerable questions', () => {
		expect(report.outCorrect / report.outTotal, `misses${misses}`).toBeGreaterThanOrEqual(0.75);
	});

	it('dates its answers with the pack’s own article', () => {
		const a = engine.ask(questions.find((q) => q.kind === 'in' && q.style === 'direct')?.q ?? '');
		expect(a.asOf).toBe(kb.primary.published);
		expect(a.asOf).not.toBe('2019-08-22');
	});
});
