/**
 * Mentions in a question shown as names, as discord.js's `cleanContent` does: `<@123>` becomes "@Name", a role
 * "@Role", a channel "#channel". A mention whose name is not known stays as written (and is escaped when shown).
 */

export interface MentionNames {
	users?: Record<string, string>;
	roles?: Record<string, string>;
	channels?: Record<string, string>;
}

export function cleanMentions(text: string, names: MentionNames = {}): string {
	return text.replace(/<(@[!&]?|#)(\d{17,20})>/g, (match, kind: string, id: string) => {
		if (kind === '@&') {
			const role = names.roles?.[id];
			return role ? `@${role}` : match;
		}
		if (kind === '#') {
			const channel = names.channels?.[id];
			return channel ? `#${channel}` : match;
		}
		const user = names.users?.[id];
		return user ? `@${user}` : match;
	});
}
