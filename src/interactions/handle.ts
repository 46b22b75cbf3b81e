/**
 * The one interaction dispatcher, independent of the transport and of Discord's JSON for replies: it finds the
 * command (or component handler) by Map lookup in the registry it is given, runs it, and returns the Reply it
 * decided. src/render writes the reply; the gateway bot POSTs it to the interaction callback, the HTTP endpoint
 * returns it as the response body. It holds:
 * - the one error boundary: any failure becomes a private "something went wrong (ref XXXXXX)" with the same ref in
 *   the log; it never throws;
 * - the one budget: every interaction spends from the user's cooldown (see COSTS) before any work;
 * - shedding: when too many answers are already waiting, a polite "busy" reply at once, with no work;
 * - a shape check: a payload without the fields its type needs is refused and logged, and costs only itself.
 */
import { randomBytes } from 'node:crypto';
import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { Lang } from '../engine/types.js';
import { langFromLocale } from '../i18n/lang.js';
import { COSTS } from './cooldown.js';
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

/** Answers waiting in the queue beyond which new interactions are shed with a busy reply. */
export const DEFAULT_MAX_QUEUED = 500;

/** What a payload of its type must carry for the handler to read it; undefined when it does. */
export function malformed(interaction: APIInteraction): string | undefined {
	const i = interaction as unknown as Record<string, unknown>;
	if (typeof i.id !== 'string' || typeof i.token !== 'string') return 'no id or token';
	const data = i.data as Record<string, unknown> | undefined;
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
		case InteractionType.ApplicationCommandAutocomplete:
			return data && typeof data === 'object' && typeof data.name === 'string' ? undefined : 'no data.name';
		case InteractionType.MessageComponent:
		case InteractionType.ModalSubmit:
			return data && typeof data === 'object' && typeof data.custom_id === 'string' ? undefined : 'no data.custom_id';
		default:
			return undefined;
	}
}

/**
 * Sheds when answers pile up, then spends `cost` of the user's budget; undefined when the work may go ahead,
 * else the refusal (no choices for autocomplete, a private notice otherwise).
 */
async function admit(ctx: InteractionContext, userId: string, cost: number, autocomplete: boolean) {
	const refuse = (outcome: Outcome, notice: Handled['reply']): Handled =>
		autocomplete ? { ...NO_CHOICES, outcome } : { reply: notice, outcome };
	if ((ctx.answerer?.queued ?? 0) >= (ctx.maxQueued ?? DEFAULT_MAX_QUEUED)) {
		ctx.onOverload?.('shed');
		return refuse('busy', { type: 'notice', notice: { type: 'busy' } });
	}
	if (cost <= 0) return undefined;
	const gate = await ctx.cooldown.hit(userId, cost);
	if (gate.ok) return undefined;
	const now = ctx.now ?? Date.now;
	return refuse('cooldown', { type: 'notice', notice: { type: 'cooldown', retryAt: now() + gate.retryAfterMs } });
}

export async function handleInteraction(
	interaction: APIInteraction,
	ctx: InteractionContext,
): Promise<HandledInteraction> {
	const started = performance.now();
	const event: Omit<InteractionEvent, 'latencyMs'> = { command: 'unknown', kind: 'command', outcome: 'ok' };
	const lang = langFromLocale((interaction as { locale?: string }).locale);
	const request: RequestContext = { ...ctx, lang };
	const { registry } = ctx;
	const userId = interactionUser(interaction)?.id ?? 'unknown';
	let handled: Handled;
	try {
		const problem = malformed(interaction);
		if (problem) {
			ctx.logger.warn({ type: interaction.type, interactionId: interaction.id, problem }, 'malformed interaction');
			handled =
				interaction.type === InteractionType.ApplicationCommandAutocomplete
					? { ...NO_CHOICES, outcome: 'malformed' }
					: { reply: { type: 'notice', notice: { type: 'unknown-command' } }, outcome: 'malformed' };
		} else
			switch (interaction.type) {
				case InteractionType.Ping:
					event.kind = 'ping';
					event.command = 'ping';
					handled = { reply: { type: 'pong' } };
					break;
				case InteractionType.ApplicationCommand: {
					const command = registry.get(
						interaction.data.name,
						interaction.data.type ?? ApplicationCommandType.ChatInput,
					);
					// Labels come from the registry, never from the payload.
					event.command = command?.data.name ?? 'unknown';
					if (!command) {
						handled = unknown('unknown-command');
						break;
					}
					handled =
						(await admit(ctx, userId, command.cost ?? COSTS.view, false)) ??
						(await command.execute(interaction, request));
					break;
				}
				case InteractionType.ApplicationCommandAutocomplete: {
					event.kind = 'autocomplete';
					const command = registry.get(
						interaction.data.name,
						interaction.data.type ?? ApplicationCommandType.ChatInput,
					);
					event.command = command?.data.name ?? 'unknown';
					handled = command?.autocomplete
						? ((await admit(ctx, userId, COSTS.autocomplete, true)) ??
							(await command.autocomplete(interaction, request)))
						: NO_CHOICES;
					break;
				}
				case InteractionType.MessageComponent: {
					event.kind = 'component';
					const route = registry.component(interaction.data.custom_id);
					event.command = route?.command.data.name ?? 'unknown';
					handled = route
						? ((await admit(ctx, userId, COSTS.component, false)) ??
							(await route.handler(interaction, request, route.action)))
						: unknown('unknown-component');
					break;
				}
				case InteractionType.ModalSubmit: {
					// A form the bot showed (the 👎 reason): routed by its custom_id like a component.
					event.kind = 'modal';
					const route = registry.component(interaction.data.custom_id);
					event.command = route?.command.data.name ?? 'unknown';
					handled = route
						? await route.handler(interaction as never, request, route.action)
						: unknown('unknown-component');
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
		userId,
		guildId: interaction.guild_id,
		locale: (interaction as { locale?: string }).locale,
		...(handled.verdict ? { answerKind: handled.verdict.kind, confidence: handled.verdict.confidence } : {}),
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
