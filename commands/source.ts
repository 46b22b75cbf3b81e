/** /source: what the bot knows and from where, how citations work, what it cannot know. */
import {
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	InteractionResponseType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderSource } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import type { Command } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

const data = {
	type: ApplicationCommandType.ChatInput,
	name: 'source',
	description: strings.commands.source,
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
	data,
	execute(interaction, ctx) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderSource(ctx.engine.kb, { ephemeral: defaultEphemeral(interaction) }),
			},
		};
	},
} satisfies Command;
