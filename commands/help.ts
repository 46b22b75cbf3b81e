/** /help: how to use the bot in a server, in DMs and by mention. */
import { renderHelp } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import { messageCommand } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

export default messageCommand('help', strings.commands.help, (interaction, ctx) =>
	renderHelp(ctx.config.cooldown, { ephemeral: defaultEphemeral(interaction) }),
);
