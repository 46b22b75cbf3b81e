/**
 * Realistic gateway payloads for the fake Discord: interactions (slash commands, autocomplete, buttons, selects,
 * the message context menu) and messages, in servers and DMs. Shaped like Discord's own (API v10), so the real
 * discord.js Client parses them as it would in production.
 */

import { apiMessage } from '../fixtures/discord-message.js';
import { snowflake } from './fake-discord.js';

type Json = Record<string, unknown>;

export const IDS = {
	guild: '1200000000000000001',
	channel: '1200000000000000011',
	/** The bot may not send messages here. */
	mutedChannel: '1200000000000000012',
	/** The bot may send but not embed links here. */
	noEmbedChannel: '1200000000000000013',
	dmChannel: '1200000000000000021',
	/** Channels of their own for the scenarios that post publicly (the no-repeat window is per channel). */
	publicAsk: '1200000000000000014',
	sharing: '1200000000000000015',
	repeats: '1200000000000000016',
	mentions: '1200000000000000017',
	answering: '1200000000000000018',
	deleting: '1200000000000000019',
	voting: '1200000000000000020',
} as const;

export const ALL_BOT_PERMISSIONS = String(
	(1n << 10n) | (1n << 11n) | (1n << 38n) | (1n << 14n) | (1n << 16n) | (1n << 6n),
);

export function user(id: string, options: { bot?: boolean; username?: string } = {}): Json {
	return {
		id,
		username: options.username ?? `user${id.slice(-4)}`,
		discriminator: '0',
		global_name: null,
		avatar: null,
		public_flags: 0,
		...(options.bot ? { bot: true } : {}),
	};
}

export interface Where {
	/** The asking user's id. */
	userId: string;
	/** true: the bot's DM (context 1); default: the server. */
	dm?: boolean;
	channelId?: string;
	/** The user's Discord locale. Default en-US. */
	locale?: string;
	/** The member's permissions in the channel. Default: an ordinary member's (no Manage Messages). */
	permissions?: string;
}

/** An ordinary member's permissions: View Channel, Send Messages, Read Message History, Use Application Commands... */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n) | (1n << 6n));
/** A moderator's: the member's plus Manage Messages. */
export const MODERATOR_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 13n));

function base(type: number, data: Json, where: Where): Json {
	const id = snowflake();
	const asker = user(where.userId);
	const common = {
		id,
		application_id: '1100000000000000001',
		type,
		data,
		token: `interaction-token-${id}`,
		version: 1,
		locale: where.locale ?? 'en-US',
		entitlements: [],
		attachment_size_limit: 10_485_760,
		app_permissions: ALL_BOT_PERMISSIONS,
	};
	if (where.dm) {
		const channelId = where.channelId ?? IDS.dmChannel;
		return {
			...common,
			channel_id: channelId,
			channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [asker] },
			user: asker,
			context: 1,
			authorizing_integration_owners: { '0': IDS.guild },
		};
	}
	const channelId = where.channelId ?? IDS.channel;
	return {
		...common,
		guild_id: IDS.guild,
		guild: { id: IDS.guild, locale: 'en-US', features: [] },
		guild_locale: 'en-US',
		channel_id: channelId,
		channel: {
			id: channelId,
			type: 0,
			guild_id: IDS.guild,
			name: 'general',
			position: 0,
			flags: 0,
			parent_id: null,
			topic: null,
			nsfw: false,
			last_message_id: null,
			rate_limit_per_user: 0,
			permissions: ALL_BOT_PERMISSIONS,
		},
		member: {
			user: asker,
			roles: [],
			premium_since: null,
			permissions: where.permissions ?? MEMBER_PERMISSIONS,
			pending: false,
			nick: null,
			mute: false,
			joined_at: '2024-01-01T00:00:00.000Z',
			flags: 0,
			deaf: false,
			avatar: null,
		},
		context: 0,
		authorizing_integration_owners: { '0': IDS.guild },
	};
}

