/** /topics: browse the fact base by topic (select menu), then pick a question to get its answer. */
import { ComponentType } from 'discord-api-types/v10';
import { answerRequest, notice } from '../src/interactions/answer.js';
import type { Command } from '../src/interactions/command.js';
import type { Handled } from '../src/interactions/replies.js';
import { topicViews } from '../src/interactions/topics.js';
import type { RequestContext } from '../src/interactions/types.js';
import { interactionUser, isEphemeralMessage, placeOf, visibilityFor } from '../src/interactions/util.js';
import { replyCommand } from './simple.js';

const base = replyCommand(
	(s) => s.commands.topics,
	(ctx, visibility) => ({ type: 'topics', topics: topicViews(ctx.engine, ctx.lang), visibility }),
);

const gone = (): Handled => notice({ type: 'topic-gone' }, 'unknown');

function topic(ctx: RequestContext, id: string | undefined): Handled {
	const found = topicViews(ctx.engine, ctx.lang).find((t) => t.id === id);
	return found ? { reply: { type: 'topic', topic: found, visibility: 'update' } } : gone();
}

export default {
	...base,
	components: {
		topics: (_interaction, ctx) => ({
			reply: { type: 'topics', topics: topicViews(ctx.engine, ctx.lang), visibility: 'update' },
		}),
		topic: (interaction, ctx) =>
			topic(
				ctx,
				interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values[0] : undefined,
			),
		back: (_interaction, ctx, action) => topic(ctx, action.topicId),
		questions(interaction, ctx, action) {
			const factId =
				interaction.data.component_type === ComponentType.StringSelect ? interaction.data.values[0] : undefined;
			if (!factId) return gone();
			const known = topicViews(ctx.engine, ctx.lang).some((t) => t.id === action.topicId);
			return answerRequest(ctx, {
				userId: interactionUser(interaction)?.id ?? 'unknown',
				lang: ctx.lang,
				subject: { factId },
				visibility: isEphemeralMessage(interaction.message.flags) ? 'private' : visibilityFor(interaction),
				update: true,
				place: placeOf(interaction),
				...(known ? { backTo: action.topicId } : {}),
			});
		},
	},
} satisfies Command;
