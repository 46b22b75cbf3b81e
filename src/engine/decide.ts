/**
 * The decision: one calibrated model turns the best fitting candidate's features into P(the answer is correct).
 * The weights and the threshold are fitted on labelled questions by `npm run model:fit` (scripts/fit-model.ts) and
 * written to model.ts with the report of the fit; nothing here is tuned by hand.
 */
import { FEATURES, type FeatureName, type Model } from './features.js';
import { MODEL } from './model.js';
import type { Candidate, Query } from './retrieve.js';

const SPECIFIC = new Set(['who', 'when', 'where', 'why', 'count', 'duration', 'said']);

/** The features of the top candidate, given the runner-up and the best candidate that does not fit. */
export function features(
	query: Query,
	top: Candidate,
	second: Candidate | undefined,
	misfit: Candidate | undefined,
): Record<FeatureName, number> {
	const cjkTokens = query.analysis.tokens.filter((t) => t.script !== 'latin').length;
	return {
		cov: top.cov,
		phr: top.phr,
		missMax: top.missMax,
		entityMiss: top.entityMiss,
		unknownShare: query.total > 0 ? query.unknown / query.total : 1,
		margin: Math.min(0.5, top.score - (second?.score ?? 0)),
		logWeight: Math.log(1 + query.total),
		specific: SPECIFIC.has(query.frame.type) ? 1 : 0,
		cjk: query.analysis.tokens.length > 0 ? cjkTokens / query.analysis.tokens.length : 0,
		topic: top.doc.kind === 'topic' ? 1 : 0,
		misfitAbove: misfit ? Math.max(0, misfit.score - top.score) : 0,
		// The best candidate of all does not fit (asked for what that fact lacks): the one below is a fall-back.
		misfitFirst: misfit && misfit.score >= top.score ? 1 : 0,
		rareMiss: top.rareMiss,
		unknownProper: Math.min(3, query.unknownProper),
		yesnoMiss: query.frame.yesno ? top.missMax : 0,
		beyond: query.frame.beyond ? 1 : 0,
		// A fact that says the article leaves something out, asked for something specific: likely that something.
		gapSpecific: top.doc.gap && (query.frame.beyond || SPECIFIC.has(query.frame.type)) ? 1 : 0,
	};
}

export function probability(f: Record<FeatureName, number>, model: Model = MODEL): number {
	let z = model.bias;
	for (const name of FEATURES) z += (model.weights[name] ?? 0) * f[name];
	return 1 / (1 + Math.exp(-z));
}

export { FEATURES, type FeatureName, MODEL, type Model };