export function slash(name: string, options: Json[], where: Where): Json {
	return base(2, { id: snowflake(), name, type: 1, options }, where);
}

export function ask(
	question: string,
	where: Where,
	makePublic?: boolean,
	forUser?: { id: string; bot?: boolean },
): Json {
	const options: Json[] = [{ name: 'question', type: 3, value: question }];
	if (makePublic !== undefined) options.push({ name: 'public', type: 5, value: makePublic });
	if (!forUser) return slash('ask', options, where);
	options.push({ name: 'for', type: 6, value: forUser.id });
	const payload = slash('ask', options, where);
	const data = payload.data as Json;
	data.resolved = { users: { [forUser.id]: user(forUser.id, { bot: forUser.bot }) } };
	return payload;
}

export function autocomplete(typed: string, where: Where): Json {
	return base(
		4,
		{ id: snowflake(), name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: typed, focused: true }] },
		where,
	);
}

/** A message the bot sent earlier (what a component interaction carries). */
export function botMessage(body: Json, options: { channelId?: string; ephemeral?: boolean } = {}): Json {
	return apiMessage({
		id: snowflake(),
		channel_id: options.channelId ?? IDS.channel,
		author: user('1100000000000000001', { bot: true, username: 'GSOMIA Bot' }),
		content: body.content ?? '',
		embeds: body.embeds ?? [],
		components: body.components ?? [],
		type: 20,
		flags: options.ephemeral ? 64 : 0,
	});
}

export function button(customId: string, message: Json, where: Where): Json {
	return { ...base(3, { custom_id: customId, component_type: 2 }, where), message };
}

export function select(customId: string, values: string[], message: Json, where: Where): Json {
	return { ...base(3, { custom_id: customId, component_type: 3, values }, where), message };
}

export function messageCommand(
	target: { id: string; content: string; authorId: string; mentions?: { id: string; username: string }[] },
	where: Where,
	name: 'Answer this question' | 'Answer publicly' = 'Answer this question',
): Json {
	const channelId = where.channelId ?? (where.dm ? IDS.dmChannel : IDS.channel);
	const message = apiMessage({
		id: target.id,
		channel_id: channelId,
		author: user(target.authorId),
		content: target.content,
		mentions: (target.mentions ?? []).map((m) => user(m.id, { username: m.username })),
	});
	return base(
		2,
		{
			id: snowflake(),
			name,
			type: 3,
			target_id: target.id,
			resolved: { messages: { [target.id]: message } },
		},
		where,
	);
}

export interface MessageSpec {
	content: string;
	authorId: string;
	authorIsBot?: boolean;
	/** Absent: a DM. */
	guildId?: string;
	channelId?: string;
	/** Users mentioned (ids, or ids with their usernames). */
	mentions?: (string | { id: string; username: string })[];
	/** Roles mentioned (ids). */
	mentionRoles?: string[];
	mentionEveryone?: boolean;
}

export function message(spec: MessageSpec): Json {
	const author = user(spec.authorId, { bot: spec.authorIsBot });
	const inGuild = spec.guildId !== undefined;
	return {
		id: snowflake(),
		channel_id: spec.channelId ?? (inGuild ? IDS.channel : IDS.dmChannel),
		...(inGuild
			? {
					guild_id: spec.guildId,
					member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
				}
			: { channel_type: 1 }),
		author,
		content: spec.content,
		timestamp: '2024-01-01T00:00:00.000Z',
		edited_timestamp: null,
		tts: false,
		mention_everyone: spec.mentionEveryone ?? false,
		mentions: (spec.mentions ?? []).map((m) =>
			typeof m === 'string'
				? user(m, { bot: m === '1100000000000000001' })
				: user(m.id, { username: m.username, bot: m.id === '1100000000000000001' }),
		),
		mention_roles: spec.mentionRoles ?? [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: 0,
		flags: 0,
		nonce: snowflake(),
	};
}
