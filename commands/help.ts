/** /help: how to use the bot, as the running transport allows (no mentions or DMs when it serves HTTP only). */
import { replyCommand } from './simple.js';

export default replyCommand(
	(s) => s.commands.help,
	(ctx, visibility) => ({
		type: 'help',
		help: {
			readsMessages: ctx.readsMessages,
			cooldown: ctx.config.cooldown,
			repeatWindowMs: ctx.config.repeatWindowMs,
		},
		visibility,
	}),
);
