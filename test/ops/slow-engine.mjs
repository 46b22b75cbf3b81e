// An engine made slow on purpose, for the overload test: every question burns SLOW_MS of CPU in the engine thread.
// Plain JavaScript over the built engine, because a worker thread cannot load TypeScript.
import { createEngine as createRealEngine } from '../../dist/src/engine/index.js';

export const SLOW_MS = 100;

export function createEngine(kb) {
	const engine = createRealEngine(kb);
	return {
		...engine,
		kb: engine.kb,
		warm: () => engine.warm(),
		ask(question, options) {
			const until = performance.now() + SLOW_MS;
			while (performance.now() < until) {
				// busy: an engine that needs SLOW_MS of CPU per question
			}
			return engine.ask(question, options);
		},
	};
}
