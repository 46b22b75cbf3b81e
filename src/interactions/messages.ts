/**
 * DMs and mentions, independent of discord.js and of Discord's JSON: decides whether a message gets a reply, a
 * reaction or nothing, and what the reply says. Any DM to the bot is a question (or "help"); in a server, only a
 * message that mentions the bot is. Messages from bots, from the bot itself, and server messages without a mention
 * are ignored. A mention that is only a greeting or thanks gets a reaction (a thanks in a DM too), so channels stay
 * quiet. The language is the question's script: Hangul Korean, kana Japanese, else English.
 */
import type { Engine, Lang } from '../engine/types.js';
import { langFromText } from '../i18n/lang.js';
import { type AnswerRequest, answerRequest } from './answer.js';
import type { Answerer } from './answerer.js';
import { COSTS, type Cooldown } from './cooldown.js';
import { cleanMentions, type MentionNames } from './names.js';
import type { PostLog } from './posts.js';
import type { Handled, HelpView, Reply } from './replies.js';
import type { SettingsBook } from './settings.js';
import { smallTalk } from './smalltalk.js';
import type { Storage } from './store.js';

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
	/** Names of the users, roles and channels the message mentions, to show them as names in the title. */
	names?: MentionNames;
}

export interface MessageContext {
	engine: Engine;
	/** Cache and engine thread in front of the engine. Default: the engine itself. */
	answerer?: Answerer;
	/** Where declined questions and fact usage are recorded. */
	storage?: Storage;
	/** Per-server settings: auto-answer channels. */
	settings?: SettingsBook;
	cooldown: Cooldown;
	posts: PostLog;
	botUserId: string;
	/** For the help text. */
	help: HelpView;
	now?: () => number;
}

export const REACTIONS = { greeting: '👋', thanks: '😊' } as const;

export type MessagePlan =
	| { action: 'ignore'; reason: 'self' | 'bot' | 'not-mentioned' | 'cooldown' }
	| { action: 'react'; emoji: string; outcome: 'greeting' | 'thanks' }
	| {
			action: 'reply';
			handled: Handled & { lang: Lang };
			/** Meant for the author only: send it by DM rather than in the channel when possible. */
			private?: boolean;
			/** What to send in the channel instead when a private reply cannot be sent by DM. */
			fallback?: Reply;
	  };

const HELP = /^[/!]?(help|commands|\?|도움말|도움|ヘルプ)[.!?]*$/i;

/** The message text without the bot's own mention(s), of its user or of its managed role. */
export function questionText(content: string, botUserId: string, botRoleId?: string): string {
	const role = botRoleId ? `|<@&${botRoleId}>` : '';
	return content
		.replace(new RegExp(`<@!?${botUserId}>${role}`, 'g'), ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export async function planMessageReply(message: IncomingMessage, ctx: MessageContext): Promise<MessagePlan> {
	if (message.authorId === ctx.botUserId) return { action: 'ignore', reason: 'self' };
	if (message.authorIsBot) return { action: 'ignore', reason: 'bot' };
	const inDm = !message.guildId;
	if (!inDm && !message.mentionsBot) return autoAnswer(message, ctx);

	const question = questionText(message.content, ctx.botUserId, message.botRoleId);
	const lang = langFromText(question);
	const talk = smallTalk(question);
	if (talk === 'thanks' || (talk === 'greeting' && !inDm)) {
		return { action: 'react', emoji: REACTIONS[talk], outcome: talk };
	}
	if (HELP.test(question)) {
		// "help" spends from the same budget as a question; over it, the author is told once, then ignored.
		const gate = await ctx.cooldown.hit(message.authorId, COSTS.view);
		if (!gate.ok) {
			if (!gate.notify) return { action: 'ignore', reason: 'cooldown' };
			const retryAt = (ctx.now ?? Date.now)() + gate.retryAfterMs;
			return {
				action: 'reply',
				handled: { reply: { type: 'notice', notice: { type: 'cooldown', retryAt } }, outcome: 'cooldown', lang },
				private: true,
			};
		}
		return { action: 'reply', handled: { reply: { type: 'help', help: ctx.help, visibility: 'public' }, lang } };
	}
	const handled = await answerMessage(
		ctx,
		message,
		question,
		lang,
		inDm
			? { where: 'bot-dm', channelId: message.channelId }
			: { where: 'guild', guildId: message.guildId ?? undefined, channelId: message.channelId },
		inDm ? 'dm' : 'mention',
	);
	const done = { ...handled, lang };
	// Over budget and already told in this window: a refusal costs no reply, no REST call.
	if (handled.outcome === 'cooldown' && handled.quiet) return { action: 'ignore', reason: 'cooldown' };
	if (handled.outcome === 'cooldown') return { action: 'reply', handled: done, private: true };
	if (handled.outcome === 'repeat' && handled.reply.type === 'answer' && handled.reply.view.repeat) {
		const { at, url } = handled.reply.view.repeat;
		return {
			action: 'reply',
			handled: done,
			private: true,
			fallback: { type: 'notice', notice: { type: 'already-posted', at, ...(url ? { url } : {}) } },
		};
	}
	return { action: 'reply', handled: done };
}

/** A message's question answered where it was written, for everyone there, owned by its author. */
function answerMessage(
	ctx: MessageContext,
	message: IncomingMessage,
	question: string,
	lang: AnswerRequest['lang'],
	place: AnswerRequest['place'],
	surface: AnswerRequest['surface'],
): ReturnType<typeof answerRequest> {
	return answerRequest(ctx, {
		userId: message.authorId,
		lang,
		subject: { question },
		title: cleanMentions(question, message.names),
		visibility: 'public',
		place,
		sentence: true,
		owners: [message.authorId],
		surface,
	});
}

/** Looks like a question: ends with a question mark, or starts with a question word (English, Korean, Japanese). */
export function questionLike(text: string): boolean {
	const t = text.trim();
	if (t.length < 8) return false;
	return (
		/[?？]\s*$/.test(t) ||
		/^(who|what|when|where|why|how|which|whose|did|does|do|is|are|was|were|can|could|will|would|should|has|have)\b/i.test(
			t,
		) ||
		/(까|니|나요|가요|죠)\s*$/.test(t) ||
		/(か|の)\s*$/.test(t)
	);
}

/**
 * A message in a server that does not mention the bot: answered only in the server's auto-answer channels
 * (/settings), only when it looks like a question, and only when the article answers it. Everything else there
 * (chat, greetings, questions the article does not answer, a user over budget) gets nothing, so the channel stays
 * a conversation between people.
 */
async function autoAnswer(message: IncomingMessage, ctx: MessageContext): Promise<MessagePlan> {
	const ignore: MessagePlan = { action: 'ignore', reason: 'not-mentioned' };
	if (!ctx.settings || !message.guildId || !message.content) return ignore;
	const settings = await ctx.settings.of(message.guildId);
	if (!settings.autoAnswerChannels.includes(message.channelId)) return ignore;
	const question = message.content.trim();
	if (!questionLike(question) || smallTalk(question)) return ignore;
	const lang = langFromText(question);
	const handled = await answerMessage(
		ctx,
		message,
		question,
		lang,
		{ where: 'guild', guildId: message.guildId, channelId: message.channelId },
		'auto',
	);
	if (handled.outcome !== 'answered') return ignore;
	return { action: 'reply', handled: { ...handled, lang } };
}
