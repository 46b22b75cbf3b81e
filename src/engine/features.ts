/** The features of the calibrated decision and the shape of its fitted model (src/engine/model.ts). */

export const FEATURES = [
	'cov',
	'phr',
	'missMax',
	'entityMiss',
	'unknownShare',
	'margin',
	'logWeight',
	'specific',
	'cjk',
	'topic',
	'misfitAbove',
	'misfitFirst',
	'rareMiss',
	'unknownProper',
	'yesnoMiss',
	'gapSpecific',
	'beyond',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** The features that rank candidates: how well one document matches the question. */
export const RANK_FEATURES = [
	'cov',
	'phr',
	'missMax',
	'entityMiss',
	'rareMiss',
	'answersType',
	'speaker',
	'topic',
] as const;
export type RankFeatureName = (typeof RANK_FEATURES)[number];

/** The ranking before any fit: coverage and phrasing, nothing else. */
export const DEFAULT_RANK: Record<RankFeatureName, number> = {
	cov: 0.55,
	phr: 0.45,
	missMax: 0,
	entityMiss: 0,
	rareMiss: 0,
	answersType: 0,
	speaker: 0,
	topic: 0,
};

export interface Model {
	/** The ranking: a candidate's score is the weighted sum of its rank features. */
	rank: Record<RankFeatureName, number>;
	weights: Record<FeatureName, number>;
	bias: number;
	/** Answer when P >= threshold. */
	threshold: number;
	/** Two candidates both above the threshold and closer than this in score are ambiguous. */
	ambiguity: number;
}
