// Written by scripts/fit-model.ts. Do not edit by hand: run `npm run model:fit`.
// Training split: test/regression/questions.jsonl, eval/train-a.jsonl, eval/train-b.jsonl (798 questions; 666 routed as questions of fact,
// 511 of them answered correctly by their top candidate). Target precision 0.95.
// Threshold sweep on the training split (the whole engine):
//   0.30  in 85.6%  out 64.2%  precision 81.0%
//   0.35  in 85.3%  out 65.2%  precision 81.7%
//   0.40  in 85.1%  out 66.7%  precision 82.3%
//   0.45  in 84.3%  out 68.2%  precision 82.7%
//   0.50  in 83.2%  out 69.7%  precision 83.5%
//   0.55  in 82.6%  out 73.1%  precision 84.7%
//   0.60  in 81.7%  out 75.1%  precision 85.8%
//   0.65  in 79.6%  out 78.1%  precision 86.8%
//   0.70  in 75.9%  out 80.6%  precision 87.6%
//   0.75  in 72.0%  out 84.6%  precision 89.2%
//   0.80  in 66.3%  out 87.6%  precision 90.2%
//   0.85  in 56.8%  out 91.5%  precision 91.1%
//   0.90  in 39.5%  out 95.5%  precision 92.5%
// Chosen threshold 0.5: in 83.2%, out 69.7%, precision 83.5% (training split).
import type { Model } from './decide.js';

export const MODEL: Model = {
	"weights": {
		"cov": 2.353,
		"phr": 1.32,
		"missMax": 0.315,
		"entityMiss": -1.974,
		"unknownShare": -0.756,
		"margin": 2.264,
		"logWeight": -0.196,
		"specific": 0.282,
		"cjk": 0.635,
		"topic": -0.629,
		"misfitAbove": -2.816,
		"rareMiss": -0.066
	},
	"bias": -1.321,
	"threshold": 0.5,
	"ambiguity": 0.01
};
