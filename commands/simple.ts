/** A slash command with no options whose reply is built from the context (/help, /source, /timeline). */
import {
	type APIApplicationCommandInteraction,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Strings } from '../src/i18n/index.js';
import { type Command, EVERYWHERE } from '../src/interactions/command.js';
import type { Reply, Visibility } from '../src/interactions/replies.js';
import type { RequestContext } from '../src/interactions/types.js';
import { visibilityFor } from '../src/interactions/util.js';
import { descriptions, names } from './define.js';

export function replyCommand(
	strings: (s: Strings) => { name: string; description: string },
	reply: (ctx: RequestContext, visibility: Visibility, interaction: APIApplicationCommandInteraction) => Reply,
): Command {
	const data = {
		type: ApplicationCommandType.ChatInput,
		...names((s) => strings(s).name),
		...descriptions((s) => strings(s).description),
		...EVERYWHERE,
	} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
	return {
		data,
		execute: (interaction, ctx) => ({ reply: reply(ctx, visibilityFor(interaction), interaction) }),
	};
}
