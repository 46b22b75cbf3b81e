/** /source: what the bot knows and from where, how citations work, what it cannot know. */
import { replyCommand } from './simple.js';

export default replyCommand(
	(s) => s.commands.source,
	(ctx, visibility) => ({ type: 'source', kb: ctx.engine.kb, visibility }),
);
