/** /help: how to use the bot in a server, in DMs and by mention. */
import {
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	InteractionResponseType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderHelp } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import type { Command } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

const data = {
	type: ApplicationCommandType.ChatInput,
	name: 'help',
	description: strings.commands.help,
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
	data,
	execute(interaction, ctx) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderHelp(ctx.config.cooldown, { ephemeral: defaultEphemeral(interaction) }),
			},
		};
	},
} satisfies Command;
