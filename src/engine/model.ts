// Written by scripts/fit-model.ts. Do not edit by hand: run `npm run model:fit`.
// Training split: test/regression/questions.jsonl, eval/train-a.jsonl, eval/train-b.jsonl, eval/train-c.jsonl, eval/train-d.jsonl, eval/train-e.jsonl, eval/train-f.jsonl (1860 questions; 1541 routed as questions of fact,
// 1179 of them answered correctly by their top candidate). Target precision 0.88.
// Threshold sweep on the training split (the whole engine):
//   0.30  in 89.3%  out 75.6%  precision 85.4%
//   0.33  in 89.0%  out 76.5%  precision 85.8%
//   0.35  in 88.8%  out 78.2%  precision 86.5%
//   0.38  in 88.2%  out 78.4%  precision 86.6%
//   0.40  in 87.9%  out 80.0%  precision 87.2%
//   0.42  in 87.8%  out 81.5%  precision 87.9%
//   0.45  in 87.7%  out 81.9%  precision 88.3%
//   0.47  in 87.3%  out 83.0%  precision 88.7%
//   0.50  in 86.8%  out 84.0%  precision 89.0%
//   0.53  in 85.9%  out 84.7%  precision 89.4%
//   0.55  in 85.4%  out 85.1%  precision 89.6%
//   0.57  in 84.4%  out 85.9%  precision 90.0%
//   0.60  in 83.5%  out 87.0%  precision 90.6%
//   0.63  in 82.5%  out 87.8%  precision 91.0%
//   0.65  in 81.1%  out 88.0%  precision 90.9%
//   0.68  in 80.2%  out 89.1%  precision 91.5%
//   0.70  in 78.7%  out 90.1%  precision 92.0%
//   0.72  in 77.1%  out 90.5%  precision 92.3%
//   0.75  in 75.6%  out 91.8%  precision 92.7%
//   0.78  in 74.3%  out 92.4%  precision 93.0%
//   0.80  in 72.2%  out 92.7%  precision 93.1%
//   0.82  in 70.3%  out 94.3%  precision 94.0%
//   0.85  in 67.1%  out 95.0%  precision 94.1%
//   0.88  in 62.2%  out 95.6%  precision 94.6%
//   0.90  in 56.2%  out 96.2%  precision 94.8%
// Chosen threshold 0.625: in 82.5%, out 87.8%, precision 91.0% (training split).
import type { Model } from './features.js';

export const MODEL: Model = {
	rank: {
		cov: 0.545,
		phr: 0.455,
		missMax: -0.396,
		entityMiss: -0.379,
		rareMiss: 0.013,
		answersType: 0.01,
		speaker: 0.011,
		topic: 0.228,
	},
	weights: {
		cov: 2.816,
		phr: 2.471,
		missMax: -0.173,
		entityMiss: -2.416,
		unknownShare: -2.094,
		margin: 1.437,
		logWeight: 0.466,
		specific: 0.607,
		cjk: 0.131,
		topic: 0.698,
		misfitAbove: -0.451,
		misfitFirst: -0.782,
		rareMiss: 1.265,
		unknownProper: -1.355,
		yesnoMiss: -0.21,
		gapSpecific: 0.282,
		beyond: -0.333,
	},
	bias: -3.513,
	threshold: 0.625,
	ambiguity: 0.01,
};
