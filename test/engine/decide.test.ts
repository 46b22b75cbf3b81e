/**
 * The two halves of the decision, each on its own: the fit (does a fact's frame fit the question's?) and the
 * calibration (one fitted model turning the top candidate's features into P(correct)).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureName, MODEL, probability } from '../../src/engine/decide.js';
import { RANK_FEATURES } from '../../src/engine/features.js';
import { parseFrame } from '../../src/engine/frame.js';
import { buildIndex } from '../../src/engine/kb-index.js';
import { buildQuery, fit, type Misfit, rankFeatures } from '../../src/engine/retrieve.js';
import { analyze } from '../../src/engine/text/analyze.js';
import { evaluate, parseEvalFile } from '../../src/eval.js';
import { engine, kb } from './helpers.js';

const index = buildIndex(kb);

/** The fit of one fact to a question, read as the engine reads it (relative dates included). */
function fitOf(question: string, factId: string): Misfit | 'fits' | 'not a candidate' {
	const look = engine.lookup(question);
	const c = look.candidates.find((x) => x.doc.id === factId);
	if (!c) return 'not a candidate';
	return c.misfit ?? 'fits';
}

describe('the fit of a fact to a question', () => {
	it.each([
		['when was gsomia signed', 'pact-signed'],
		['who announced the withdrawal', 'announcement-who'],
		['what did suga ask seoul to do', 'suga-appeal'],
		['how many times did they share intelligence in total', 'intel-total-exchanges'],
		['how did japan react after seoul announced the decision', 'japan-reaction-deep-regret'],
	])('%j: %s fits', (q, id) => {
		expect(fitOf(q, id)).toBe('fits');
	});

	it.each([
		// The fact cannot give what is asked: a place for a date fact, a name the article leaves out.
		['where was gsomia signed', 'pact-signed', 'type'],
		['what is the name of the japanese official who expressed deep regret', 'japan-reaction-deep-regret', 'type'],
		['which specific industrial materials did japan restrict', 'japan-economic-restrictions', 'type'],
		// Someone else speaks in it.
		['what did abe say to south korea on thursday morning', 'suga-appeal', 'speaker'],
		// Its dates are not the time asked about, or it is dated before the event the question is measured from.
		['how many times did they share intel in 2018', 'intel-this-year', 'time'],
		['what did abe say after the decision was announced', 'abe-breach-of-trust', 'time'],
		// Neither alternative of "X or Y" is stated in it.
		['was gsomia signed in seoul or tokyo', 'pact-signed', 'choice'],
	])('%j: %s does not fit (%s)', (q, id, why) => {
		expect(fitOf(q, id)).toBe(why);
	});

	it('is the same function the look-up uses', () => {
		const analysis = analyze('where was gsomia signed', index.lexicon);
		const frame = parseFrame(analysis, kb.primary.published, (id) => index.entities.get(id)?.kind);
		const doc = index.factDocs.get('pact-signed');
		expect(doc).toBeDefined();
		if (doc) expect(fit(index, doc, buildQuery(index, analysis, frame))).toBe('type');
	});
});

describe('the ranking', () => {
	it('ranks by coverage and phrasing first, scaled so that the two sum to 1, and less for what is missed', () => {
		expect(MODEL.rank.cov).toBeGreaterThan(0);
		expect(MODEL.rank.phr).toBeGreaterThan(0);
		expect(MODEL.rank.cov + MODEL.rank.phr).toBeCloseTo(1, 2);
		expect(MODEL.rank.missMax).toBeLessThanOrEqual(0);
		expect(MODEL.rank.entityMiss).toBeLessThanOrEqual(0);
	});

	it('scores each candidate with the model’s ranking: the weighted sum of its rank features', () => {
		const look = engine.lookup('when was gsomia signed');
		const top = look.candidates[0];
		expect(top?.doc.id).toBe('pact-signed');
		if (!top) return;
		const x = rankFeatures(top.doc, look.query, top);
		expect(top.score).toBeCloseTo(
			RANK_FEATURES.reduce((s, f) => s + MODEL.rank[f] * x[f], 0),
			9,
		);
		expect(x.answersType).toBe(1);
	});
});

describe('the weights of a question', () => {
	it('counts the words of remarks around the question half as much as its own', () => {
		const analysis = analyze('my history teacher asked. when was gsomia signed', index.lexicon);
		const frame = parseFrame(analysis, kb.primary.published, () => undefined);
		const plain = buildQuery(index, analysis, frame);
		const remarked = buildQuery(index, analysis, frame, new Set(['#history']));
		expect(plain.weights.get('#history')).toBeGreaterThan(0);
		expect(remarked.weights.get('#history')).toBeCloseTo((plain.weights.get('#history') ?? 0) / 2, 6);
		expect(remarked.weights.get('#signed')).toBe(plain.weights.get('#signed'));
	});
});

describe('the calibrated model', () => {
	const base = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<FeatureName, number>;
	const typical = { ...base, cov: 0.8, phr: 0.7, margin: 0.2, logWeight: 2 };

	it('has a weight for every feature and a threshold strictly between 0 and 1', () => {
		expect(Object.keys(MODEL.weights).sort()).toEqual([...FEATURES].sort());
		expect(Object.keys(MODEL.rank).sort()).toEqual([...RANK_FEATURES].sort());
		expect(MODEL.threshold).toBeGreaterThan(0);
		expect(MODEL.threshold).toBeLessThan(1);
	});

	it('gives a probability, more for a closer match and less for words the base does not know', () => {
		const p = probability(typical);
		expect(p).toBeGreaterThan(0);
		expect(p).toBeLessThan(1);
		expect(probability({ ...typical, cov: 1, phr: 0.95 })).toBeGreaterThan(p);
		expect(probability({ ...typical, cov: 0.3, phr: 0.2 })).toBeLessThan(p);
		expect(probability({ ...typical, unknownShare: 0.6 })).toBeLessThan(p);
		expect(probability({ ...typical, entityMiss: 1 })).toBeLessThan(p);
		expect(probability({ ...typical, misfitFirst: 1, misfitAbove: 0.2 })).toBeLessThan(p);
	});

	it('means what it says on the regression set: confidence within 0.1 of how often it is right, on average', () => {
		const questions = parseEvalFile(readFileSync(new URL('../regression/questions.jsonl', import.meta.url), 'utf8'));
		const bins = evaluate(engine, questions).reliability;
		const n = bins.reduce((s, b) => s + b.n, 0);
		const error = bins.reduce((s, b) => s + (b.n / n) * Math.abs(b.meanConfidence - b.accuracy), 0);
		expect(n).toBe(questions.length);
		expect(error).toBeLessThan(0.1);
		const high = bins.filter((b) => b.from >= 0.9);
		expect(high.reduce((s, b) => s + b.accuracy * b.n, 0) / high.reduce((s, b) => s + b.n, 0)).toBeGreaterThan(0.85);
	});
});
