/** /source: what the bot knows and from where, how citations work, what it cannot know. */
import { renderSource } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import { messageCommand } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

export default messageCommand('source', strings.commands.source, (interaction, ctx) =>
	renderSource(ctx.engine.kb, { ephemeral: defaultEphemeral(interaction) }),
);
