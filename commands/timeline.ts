/** /timeline: the dated events in order, as Discord timestamps so each reader sees their own locale. */
import {
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	InteractionResponseType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderTimeline } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import type { Command } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

const data = {
	type: ApplicationCommandType.ChatInput,
	name: 'timeline',
	description: strings.commands.timeline,
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
	data,
	execute(interaction, ctx) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderTimeline(ctx.engine.timeline(), ctx.engine.kb.primary.published, {
					ephemeral: defaultEphemeral(interaction),
				}),
			},
		};
	},
} satisfies Command;
