/** What a command module exports: its definition (for deploy) and its handlers (for dispatch), nothing else. */
import {
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteraction,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	type APIMessageComponentInteraction,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	InteractionResponseType,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { ParsedCustomId } from './custom-id.js';
import type { InteractionContext, InteractionEvent } from './handle.js';

export type Outcome = InteractionEvent['outcome'];

export interface CommandResult {
	response: APIInteractionResponse;
	/** For logs and metrics. Default 'ok'. */
	outcome?: Outcome;
	/** The engine's verdict when the result is an answer, for logs (never the question itself). */
	answer?: { kind: string; confidence: number; lang: string };
}

type MaybePromise<T> = T | Promise<T>;

export interface Command {
	/** The definition registered with Discord (the body of the bulk-overwrite PUT). */
	data: RESTPostAPIApplicationCommandsJSONBody;
	execute(interaction: APIApplicationCommandInteraction, ctx: InteractionContext): MaybePromise<CommandResult>;
	autocomplete?(
		interaction: APIApplicationCommandAutocompleteInteraction,
		ctx: InteractionContext,
	): MaybePromise<CommandResult>;
	/** Handles clicks on components whose custom_id starts with `componentPrefix:` (default: data.name). */
	component?(
		interaction: APIMessageComponentInteraction,
		ctx: InteractionContext,
		customId: ParsedCustomId,
	): MaybePromise<CommandResult>;
	componentPrefix?: string;
	/**
	 * What running the command spends from the user's budget before `execute` (see COSTS in cooldown.ts). Default
	 * COSTS.view; a command that answers through answerInteraction sets 0 (the answer is charged there).
	 */
	cost?: number;
}

/** Where every command works: installed on servers and by users; in servers, the bot's DMs and group DMs. */
export const EVERYWHERE = {
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** A slash command with no options that answers with one message built from the context (/help, /source, ...). */
export function messageCommand(
	name: string,
	description: string,
	render: (
		interaction: APIApplicationCommandInteraction,
		ctx: InteractionContext,
	) => APIInteractionResponseCallbackData,
): Command {
	return {
		data: { type: ApplicationCommandType.ChatInput, name, description, ...EVERYWHERE },
		execute: (interaction, ctx) => ({
			response: { type: InteractionResponseType.ChannelMessageWithSource, data: render(interaction, ctx) },
		}),
	};
}
