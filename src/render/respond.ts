/**
 * One interaction, start to finish, for both transports: handling (src/interactions) decides the reply, this
 * renders it in the user's language, and says what the transport must do once the response is sent (learn the id
 * of a public post, post a shared answer, delete a message). Never throws.
 */
import type { APIInteraction, APIInteractionResponse, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { stringsFor } from '../i18n/index.js';
import type { InteractionContext } from '../interactions/context.js';
import { errorRef, type HandledInteraction, handleInteraction } from '../interactions/handle.js';
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
	| { type: 'delete-original'; channelId: string; messageId: string };

export interface Responded {
	body: APIInteractionResponse;
	after: After[];
	handled: HandledInteraction;
}

export async function respond(interaction: APIInteraction, ctx: InteractionContext): Promise<Responded> {
	const handled = await handleInteraction(interaction, ctx);
	const options = { lang: handled.lang, ids: ctx.registry.ids };
	try {
		const body = renderResponse(handled.reply, options);
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

/** What the transports need to carry out `After` work: Discord's webhook routes for the interaction's token. */
export interface FollowUpRest {
	getOriginal(applicationId: string, token: string): Promise<{ id: string }>;
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
			if (work.type === 'learn-original') {
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
