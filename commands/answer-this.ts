/** Message context menu "Answer this question": answers the selected message's text, privately. */
import {
	ApplicationCommandType,
	InteractionResponseType,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderNotice } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import { answerInteraction } from '../src/interactions/answer.js';
import { type Command, EVERYWHERE } from '../src/interactions/command.js';
import { interactionUser } from '../src/interactions/util.js';

const data = {
	type: ApplicationCommandType.Message,
	name: strings.commands.answerThis,
	...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export default {
	data,
	// The answer is charged by answerInteraction.
	cost: 0,
	execute(interaction, ctx) {
		if (interaction.data.type !== ApplicationCommandType.Message)
			throw new Error('"Answer this question" got a non-message interaction');
		const target = interaction.data.resolved.messages[interaction.data.target_id];
		const question = target?.content?.trim() ?? '';
		if (!question) {
			return {
				response: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(strings.answer.noText) },
				outcome: 'abstained',
			};
		}
		const userId = interactionUser(interaction)?.id ?? 'unknown';
		return answerInteraction(ctx, { userId, question, ephemeral: true });
	},
} satisfies Command;
