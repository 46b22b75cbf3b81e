/**
 * The ONE command registry: the dispatcher (src/interactions/handle.ts) and the deploy script (src/deploy.ts) both
 * read it. To add a command, write a module next to this file and list it here; it is validated at load.
 */
import { createRegistry } from '../src/interactions/registry.js';
import answerThis from './answer-this.js';
import ask from './ask.js';
import help from './help.js';
import source from './source.js';
import timeline from './timeline.js';
import topics from './topics.js';

export const registry = createRegistry([ask, topics, timeline, source, help, answerThis]);
export const commands = registry.commands;
