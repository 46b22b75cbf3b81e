/** Message context menu "Answer this question": answers the selected message's text, to the user alone. */
import {
	type APIMessage,
	ApplicationCommandType,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { answerRequest, notice } from '../src/interactions/answer.js';
import { type Command, EVERYWHERE } from '../src/interactions/command.js';
import { cleanMentions } from '../src/interactions/names.js';
import { displayName, interactionUser, placeOf } from '../src/interactions/util.js';
import { names } from './define.js';

const data = {
	type: ApplicationCommandType.Message,
	...names((s) => s.commands.answerThis.name),
	...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** The message a message command was used on, with its text and the names of the users it mentions. */
export function targetMessage(
	interaction: Parameters<Command['execute']>[0],
): { message: APIMessage; question: string; title: string } | undefined {
	if (interaction.data.type !== ApplicationCommandType.Message)
		throw new Error('a message command got a non-message interaction');
	const message = interaction.data.resolved.messages[interaction.data.target_id];
	const question = message?.content?.trim() ?? '';
	if (!message || !question) return undefined;
	const users = Object.fromEntries(
		message.mentions.map((u) => [u.id, displayName(u, (u as { member?: { nick?: string | null } }).member?.nick)]),
	);
	return { message, question, title: cleanMentions(question, { users }) };
}

export default {
	data,
	// The answer is charged by answerRequest.
	cost: 0,
	execute(interaction, ctx) {
		const target = targetMessage(interaction);
		if (!target) return notice({ type: 'no-text' }, 'abstained');
		return answerRequest(ctx, {
			userId: interactionUser(interaction)?.id ?? 'unknown',
			lang: ctx.lang,
			subject: { question: target.question },
			title: target.title,
			visibility: 'private',
			place: placeOf(interaction),
			surface: 'menu',
		});
	},
} satisfies Command;
