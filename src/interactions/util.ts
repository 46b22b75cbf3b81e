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
