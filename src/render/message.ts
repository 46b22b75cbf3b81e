/** Replies to DMs and mentions as channel messages: the same rendering as interactions, as a reply to the message. */
import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Lang } from '../engine/types.js';
import type { ComponentIds } from '../interactions/registry.js';
import type { Reply } from '../interactions/replies.js';
import { renderData } from './render.js';
import { toMessageBody } from './reply.js';

/**
 * `reply` as a channel message replying to `replyTo` (notifying its author and no one else); without `replyTo`
 * (a DM sent instead of a channel reply), a plain message.
 */
export function renderMessage(
	reply: Reply,
	options: { lang: Lang; ids: ComponentIds },
	replyTo?: string,
): RESTPostAPIChannelMessageJSONBody {
	const data = renderData(reply, options) ?? { content: '' };
	return toMessageBody(data, replyTo);
}
