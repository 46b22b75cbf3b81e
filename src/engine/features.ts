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

export interface Model {
	weights: Record<FeatureName, number>;
	bias: number;
	/** Answer when P >= threshold. */
	threshold: number;
	/** Two candidates both above the threshold and closer than this in score are ambiguous. */
	ambiguity: number;
}
