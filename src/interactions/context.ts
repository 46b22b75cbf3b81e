/** Everything interaction handling needs, passed in by the transport (so tests can give their own). */
import type { Config } from '../config.js';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../logger.js';
import { createCooldown } from './cooldown.js';
import { fileFeedbackSink } from './feedback.js';
import { memoryPostLog } from './posts.js';
import { cachedSettings } from './settings.js';
import type { InteractionContext, Registry } from './types.js';
import { memoryVoteBook } from './votes.js';

export type { InteractionContext, InteractionEvent, RequestContext } from './types.js';

export interface ContextOptions
	extends Partial<Omit<InteractionContext, 'engine' | 'registry' | 'config' | 'logger' | 'readsMessages'>> {
	engine: Engine;
	registry: Registry;
	config: Pick<Config, 'cooldown' | 'repeatWindowMs'> & Partial<Pick<Config, 'feedbackFile'>>;
	logger: Logger;
	readsMessages: boolean;
}

/** A context with the default stores: cooldown and no-repeat window in memory, feedback appended to a file. */
export function createInteractionContext(options: ContextOptions): InteractionContext {
	const { config, logger } = options;
	return {
		...options,
		...(options.storage && !options.settings
			? { settings: cachedSettings(options.storage, { now: options.now }) }
			: {}),
		cooldown: options.cooldown ?? createCooldown(config.cooldown, options.now),
		feedback: options.feedback ?? fileFeedbackSink(config.feedbackFile ?? 'feedback.jsonl', logger),
		posts: options.posts ?? memoryPostLog({ windowMs: config.repeatWindowMs, now: options.now }),
		votes: options.votes ?? memoryVoteBook(),
	};
}
