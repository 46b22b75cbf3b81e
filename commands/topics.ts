/** /topics: browse the fact base by topic (select menu), then pick a question to get its answer. */
import {
	ApplicationCommandType,
	ComponentType,
	InteractionResponseType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { renderNotice, renderTopic, renderTopics, topicBackRow } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import { answerInteraction } from '../src/interactions/answer.js';
import { type Command, type CommandResult, EVERYWHERE } from '../src/interactions/command.js';
import { defaultEphemeral, interactionUser } from '../src/interactions/util.js';

const data = {
	type: ApplicationCommandType.ChatInput,
	name: 'topics',
	description: strings.commands.topics,
	...EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const gone = (): CommandResult => ({
	response: { type: InteractionResponseType.ChannelMessageWithSource, data: renderNotice(strings.topics.unknown) },
	outcome: 'unknown',
});

export default {
	data,
	execute(interaction, ctx) {
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderTopics(ctx.engine.topics(), { ephemeral: defaultEphemeral(interaction) }),
			},
		};
	},
	component(interaction, ctx, id) {
		const topics = ctx.engine.topics();
		const selected =
			interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values[0] : undefined;
		const update = (data: ReturnType<typeof renderTopics>): CommandResult => ({
			response: { type: InteractionResponseType.UpdateMessage, data },
		});
		switch (id.action) {
			case 'home':
				return update(renderTopics(topics));
			case 'topic':
			case 'back': {
				const index = Number(id.action === 'topic' ? selected : id.args[0]);
				const topic = Number.isInteger(index) ? topics[index] : undefined;
				return topic ? update(renderTopic(topic, index)) : gone();
			}
			case 'q': {
				const index = Number(id.args[0]);
				if (!selected) return gone();
				return answerInteraction(ctx, {
					userId: interactionUser(interaction)?.id ?? 'unknown',
					factId: selected,
					ephemeral: defaultEphemeral(interaction),
					update: true,
					extraRows: Number.isInteger(index) && topics[index] ? [topicBackRow(index)] : [],
				});
			}
			default:
				return gone();
		}
	},
} satisfies Command;
