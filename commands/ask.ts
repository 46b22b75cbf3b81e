/** /ask question:<text> [public:<bool>]: answers with the quote; autocomplete suggests answerable questions. */
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	InteractionResponseType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { unescapeMarkdown } from '../src/discord/markdown.js';
import { renderNotice } from '../src/discord/render.js';
import { choices } from '../src/discord/reply.js';
import { strings } from '../src/discord/strings.js';
import { answerInteraction } from '../src/interactions/answer.js';
import { type Command, type CommandResult, EVERYWHERE } from '../src/interactions/command.js';
import type { FeedbackEntry } from '../src/interactions/feedback.js';
import {
	booleanOption,
	defaultEphemeral,
	focusedOption,
	interactionUser,
	isEphemeralMessage,
	stringOption,
} from '../src/interactions/util.js';

/** Autocomplete values longer than a choice allows are sent as `fact:<id>` and answered by id. */
const FACT_VALUE = /^fact:([a-z0-9-]+)$/;

const data = {
	type: ApplicationCommandType.ChatInput,
	name: 'ask',
	description: strings.commands.ask.description,
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'question',
			description: strings.commands.ask.question,
			required: true,
			autocomplete: true,
			max_length: 500,
		},
		{
			type: ApplicationCommandOptionType.Boolean,
			name: 'public',
			description: strings.commands.ask.public,
			required: false,
		},
	],
	...EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
	data,
	// The answer is charged by answerInteraction.
	cost: 0,
	execute(interaction, ctx) {
		if (interaction.data.type !== ApplicationCommandType.ChatInput)
			throw new Error('/ask got a non-chat-input interaction');
		const question = stringOption(interaction.data.options, 'question') ?? '';
		const ephemeral = defaultEphemeral(interaction, booleanOption(interaction.data.options, 'public') ?? false);
		const userId = interactionUser(interaction)?.id ?? 'unknown';
		const factId = FACT_VALUE.exec(question.trim())?.[1];
		if (factId && ctx.engine.kb.facts.some((f) => f.id === factId))
			return answerInteraction(ctx, { userId, factId, ephemeral });
		return answerInteraction(ctx, { userId, question, ephemeral });
	},
	autocomplete(interaction, ctx) {
		const typed = focusedOption(interaction.data.options)?.value ?? '';
		const suggestions = ctx.engine.suggest(typed.slice(0, 500), 25);
		return {
			response: {
				type: InteractionResponseType.ApplicationCommandAutocompleteResult,
				data: {
					choices: choices(
						suggestions.map((s) => ({
							name: s.question,
							value: s.question.length <= 100 ? s.question : `fact:${s.factId}`,
						})),
					),
				},
			},
		};
	},
	component(interaction, ctx, id): CommandResult | Promise<CommandResult> {
		const user = interactionUser(interaction);
		const userId = user?.id ?? 'unknown';
		if (id.action === 'fact' && id.args[0]) {
			// On a private answer, picking a related question replaces it; on a public one, the picker gets a
			// private answer of their own instead of changing the message for everyone.
			const update = isEphemeralMessage(interaction.message.flags);
			return answerInteraction(ctx, { userId, factId: id.args[0], ephemeral: defaultEphemeral(interaction), update });
		}
		if (id.action === 'fb' && (id.args[0] === 'up' || id.args[0] === 'down')) {
			const vote = id.args[0];
			const title = interaction.message.embeds[0]?.title;
			const entry: FeedbackEntry = {
				at: new Date((ctx.now ?? Date.now)()).toISOString(),
				vote,
				userId,
				factIds: (id.args[1] ?? '').split(',').filter(Boolean),
			};
			if (title) entry.question = unescapeMarkdown(title);
			if (interaction.guild_id) entry.guildId = interaction.guild_id;
			entry.messageId = interaction.message.id;
			ctx.feedback.record(entry);
			ctx.logger.info({ vote, factIds: entry.factIds, userId }, 'feedback');
			return {
				response: {
					type: InteractionResponseType.ChannelMessageWithSource,
					data: renderNotice(strings.feedback.thanks(vote)),
				},
			};
		}
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: renderNotice(strings.unknownComponent),
			},
			outcome: 'unknown',
		};
	},
} satisfies Command;
