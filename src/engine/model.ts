// Written by scripts/fit-model.ts. Do not edit by hand: run `npm run model:fit`.
// Training split: test/regression/questions.jsonl, eval/train-a.jsonl, eval/train-b.jsonl (798 questions; 668 routed as questions of fact,
// 529 of them answered correctly by their top candidate). Target precision 0.95.
// Threshold sweep on the training split (the whole engine):
//   0.30  in 89.1%  out 74.1%  precision 85.7%
//   0.35  in 88.4%  out 76.1%  precision 86.0%
//   0.40  in 87.8%  out 76.6%  precision 86.5%
//   0.45  in 87.4%  out 77.1%  precision 86.4%
//   0.50  in 86.6%  out 77.1%  precision 86.3%
//   0.55  in 86.1%  out 81.6%  precision 88.6%
//   0.60  in 84.8%  out 83.6%  precision 89.4%
//   0.65  in 83.4%  out 85.1%  precision 90.2%
//   0.70  in 81.1%  out 88.1%  precision 91.1%
//   0.75  in 78.1%  out 91.0%  precision 92.3%
//   0.80  in 73.0%  out 92.5%  precision 93.6%
//   0.85  in 66.8%  out 93.5%  precision 93.2%
//   0.90  in 56.4%  out 96.0%  precision 94.1%
// Chosen threshold 0.5: in 86.6%, out 77.1%, precision 86.3% (training split).
import type { Model } from './decide.js';

export const MODEL: Model = {
	"weights": {
		"cov": 1.843,
		"phr": 1.905,
		"missMax": -0.543,
		"entityMiss": -2.108,
		"unknownShare": -0.774,
		"margin": 2.682,
		"logWeight": 0.224,
		"specific": 0.205,
		"cjk": -0.097,
		"topic": 0.392,
		"misfitAbove": -2.184,
		"rareMiss": 0.664,
		"unknownProper": -2.066,
		"yesnoMiss": -0.518,
		"beyond": -0.167
	},
	"bias": -1.632,
	"threshold": 0.5,
	"ambiguity": 0.01
};
