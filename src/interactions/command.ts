/** What a command module exports: its definition (for deploy) and its handlers (for dispatch), nothing else. */
import type {
	APIApplicationCommandAutocompleteInteraction,
	APIApplicationCommandInteraction,
	APIInteractionResponse,
	APIMessageComponentInteraction,
	RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { ParsedCustomId } from './custom-id.js';
import type { InteractionContext, InteractionEvent } from './handle.js';

export type Outcome = InteractionEvent['outcome'];

export interface CommandResult {
	response: APIInteractionResponse;
	/** For logs and metrics. Default 'ok'. */
	outcome?: Outcome;
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
}
