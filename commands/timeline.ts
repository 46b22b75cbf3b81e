/** /timeline: the dated events in order, as Discord timestamps so each reader sees their own locale. */
import { renderTimeline } from '../src/discord/render.js';
import { strings } from '../src/discord/strings.js';
import { messageCommand } from '../src/interactions/command.js';
import { defaultEphemeral } from '../src/interactions/util.js';

export default messageCommand('timeline', strings.commands.timeline, (interaction, ctx) =>
	renderTimeline(ctx.engine.timeline(), ctx.engine.kb.primary.published, { ephemeral: defaultEphemeral(interaction) }),
);
