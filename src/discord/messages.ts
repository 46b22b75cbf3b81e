/**
 * DMs and mentions, independent of discord.js: decides whether a message gets a reply and builds it. Any DM to the
 * bot is a question (or "help"); in a server, only a message that mentions the bot is. Messages from bots, from the
 * bot itself, and server messages without a mention are ignored.
 */
import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Engine } from '../engine/types.js';
import { answerMeta, cooldownNotice } from '../interactions/answer.js';
import { type Answerer, MAX_QUESTION_CHARS } from '../interactions/answerer.js';
import { COSTS, type Cooldown } from '../interactions/cooldown.js';
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
	/** Cache and queue in front of the engine. Default: the engine itself. */
	answerer?: Answerer;
	cooldown: Cooldown;
	/** For the help text. */
	cooldownLimits: { limit: number; windowMs: number };
	botUserId: string;
	now?: () => number;
}

export type MessagePlan =
	| { action: 'ignore'; reason: 'self' | 'bot' | 'not-mentioned' | 'cooldown' }
	| {
			action: 'reply';
			body: RESTPostAPIChannelMessageJSONBody;
			outcome: 'answered' | 'abstained' | 'ok' | 'cooldown' | 'refused';
			/** Meant for the author only: in a server, send it by DM rather than in the channel when possible. */
			private?: boolean;
			/** The engine's verdict, for logs. */
			answer?: { kind: string; confidence: number; lang: string };
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

/**
 * Decides the reply to one message. Every question and "help" spends from the author's budget; once over it, the
 * author is told once (privately) and further messages in the window are ignored: a refusal costs at most one
 * notice, never a reply per message.
 */
export async function planMessageReply(message: IncomingMessage, ctx: MessageContext): Promise<MessagePlan> {
	if (message.authorId === ctx.botUserId) return { action: 'ignore', reason: 'self' };
	if (message.authorIsBot) return { action: 'ignore', reason: 'bot' };
	const inDm = !message.guildId;
	if (!inDm && !message.mentionsBot) return { action: 'ignore', reason: 'not-mentioned' };

	const question = questionText(message.content, ctx.botUserId, message.botRoleId);
	const help = HELP.test(question);
	const gate = await ctx.cooldown.hit(message.authorId, help ? COSTS.view : COSTS.answer);
	if (!gate.ok) {
		if (!gate.notify) return { action: 'ignore', reason: 'cooldown' };
		const notice = cooldownNotice(gate.retryAfterMs, ctx.now);
		return { action: 'reply', body: toMessageBody(notice, message.id), outcome: 'cooldown', private: true };
	}
	if (help) {
		return { action: 'reply', body: toMessageBody(renderHelp(ctx.cooldownLimits), message.id), outcome: 'ok' };
	}
	if (question.length > MAX_QUESTION_CHARS) {
		const notice = renderNotice(strings.answer.tooLong(question.length, MAX_QUESTION_CHARS));
		return { action: 'reply', body: toMessageBody(notice, message.id), outcome: 'refused' };
	}
	const answer = await (ctx.answerer ?? ctx.engine).ask(question);
	return {
		action: 'reply',
		body: toMessageBody(renderAnswer(answer, { question }), message.id),
		outcome: answer.answered ? 'answered' : 'abstained',
		answer: answerMeta(answer),
	};
}

/** The reply to a message whose handling failed: the same private-style notice as for interactions. */
export function errorReply(ref: string, replyTo: string): RESTPostAPIChannelMessageJSONBody {
	return toMessageBody(renderNotice(strings.error(ref)), replyTo);
}
