/** What a command module exports: its definition (for deploy) and its handlers (for dispatch), nothing else. */
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

export type { Command, ComponentHandler, ComponentHandlers } from './types.js';

/** Where every command works: installed on servers and by users; in servers, the bot's DMs and group DMs. */
export const EVERYWHERE = {
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};
