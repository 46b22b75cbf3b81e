/**
 * The ONE command registry: the dispatcher, the renderer (component custom ids) and the deploy script all read it.
 * It names every command and, through each module's `components`, the prefix of every button and menu. To add a
 * command, write a module next to this file and list it here; it is validated at load.
 */
import { createRegistry } from '../src/interactions/registry.js';
import answerPublicly from './answer-publicly.js';
import answerThis from './answer-this.js';
import ask from './ask.js';
import help from './help.js';
import settings from './settings.js';
import source from './source.js';
import timeline from './timeline.js';
import topics from './topics.js';

export const registry = createRegistry([ask, topics, timeline, source, help, answerThis, answerPublicly, settings]);
export const commands = registry.commands;
