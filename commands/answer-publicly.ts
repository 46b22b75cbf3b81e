/**
 * Message context menu "Answer publicly": answers the selected message in the channel, notifying only its author
 * (the one allowed mention). The title links to the message answered. The answer is in the language of the
 * question's script when it is Korean or Japanese (it is for its author), else in the user's own.
 */
import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { langFromText } from '../src/i18n/lang.js';
import { answerRequest, notice } from '../src/interactions/answer.js';
import { type Command, EVERYWHERE } from '../src/interactions/command.js';
import { messageUrl } from '../src/interactions/posts.js';
import { interactionUser, placeOf } from '../src/interactions/util.js';
import { targetMessage } from './answer-this.js';
import { names } from './define.js';

const data = {
	type: ApplicationCommandType.Message,
	...names((s) => s.commands.answerPublicly.name),
	...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export default {
	data,
	// The answer is charged by answerRequest.
	cost: 0,
	execute(interaction, ctx) {
		const target = targetMessage(interaction);
		if (!target) return notice({ type: 'no-text' }, 'abstained');
		const userId = interactionUser(interaction)?.id ?? 'unknown';
		const author = target.message.author;
		const script = langFromText(target.question);
		const place = placeOf(interaction);
		return answerRequest(ctx, {
			userId,
			lang: script === 'en' ? ctx.lang : script,
			subject: { question: target.question },
			title: target.title,
			titleUrl: messageUrl(interaction.guild_id, target.message.channel_id, target.message.id),
			visibility: 'public',
			place,
			surface: 'menu',
			sentence: true,
			...(author.bot ? {} : { ping: author.id }),
			owners: [userId, author.id],
		});
	},
} satisfies Command;
