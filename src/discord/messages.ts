/**
 * DMs and mentions, independent of discord.js: decides whether a message gets a reply and builds it. Any DM to the
 * bot is a question (or "help"); in a server, only a message that mentions the bot is. Messages from bots, from the
 * bot itself, and server messages without a mention are ignored.
 */
import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Engine } from '../engine/types.js';
import { cooldownNotice } from '../interactions/answer.js';
import type { Cooldown } from '../interactions/cooldown.js';
import { renderAnswer, renderHelp, renderNotice } from './render.js';
import { toMessageBody } from './reply.js';
import { strings } from './strings.js';

export interface IncomingMessage {
	id: string;
	channelId: string;
	/** Absent in DMs. */
	guildId?: string | null;
	authorId: string;
	authorIsBot: boolean;
	content: string;
	/** The message mentions the bot: its user, or its own managed role (not @everyone or another role). */
	mentionsBot: boolean;
	/** The bot's managed role in this server, which people often pick when they type @BotName. */
	botRoleId?: string;
}

export interface MessageContext {
	engine: Engine;
	cooldown: Cooldown;
	/** For the help text. */
	cooldownLimits: { limit: number; windowMs: number };
	botUserId: string;
	now?: () => number;
}

export type MessagePlan =
	| { action: 'ignore'; reason: 'self' | 'bot' | 'not-mentioned' }
	| {
			action: 'reply';
			body: RESTPostAPIChannelMessageJSONBody;
			outcome: 'answered' | 'abstained' | 'ok' | 'cooldown';
			/** Meant for the author only: in a server, send it by DM rather than in the channel when possible. */
			private?: boolean;
	  };

const HELP = /^[/!]?(help|commands|\?)[.!?]*$/i;

/** The message text without the bot's own mention(s), of its user or of its managed role. */
export function questionText(content: string, botUserId: string, botRoleId?: string): string {
	const role = botRoleId ? `|<@&${botRoleId}>` : '';
	return content
		.replace(new RegExp(`<@!?${botUserId}>${role}`, 'g'), ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export function planMessageReply(message: IncomingMessage, ctx: MessageContext): MessagePlan {
	if (message.authorId === ctx.botUserId) return { action: 'ignore', reason: 'self' };
	if (message.authorIsBot) return { action: 'ignore', reason: 'bot' };
	const inDm = !message.guildId;
	if (!inDm && !message.mentionsBot) return { action: 'ignore', reason: 'not-mentioned' };

	const question = questionText(message.content, ctx.botUserId, message.botRoleId);
	if (HELP.test(question)) {
		return { action: 'reply', body: toMessageBody(renderHelp(ctx.cooldownLimits), message.id), outcome: 'ok' };
	}
	const gate = ctx.cooldown.hit(message.authorId);
	if (!gate.ok) {
		const notice = cooldownNotice(gate.retryAfterMs, ctx.now);
		return { action: 'reply', body: toMessageBody(notice, message.id), outcome: 'cooldown', private: true };
	}
	const answer = ctx.engine.ask(question);
	return {
		action: 'reply',
		body: toMessageBody(renderAnswer(answer, { question }), message.id),
		outcome: answer.answered ? 'answered' : 'abstained',
	};
}

/** The reply to a message whose handling failed: the same private-style notice as for interactions. */
export function errorReply(ref: string, replyTo: string): RESTPostAPIChannelMessageJSONBody {
	return toMessageBody(renderNotice(strings.error(ref)), replyTo);
}
