/**
 * The one interaction handler, independent of the transport: the gateway bot POSTs exactly what it returns to the
 * interaction callback, the HTTP endpoint returns it as the response body. It holds the one error boundary: any
 * failure becomes a private "something went wrong (ref XXXXXX)" with the same ref in the log; it never throws.
 */
import { randomBytes } from 'node:crypto';
import {
	type APIInteraction,
	type APIInteractionResponse,
	InteractionResponseType,
	InteractionType,
} from 'discord-api-types/v10';
import { registry as defaultRegistry } from '../../commands/index.js';
import type { Config } from '../config.js';
import { renderNotice } from '../discord/render.js';
import { strings } from '../discord/strings.js';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../logger.js';
import type { CommandResult } from './command.js';
import type { Cooldown } from './cooldown.js';
import { parseCustomId } from './custom-id.js';
import type { FeedbackSink } from './feedback.js';
import type { Registry } from './registry.js';
import { interactionUser } from './util.js';

export interface InteractionContext {
	engine: Engine;
	config: Config;
	logger: Logger;
	cooldown: Cooldown;
	feedback: FeedbackSink;
	/** Called once per interaction, after the response is built (metrics). */
	observe?: (event: InteractionEvent) => void;
	/** Milliseconds since the epoch (cooldown notices, feedback times). Default Date.now. */
	now?: () => number;
	/** The commands to dispatch to. Default: the registry in commands/index.ts. */
	registry?: Registry;
}

export interface InteractionEvent {
	command: string;
	kind: 'command' | 'autocomplete' | 'component' | 'ping';
	outcome: 'answered' | 'abstained' | 'ok' | 'error' | 'cooldown' | 'unknown';
	latencyMs: number;
}

/** A short reference shown to the user and logged with the error: 6 hex digits, upper case. */
export function errorRef(): string {
	return randomBytes(3).toString('hex').toUpperCase();
}

const unknown = (text: string): CommandResult => ({
	response: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(text) },
	outcome: 'unknown',
});

export async function handleInteraction(
	interaction: APIInteraction,
	ctx: InteractionContext,
): Promise<APIInteractionResponse> {
	const started = performance.now();
	const registry = ctx.registry ?? defaultRegistry;
	const event: Omit<InteractionEvent, 'latencyMs'> = { command: 'unknown', kind: 'command', outcome: 'ok' };
	let response: APIInteractionResponse;
	try {
		let result: CommandResult;
		switch (interaction.type) {
			case InteractionType.Ping:
				event.kind = 'ping';
				event.command = 'ping';
				result = { response: { type: InteractionResponseType.Pong } };
				break;
			case InteractionType.ApplicationCommand: {
				event.command = interaction.data.name;
				const command = registry.get(interaction.data.name);
				result = command ? await command.execute(interaction, ctx) : unknown(strings.unknownCommand);
				break;
			}
			case InteractionType.ApplicationCommandAutocomplete: {
				event.kind = 'autocomplete';
				event.command = interaction.data.name;
				const command = registry.get(interaction.data.name);
				result = command?.autocomplete
					? await command.autocomplete(interaction, ctx)
					: {
							response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
							outcome: 'unknown',
						};
				break;
			}
			case InteractionType.MessageComponent: {
				event.kind = 'component';
				const parsed = parseCustomId(interaction.data.custom_id);
				const command = registry.forComponent(parsed.prefix);
				event.command = command?.data.name ?? parsed.prefix;
				result = command?.component
					? await command.component(interaction, ctx, parsed)
					: unknown(strings.unknownComponent);
				break;
			}
			default:
				result = unknown(strings.unknownCommand);
		}
		response = result.response;
		event.outcome = result.outcome ?? 'ok';
	} catch (error) {
		const ref = errorRef();
		event.outcome = 'error';
		ctx.logger.error(
			{ err: error, ref, command: event.command, kind: event.kind, interactionId: interaction.id },
			'interaction failed',
		);
		response =
			interaction.type === InteractionType.ApplicationCommandAutocomplete
				? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
				: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(strings.error(ref)) };
	}
	const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
	const fields = {
		...event,
		latencyMs,
		interactionId: interaction.id,
		userId: interactionUser(interaction)?.id,
		guildId: interaction.guild_id,
	};
	if (event.kind === 'command' || event.kind === 'component') ctx.logger.info(fields, 'interaction');
	else ctx.logger.debug(fields, 'interaction');
	try {
		ctx.observe?.({ ...event, latencyMs });
	} catch (error) {
		ctx.logger.warn({ err: error }, 'interaction observer failed');
	}
	return response;
}
