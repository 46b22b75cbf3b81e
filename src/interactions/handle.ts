/**
 * The one interaction dispatcher, independent of the transport and of Discord's JSON for replies: it finds the
 * command (or component handler) by Map lookup in the registry it is given, runs it, and returns the Reply it
 * decided. src/render writes the reply; the gateway bot POSTs it to the interaction callback, the HTTP endpoint
 * returns it as the response body. It holds the one error boundary: any failure becomes a private "something went
 * wrong (ref XXXXXX)" with the same ref in the log; it never throws.
 */
import { randomBytes } from 'node:crypto';
import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { Lang } from '../engine/types.js';
import { langFromLocale } from '../i18n/lang.js';
import type { Handled, Outcome } from './replies.js';
import type { InteractionContext, InteractionEvent, RequestContext } from './types.js';
import { interactionUser } from './util.js';

export type { InteractionContext, InteractionEvent } from './types.js';

/** What handling one interaction produced: the reply, its language, and what to log and count. */
export interface HandledInteraction extends Handled {
	lang: Lang;
	outcome: Outcome;
	event: InteractionEvent;
}

/** A short reference shown to the user and logged with the error: 6 hex digits, upper case. */
export function errorRef(): string {
	return randomBytes(3).toString('hex').toUpperCase();
}

const unknown = (type: 'unknown-command' | 'unknown-component'): Handled => ({
	reply: { type: 'notice', notice: { type } },
	outcome: 'unknown',
});

/** Autocomplete may only be answered with choices: a failure or an unknown command gets none. */
export const NO_CHOICES: Handled = { reply: { type: 'choices', choices: [] }, outcome: 'unknown' };

export async function handleInteraction(
	interaction: APIInteraction,
	ctx: InteractionContext,
): Promise<HandledInteraction> {
	const started = performance.now();
	const event: Omit<InteractionEvent, 'latencyMs'> = { command: 'unknown', kind: 'command', outcome: 'ok' };
	const lang = langFromLocale((interaction as { locale?: string }).locale);
	const request: RequestContext = { ...ctx, lang };
	const { registry } = ctx;
	let handled: Handled;
	try {
		switch (interaction.type) {
			case InteractionType.Ping:
				event.kind = 'ping';
				event.command = 'ping';
				handled = { reply: { type: 'pong' } };
				break;
			case InteractionType.ApplicationCommand: {
				event.command = interaction.data.name;
				const command = registry.get(interaction.data.name, interaction.data.type ?? ApplicationCommandType.ChatInput);
				handled = command ? await command.execute(interaction, request) : unknown('unknown-command');
				break;
			}
			case InteractionType.ApplicationCommandAutocomplete: {
				event.kind = 'autocomplete';
				event.command = interaction.data.name;
				const command = registry.get(interaction.data.name, interaction.data.type ?? ApplicationCommandType.ChatInput);
				handled = command?.autocomplete ? await command.autocomplete(interaction, request) : NO_CHOICES;
				break;
			}
			case InteractionType.MessageComponent: {
				event.kind = 'component';
				const route = registry.component(interaction.data.custom_id);
				event.command = route?.command.data.name ?? interaction.data.custom_id.split(':')[0] ?? 'unknown';
				handled = route ? await route.handler(interaction, request, route.action) : unknown('unknown-component');
				break;
			}
			default:
				handled = unknown('unknown-command');
		}
	} catch (error) {
		const ref = errorRef();
		ctx.logger.error(
			{ err: error, ref, command: event.command, kind: event.kind, interactionId: interaction.id },
			'interaction failed',
		);
		handled =
			interaction.type === InteractionType.ApplicationCommandAutocomplete
				? { ...NO_CHOICES, outcome: 'error' }
				: { reply: { type: 'notice', notice: { type: 'error', ref } }, outcome: 'error' };
	}
	const outcome = handled.outcome ?? 'ok';
	const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
	const done: InteractionEvent = { ...event, outcome, latencyMs };
	const fields = {
		...done,
		lang: handled.lang ?? lang,
		interactionId: interaction.id,
		userId: interactionUser(interaction)?.id,
		guildId: interaction.guild_id,
	};
	if (event.kind === 'command' || event.kind === 'component') ctx.logger.info(fields, 'interaction');
	else ctx.logger.debug(fields, 'interaction');
	try {
		ctx.observe?.(done);
	} catch (error) {
		ctx.logger.warn({ err: error }, 'interaction observer failed');
	}
	return { ...handled, lang: handled.lang ?? lang, outcome, event: done };
}
