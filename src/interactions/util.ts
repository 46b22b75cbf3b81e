/** Small readers over raw interaction payloads (discord-api-types), shared by the command modules. */
import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	type APIInteraction,
	type APIUser,
	ApplicationCommandOptionType,
	ChannelType,
	InteractionContextType,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord-api-types/v10';

/** The user who triggered the interaction (in servers it comes inside `member`). */
export function interactionUser(interaction: APIInteraction): APIUser | undefined {
	return interaction.member?.user ?? interaction.user;
}

/** True in a DM with the bot itself, where "ephemeral" would only hide the answer from its own asker later. */
export function isBotDm(interaction: APIInteraction): boolean {
	if (interaction.context !== undefined && interaction.context !== null)
		return interaction.context === InteractionContextType.BotDM;
	return !interaction.guild_id && interaction.channel?.type === ChannelType.DM;
}

/** Where an interaction happened: a server channel, the bot's own DMs, or a DM or group DM of other users. */
export interface Place {
	where: 'guild' | 'bot-dm' | 'private-channel';
	guildId?: string;
	channelId?: string;
}

export function placeOf(interaction: APIInteraction): Place {
	const channelId = interaction.channel?.id ?? (interaction as { channel_id?: string }).channel_id;
	const guildId = interaction.guild_id;
	const where = isBotDm(interaction) ? 'bot-dm' : guildId ? 'guild' : 'private-channel';
	return { where, ...(guildId ? { guildId } : {}), ...(channelId ? { channelId } : {}) };
}

/** A channel others read: a public answer there can be shared, repeated or deleted (not the bot's own DMs). */
export function isSharedChannel(place: Place): place is Place & { channelId: string } {
	return place.where !== 'bot-dm' && place.channelId !== undefined;
}

/** The member may delete others' messages in this channel (moderators). */
export function canManageMessages(interaction: APIInteraction): boolean {
	const permissions = interaction.member?.permissions;
	if (!permissions) return false;
	try {
		return (BigInt(permissions) & PermissionFlagsBits.ManageMessages) !== 0n;
	} catch {
		return false;
	}
}

/** Private by default: everywhere except the bot's own DMs, unless the user asked for a public answer. */
export function defaultEphemeral(interaction: APIInteraction, makePublic = false): boolean {
	return !makePublic && !isBotDm(interaction);
}

function flatten(
	options: APIApplicationCommandInteractionDataOption[] | undefined,
): APIApplicationCommandInteractionDataBasicOption[] {
	const out: APIApplicationCommandInteractionDataBasicOption[] = [];
	for (const o of options ?? []) {
		if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
			out.push(...flatten(o.options as APIApplicationCommandInteractionDataOption[] | undefined));
		} else out.push(o);
	}
	return out;
}

export function option(
	options: APIApplicationCommandInteractionDataOption[] | undefined,
	name: string,
): APIApplicationCommandInteractionDataBasicOption | undefined {
	return flatten(options).find((o) => o.name === name);
}

export function stringOption(
	options: APIApplicationCommandInteractionDataOption[] | undefined,
	name: string,
): string | undefined {
	const o = option(options, name);
	return o && typeof o.value === 'string' ? o.value : undefined;
}

export function booleanOption(
	options: APIApplicationCommandInteractionDataOption[] | undefined,
	name: string,
): boolean | undefined {
	const o = option(options, name);
	return o && typeof o.value === 'boolean' ? o.value : undefined;
}

interface WithResolvedUsers {
	data: unknown;
}

function resolvedUsers(
	interaction: WithResolvedUsers,
): Record<string, APIUser & { member?: { nick?: string | null } }> {
	const data = interaction.data as { resolved?: { users?: Record<string, APIUser> } } | undefined;
	return data?.resolved?.users ?? {};
}

/** A user option's id and whether that user is a bot (from the interaction's resolved data). */
export function userOption(interaction: WithResolvedUsers, name: string): { id: string; bot: boolean } | undefined {
	const options = (interaction.data as { options?: APIApplicationCommandInteractionDataOption[] } | undefined)?.options;
	const o = option(options, name);
	if (!o || o.type !== ApplicationCommandOptionType.User || typeof o.value !== 'string') return undefined;
	return { id: o.value, bot: resolvedUsers(interaction)[o.value]?.bot === true };
}

/** A user's name as Discord shows it: server nickname, else display name, else username. */
export function displayName(user: { username: string; global_name?: string | null }, nick?: string | null): string {
	return nick || user.global_name || user.username;
}

/** The names of the users an interaction's data resolves (for showing mentions as names). */
export function resolvedUserNames(interaction: WithResolvedUsers): Record<string, string> {
	const data = interaction.data as { resolved?: { members?: Record<string, { nick?: string | null }> } } | undefined;
	const members = data?.resolved?.members ?? {};
	return Object.fromEntries(
		Object.entries(resolvedUsers(interaction)).map(([id, u]) => [id, displayName(u, members[id]?.nick)]),
	);
}

/** The option being typed in an autocomplete interaction. */
export function focusedOption(
	options: APIApplicationCommandInteractionDataOption[] | undefined,
): { name: string; value: string } | undefined {
	const o = flatten(options).find((x) => 'focused' in x && x.focused);
	return o ? { name: o.name, value: String(o.value ?? '') } : undefined;
}

export function isEphemeralMessage(flags: number | undefined): boolean {
	return ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** Reverses the renderer's markdown escaping, to read our own text back (the question on a rated answer). */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Private, unless the message lives in the bot's DMs (where "private" would only hide it from its own asker). */
export function visibilityFor(interaction: APIInteraction, makePublic = false): 'private' | 'public' {
	return defaultEphemeral(interaction, makePublic) ? 'private' : 'public';
}
