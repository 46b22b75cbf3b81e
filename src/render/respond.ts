/**
 * One interaction, start to finish, for both transports: handling (src/interactions) decides the reply, this
 * renders it in the user's language, and says what the transport must do once the response is sent (learn the id
 * of a public post, post a shared answer, delete a message). Never throws.
 */
import {
	type APIInteraction,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	ApplicationCommandType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
} from 'discord-api-types/v10';
import { stringsFor } from '../i18n/index.js';
import type { InteractionContext } from '../interactions/context.js';
import { errorRef, type HandledInteraction, handleInteraction } from '../interactions/handle.js';
import { booleanOption, visibilityFor } from '../interactions/util.js';
import { noticeText, renderNotice, renderPublicCopy, renderResponse } from './render.js';

/** Work for the transport after the interaction response is sent. */
export type After =
	/** The response posted a public message: learn its id (GET @original) and pass it on (undefined: not posted). */
	| { type: 'learn-original'; onPosted: (messageId: string | undefined) => Promise<void> }
	/** Post a follow-up message (a shared answer) and pass its id on. */
	| {
			type: 'follow-up';
			body: APIInteractionResponseCallbackData;
			onPosted?: (messageId: string | undefined) => Promise<void>;
	  }
	/** Delete the message the component was on (after a DEFERRED_UPDATE_MESSAGE response). */
	| { type: 'delete-original'; channelId: string; messageId: string }
	/**
	 * The response was "thinking…" (deferred): when `pending` is ready, send what it would have answered (an edit of
	 * the deferred response, or a follow-up message), then its own work.
	 */
	| { type: 'late'; pending: Promise<Responded>; ephemeral: boolean; component: boolean };

export interface Responded {
	body: APIInteractionResponse;
	after: After[];
	handled: HandledInteraction;
}

/**
 * Rendered answers, per answer object: the answer cache hands out the same object for the same question, so the
 * same question asked in the same words (with the same buttons) is rendered once. Responses are shared: never
 * mutated (the transports only serialise them).
 */
const renderedAnswers = new WeakMap<object, Map<string, APIInteractionResponse>>();

function renderCached(reply: HandledInteraction['reply'], options: Parameters<typeof renderResponse>[1]) {
	if (reply.type !== 'answer') return renderResponse(reply, options);
	const v = reply.view;
	const key = JSON.stringify([
		reply.visibility,
		options.lang,
		v.title,
		v.titleUrl,
		v.ping,
		v.sentence,
		v.repeat,
		v.share,
		v.deletableBy,
		v.backTo,
	]);
	let byKey = renderedAnswers.get(v.answer);
	if (!byKey) {
		byKey = new Map();
		renderedAnswers.set(v.answer, byKey);
	}
	let body = byKey.get(key);
	if (!body) {
		if (byKey.size >= 32) byKey.clear();
		body = renderResponse(reply, options);
		byKey.set(key, body);
	}
	return body;
}

export async function respond(interaction: APIInteraction, ctx: InteractionContext): Promise<Responded> {
	const handled = await handleInteraction(interaction, ctx);
	const options = { lang: handled.lang, ids: ctx.registry.ids };
	try {
		const body = renderCached(handled.reply, options);
		const after: After[] = [];
		const { reply } = handled;
		if (reply.type === 'shared') {
			after.push({
				type: 'follow-up',
				body: renderPublicCopy(reply.message, reply.owners, options),
				...(handled.posted ? { onPosted: handled.posted } : {}),
			});
		} else if (reply.type === 'deleted') {
			after.push({ type: 'delete-original', channelId: reply.channelId, messageId: reply.messageId });
		} else if (handled.posted) {
			after.push({ type: 'learn-original', onPosted: handled.posted });
		}
		return { body, after, handled };
	} catch (error) {
		const ref = errorRef();
		ctx.logger.error({ err: error, ref, interactionId: interaction.id }, 'rendering the reply failed');
		await handled.posted?.(undefined);
		const text = noticeText({ type: 'error', ref }, stringsFor(handled.lang));
		return { body: { type: 4, data: renderNotice(text) }, after: [], handled: { ...handled, outcome: 'error' } };
	}
}

/** Discord drops an interaction not answered within 3 s of sending it. */
export const DISCORD_DEADLINE_MS = 3000;
/** When a pending answer is deferred, counted from its arrival: room for the network and a slow event loop. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

export interface DeadlineOptions {
	/** performance.now() when the interaction arrived (the HTTP request, the gateway event). */
	receivedAt: number;
	/** See DEFAULT_DEFER_AFTER_MS. */
	deferAfterMs?: number;
	/** Handles and renders (default respond). */
	handle?: (interaction: APIInteraction, ctx: InteractionContext) => Promise<Responded>;
}

/** Whether the answer to a command will be private: what the deferred "thinking…" must already say. */
function deferredEphemeral(interaction: APIInteraction): boolean {
	if (interaction.type !== InteractionType.ApplicationCommand) return true;
	if (interaction.data.type !== ApplicationCommandType.ChatInput) return true;
	const options = interaction.data.options;
	return visibilityFor(interaction, booleanOption(options, 'public') ?? false) === 'private';
}

const TIMEOUT = Symbol('timeout');

