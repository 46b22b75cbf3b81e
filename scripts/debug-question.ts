/**
 * Shows how the engine reads one question: route, frame, the candidates with their features and fit, P(correct)
 * and the answer. For curators and developers: `npx tsx scripts/debug-question.ts "who announced it"`.
 */
import { createEngine } from '../src/engine/index.js';
import { route } from '../src/engine/route.js';
import { cleanMessage } from '../src/engine/text/clean.js';
import { loadKnowledgeOrThrow } from '../src/knowledge/load.js';

const kb = loadKnowledgeOrThrow(process.argv[3]);
const engine = createEngine(kb);
const q = process.argv[2] ?? '';
const routed = route(q, cleanMessage(q));
console.log('route:', routed.route, JSON.stringify(routed.questions));
const look = engine.lookup(routed.text, routed.questions.join(' ') || undefined);
console.log('terms:', [...look.query.weights].map(([k, w]) => `${k}=${w.toFixed(2)}`).join(' '));
console.log(
	'frame:',
	JSON.stringify({ ...look.frame, times: look.frame.times.length, numbers: look.frame.numbers.map((n) => n.value) }),
);
for (const c of look.candidates.slice(0, 6)) {
	console.log(
		`  ${c.doc.id.padEnd(36)} s=${c.score.toFixed(3)} cov=${c.cov.toFixed(2)} phr=${c.phr.toFixed(2)} miss=${c.missMax.toFixed(2)} ent=${c.entityMiss.toFixed(2)} ${c.misfit ?? ''}`,
	);
}
console.log(
	'p:',
	look.p.toFixed(3),
	look.features
		? JSON.stringify(Object.fromEntries(Object.entries(look.features).map(([k, v]) => [k, Number(v.toFixed(3))])))
		: '',
);
const a = engine.ask(q);
console.log(`answer [${a.kind} ${a.confidence}] [${a.factIds.join(',')}]: ${a.answer.slice(0, 300)}`);
