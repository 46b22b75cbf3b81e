/** The OAuth2 install URL: scopes `bot applications.commands` and only the permissions the bot uses. */
import { PermissionFlagsBits } from 'discord-api-types/v10';

/**
 * View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History (to reply), Add
 * Reactions (a greeting or thanks gets a reaction instead of a message).
 */
export const BOT_PERMISSIONS =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.AddReactions |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.SendMessagesInThreads |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.ReadMessageHistory;

export const SCOPES = ['bot', 'applications.commands'] as const;

export function inviteUrl(applicationId: string): string {
	if (!/^\d{17,20}$/.test(applicationId)) throw new Error('The application id must be a Discord id (17 to 20 digits)');
	const params = new URLSearchParams({
		client_id: applicationId,
		scope: SCOPES.join(' '),
		permissions: BOT_PERMISSIONS.toString(),
	});
	return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
