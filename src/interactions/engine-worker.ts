/**
 * The engine in a worker thread: the main thread keeps reading sockets, checking signatures, rendering and
 * answering "thinking…" on time, however long questions take. Started by createThreadedAnswerer (answerer.ts).
 *
 * workerData: { kb, engineModule? }. `engineModule` (tests) names a module whose `createEngine(kb)` replaces the
 * real one, e.g. an engine made slow on purpose.
 * Messages in: { id, op: 'ask' | 'fact', text, lang? }; out: { id, answer } or { id, error }.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Engine } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';

interface Request {
	id: number;
	op: 'ask' | 'fact';
	text: string;
	lang?: 'en' | 'ko' | 'ja';
}

const { kb, engineModule } = workerData as { kb: KnowledgeBase; engineModule?: string };
// The real engine starts from the prebuilt index when it matches (engineFor); a test module builds its own.
const engine: Engine = engineModule
	? ((await import(pathToFileURL(engineModule).href)) as { createEngine(kb: KnowledgeBase): Engine }).createEngine(kb)
	: (await import('../engine-snapshot.js')).engineFor(kb);
engine.warm();

parentPort?.on('message', (request: Request) => {
	try {
		const options = request.lang ? { lang: request.lang } : undefined;
		const answer = request.op === 'ask' ? engine.ask(request.text, options) : engine.answerFact(request.text, options);
		parentPort?.postMessage({ id: request.id, answer });
	} catch (error) {
		parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
	}
});
parentPort?.postMessage({ ready: true });
