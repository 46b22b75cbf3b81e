/**
 * /settings: a server's settings for the bot, for members who can manage the server (default_member_permissions
 * Manage Server; servers only, installed on the server). Subcommands: show, visibility (default reply visibility of
 * /ask), auto-answer (channels where every question is answered without a mention), curator-channel (where 👎
 * reasons and the daily digest of declined questions go). Stored per server; every reply shows the settings back.
 */
import {
	type APIApplicationCommandInteractionDataOption,
	type ApplicationCommandOptionAllowedChannelType,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	ChannelType,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { notice } from '../src/interactions/answer.js';
import type { Command } from '../src/interactions/command.js';
import type { Handled } from '../src/interactions/replies.js';
import { booleanOption, stringOption } from '../src/interactions/util.js';
import { descriptions, localized, names } from './define.js';

/** Channels where people talk: text, announcement, threads. */
const TALK: ApplicationCommandOptionAllowedChannelType[] = [
	ChannelType.GuildText,
	ChannelType.GuildAnnouncement,
	ChannelType.PublicThread,
	ChannelType.PrivateThread,
	ChannelType.AnnouncementThread,
];

const choice = (pick: Parameters<typeof localized>[0], value: string) => {
	const { base, localizations } = localized(pick);
	return { name: base, name_localizations: localizations, value };
};

const data = {
	type: ApplicationCommandType.ChatInput,
	...names((s) => s.commands.settings.name),
	...descriptions((s) => s.commands.settings.description),
	default_member_permissions: String(PermissionFlagsBits.ManageGuild),
	integration_types: [ApplicationIntegrationType.GuildInstall],
	contexts: [InteractionContextType.Guild],
	options: [
		{
			type: ApplicationCommandOptionType.Subcommand,
			...names((s) => s.commands.settings.show.name),
			...descriptions((s) => s.commands.settings.show.description),
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			...names((s) => s.commands.settings.visibility.name),
			...descriptions((s) => s.commands.settings.visibility.description),
			options: [
				{
					type: ApplicationCommandOptionType.String,
					...names((s) => s.commands.settings.visibility.value.name),
					...descriptions((s) => s.commands.settings.visibility.value.description),
					required: true,
					choices: [
						choice((s) => s.commands.settings.visibility.private, 'private'),
						choice((s) => s.commands.settings.visibility.public, 'public'),
					],
				},
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			...names((s) => s.commands.settings.autoAnswer.name),
			...descriptions((s) => s.commands.settings.autoAnswer.description),
			options: [
				{
					type: ApplicationCommandOptionType.Channel,
					...names((s) => s.commands.settings.autoAnswer.channel.name),
					...descriptions((s) => s.commands.settings.autoAnswer.channel.description),
					required: true,
					channel_types: TALK,
				},
				{
					type: ApplicationCommandOptionType.Boolean,
					...names((s) => s.commands.settings.autoAnswer.on.name),
					...descriptions((s) => s.commands.settings.autoAnswer.on.description),
					required: true,
				},
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			...names((s) => s.commands.settings.curator.name),
			...descriptions((s) => s.commands.settings.curator.description),
			options: [
				{
					type: ApplicationCommandOptionType.Channel,
					...names((s) => s.commands.settings.curator.channel.name),
					...descriptions((s) => s.commands.settings.curator.channel.description),
					required: false,
					channel_types: TALK,
				},
			],
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default {
	data,
	async execute(interaction, ctx): Promise<Handled> {
		const guildId = interaction.guild_id;
		if (!guildId) return notice({ type: 'guild-only' }, 'refused');
		if (!ctx.settings || interaction.data.type !== ApplicationCommandType.ChatInput)
			return notice({ type: 'settings-failed' }, 'error');
		const options = interaction.data.options as APIApplicationCommandInteractionDataOption[] | undefined;
		const sub = options?.[0]?.name ?? 'show';
		const settings = await ctx.settings.of(guildId);
		let needsContent = false;
		switch (sub) {
			case 'visibility': {
				const value = stringOption(options, 'value');
				if (value === 'private' || value === 'public') settings.visibility = value;
				break;
			}
			case 'auto-answer': {
				const channel = stringOption(options, 'channel');
				const on = booleanOption(options, 'on') ?? true;
				if (channel) {
					const others = settings.autoAnswerChannels.filter((c) => c !== channel);
					settings.autoAnswerChannels = on ? [...others, channel] : others;
				}
				needsContent = on && !ctx.readsContent;
				break;
			}
			case 'curator-channel': {
				const channel = stringOption(options, 'channel');
				if (channel) settings.curatorChannel = channel;
				else delete settings.curatorChannel;
				break;
			}
			default:
				return { reply: { type: 'settings', settings, saved: false, needsContent: false } };
		}
		try {
			await ctx.settings.save(guildId, settings);
		} catch (error) {
			ctx.logger.error({ guildId, error: (error as Error).message }, 'could not save settings');
			return notice({ type: 'settings-failed' }, 'error');
		}
		ctx.logger.info({ guildId, setting: sub }, 'settings changed');
		return { reply: { type: 'settings', settings, saved: true, needsContent }, outcome: 'ok' };
	},
} satisfies Command;
