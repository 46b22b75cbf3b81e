// Written by scripts/fit-model.ts. Do not edit by hand: run `npm run model:fit`.
// Training split: test/regression/questions.jsonl, eval/train-a.jsonl, eval/train-b.jsonl (798 questions; 659 routed as questions of fact,
// 534 of them answered correctly by their top candidate). Target precision 0.95.
// Threshold sweep on the training split (the whole engine):
//   0.30  in 90.1%  out 75.1%  precision 86.8%
//   0.35  in 89.9%  out 78.1%  precision 87.6%
//   0.40  in 89.3%  out 79.1%  precision 88.0%
//   0.45  in 88.9%  out 80.1%  precision 88.2%
//   0.50  in 88.8%  out 81.1%  precision 88.5%
//   0.55  in 87.9%  out 82.1%  precision 88.8%
//   0.60  in 86.6%  out 83.6%  precision 89.6%
//   0.65  in 84.9%  out 86.6%  precision 91.0%
//   0.70  in 81.7%  out 87.1%  precision 91.6%
//   0.75  in 78.1%  out 89.6%  precision 92.8%
//   0.80  in 73.5%  out 90.5%  precision 93.4%
//   0.85  in 67.2%  out 91.0%  precision 93.5%
//   0.90  in 56.6%  out 95.0%  precision 94.9%
// Chosen threshold 0.5: in 88.8%, out 81.1%, precision 88.5% (training split).
import type { Model } from './decide.js';

export const MODEL: Model = {
	"weights": {
		"cov": 1.932,
		"phr": 2.097,
		"missMax": -0.456,
		"entityMiss": -1.999,
		"unknownShare": -1.314,
		"margin": 1.944,
		"logWeight": 0.41,
		"specific": 0.197,
		"cjk": 0.203,
		"topic": 0.012,
		"misfitAbove": -1.87,
		"rareMiss": 1.881,
		"unknownProper": -1.055,
		"yesnoMiss": -0.181,
		"beyond": -0.115
	},
	"bias": -2.139,
	"threshold": 0.5,
	"ambiguity": 0.01
};
