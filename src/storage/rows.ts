/** Row <-> record conversions shared by the SQL backends. */
import { DEFAULT_SETTINGS, type GuildSettings, type Miss, type VoteRecord } from './types.js';

export interface MissRow {
	at: number | string;
	text: string;
	kind: string;
	confidence: number;
	closest: string;
	surface: string;
	guild_id: string | null;
	locale: string | null;
}

export interface VoteRow {
	message_id: string;
	user_id: string;
	vote: string;
	fact_ids: string;
	question: string | null;
	guild_id: string | null;
	lang: string | null;
	reason: string | null;
	at: number | string;
}

export function missFromRow(row: MissRow): Miss {
	const miss: Miss = {
		at: Number(row.at),
		text: row.text,
		kind: row.kind,
		confidence: Number(row.confidence),
		closest: JSON.parse(row.closest) as string[],
		surface: row.surface,
	};
	if (row.guild_id) miss.guildId = row.guild_id;
	if (row.locale) miss.locale = row.locale;
	return miss;
}

export function missParams(m: Miss): unknown[] {
	return [
		m.at,
		m.text,
		m.kind,
		m.confidence,
		JSON.stringify(m.closest),
		m.surface,
		m.guildId ?? null,
		m.locale ?? null,
	];
}

export function voteFromRow(row: VoteRow): VoteRecord {
	const vote: VoteRecord = {
		messageId: row.message_id,
		userId: row.user_id,
		vote: row.vote as VoteRecord['vote'],
		factIds: JSON.parse(row.fact_ids) as string[],
		at: Number(row.at),
	};
	if (row.question !== null) vote.question = row.question;
	if (row.guild_id !== null) vote.guildId = row.guild_id;
	if (row.lang !== null) vote.lang = row.lang;
	if (row.reason !== null) vote.reason = row.reason;
	return vote;
}

export function voteParams(v: VoteRecord): unknown[] {
	return [
		v.messageId,
		v.userId,
		v.vote,
		JSON.stringify(v.factIds),
		v.question ?? null,
		v.guildId ?? null,
		v.lang ?? null,
		v.reason ?? null,
		v.at,
	];
}

export function settingsFromJson(json: string | undefined): GuildSettings {
	if (!json) return structuredClone(DEFAULT_SETTINGS);
	return { ...structuredClone(DEFAULT_SETTINGS), ...(JSON.parse(json) as Partial<GuildSettings>) };
}