/**
 * respond(), within Discord's deadline: when the reply is not ready `deferAfterMs` after the interaction arrived,
 * the response is "thinking…" (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, private when the answer would be; for a
 * component, DEFERRED_UPDATE_MESSAGE) and the reply follows as `late` work. An autocomplete that is late gets no
 * choices (it cannot be deferred). Nothing is left to time out silently.
 */
export async function respondInTime(
	interaction: APIInteraction,
	ctx: InteractionContext,
	options: DeadlineOptions,
): Promise<Responded> {
	const pending = (options.handle ?? respond)(interaction, ctx);
	const remaining = (options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS) - (performance.now() - options.receivedAt);
	let timer: NodeJS.Timeout | undefined;
	const first = await Promise.race([
		pending,
		new Promise<typeof TIMEOUT>((resolve) => {
			timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, remaining));
		}),
	]);
	clearTimeout(timer);
	if (first !== TIMEOUT) return first;
	const event = { command: 'unknown', kind: 'command' as const, outcome: 'deferred', latencyMs: 0 };
	const deferred = (body: APIInteractionResponse, after: After[]): Responded => ({
		body,
		after,
		handled: { reply: { type: 'pong' }, lang: 'en', outcome: 'deferred', event },
	});
	if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
		ctx.onOverload?.('shed');
		void pending.catch(() => {});
		return deferred({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }, []);
	}
	ctx.onOverload?.('deferred');
	const component = interaction.type === InteractionType.MessageComponent;
	const ephemeral = deferredEphemeral(interaction);
	const late: After = { type: 'late', pending, ephemeral, component };
	return component
		? deferred({ type: InteractionResponseType.DeferredMessageUpdate }, [late])
		: deferred(
				{
					type: InteractionResponseType.DeferredChannelMessageWithSource,
					...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
				},
				[late],
			);
}

/** What the transports need to carry out `After` work: Discord's webhook routes for the interaction's token. */
export interface FollowUpRest {
	getOriginal(applicationId: string, token: string): Promise<{ id: string }>;
	/** Edits the interaction's response (a deferred one, with the late answer). */
	editOriginal(applicationId: string, token: string, body: APIInteractionResponseCallbackData): Promise<void>;
	followUp(applicationId: string, token: string, body: APIInteractionResponseCallbackData): Promise<{ id: string }>;
	deleteOriginal(applicationId: string, token: string): Promise<void>;
	/** With a bot token (gateway): delete a message of the bot's own by its channel route. */
	deleteMessage?(channelId: string, messageId: string): Promise<void>;
}

export interface AfterLogger {
	warn(fields: Record<string, unknown>, message: string): void;
	error(fields: Record<string, unknown>, message: string): void;
}

const describe = (error: unknown) =>
	error instanceof Error
		? { name: error.name, message: error.message, status: (error as { status?: number }).status }
		: { message: String(error) };

/** Carries out `after` for `interaction`; failures are logged, never thrown. */
export async function runAfter(
	after: After[],
	interaction: Pick<APIInteraction, 'id' | 'application_id' | 'token'>,
	rest: FollowUpRest,
	logger: AfterLogger,
): Promise<void> {
	const { application_id: app, token } = interaction;
	for (const work of after) {
		const fields = { interactionId: interaction.id, after: work.type };
		try {
			if (work.type === 'late') {
				await sendLate(work, interaction, rest, logger);
			} else if (work.type === 'learn-original') {
				let id: string | undefined;
				try {
					id = (await rest.getOriginal(app, token)).id;
				} catch (error) {
					logger.warn({ ...fields, ...describe(error) }, 'could not learn the id of the posted answer');
				}
				// The message exists even when its id is unknown: keep the claim (the next asker gets no link).
				if (id) await work.onPosted(id);
			} else if (work.type === 'follow-up') {
				let id: string | undefined;
				try {
					id = (await rest.followUp(app, token, work.body)).id;
				} catch (error) {
					logger.error({ ...fields, ...describe(error) }, 'could not post the shared answer');
				}
				await work.onPosted?.(id);
			} else {
				try {
					await rest.deleteOriginal(app, token);
				} catch (error) {
					if (!rest.deleteMessage) throw error;
					await rest.deleteMessage(work.channelId, work.messageId);
				}
			}
		} catch (error) {
			logger.warn({ ...fields, ...describe(error) }, 'follow-up work failed');
		}
	}
}

/** The late reply of a deferred interaction: an edit of "thinking…", or a follow-up message; then its own work. */
async function sendLate(
	work: Extract<After, { type: 'late' }>,
	interaction: Pick<APIInteraction, 'id' | 'application_id' | 'token'>,
	rest: FollowUpRest,
	logger: AfterLogger,
): Promise<void> {
	const { application_id: app, token } = interaction;
	const late = await work.pending;
	const body = late.body;
	const data = 'data' in body ? (body.data as APIInteractionResponseCallbackData | undefined) : undefined;
	if (data) {
		const lateEphemeral = ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
		if (body.type === InteractionResponseType.UpdateMessage) {
			await rest.editOriginal(app, token, data);
		} else if (work.component || (lateEphemeral && !work.ephemeral)) {
			// A new message (a component's answer, or a private notice where "thinking…" was public): a follow-up.
			if (!work.component) await rest.deleteOriginal(app, token);
			await rest.followUp(app, token, data);
		} else {
			const { flags: _flags, ...edit } = data;
			await rest.editOriginal(app, token, edit);
		}
	}
	await runAfter(late.after, interaction, rest, logger);
}
