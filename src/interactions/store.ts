/**
 * What the bot records, behind one interface with three backends: SQLite (the default, a file), PostgreSQL (several
 * instances or shards), and memory (tests). Privacy first: a declined question is kept without any user id; a vote
 * keeps the voter's id only so that each user has one vote per answer message (changing it replaces it).
 */

export type Vote = 'up' | 'down';

/** A question the bot declined on Discord. No user id. */
export interface Miss {
	/** Milliseconds since the epoch. */
	at: number;
	text: string;
	/** The engine's kind (not-in-article, off-topic, ambiguous, empty) and confidence. */
	kind: string;
	confidence: number;
	/** The facts closest to it (the engine's suggestions), best first. */
	closest: string[];
	/** slash, menu, mention, dm. */
	surface: string;
	guildId?: string;
	locale?: string;
}

export interface VoteRecord {
	messageId: string;
	userId: string;
	/** 'answerable': the user says a declined question should have been answered. */
	vote: Vote | 'answerable';
	factIds: string[];
	question?: string;
	guildId?: string;
	lang?: string;
	reason?: string;
	at: number;
}

export interface FactUsage {
	factId: string;
	count: number;
	lastAt: number;
}

export interface GuildSettings {
	/** Default visibility of /ask answers in this server. */
	visibility: 'private' | 'public';
	/** Channels where every question-like message is answered without a mention. */
	autoAnswerChannels: string[];
	/** Where 👎 reasons and the daily misses digest are posted. */
	curatorChannel?: string;
}

export const DEFAULT_SETTINGS: GuildSettings = { visibility: 'private', autoAnswerChannels: [] };

export interface Storage {
	readonly backend: 'sqlite' | 'postgres' | 'memory';
	recordMiss(miss: Miss): Promise<void>;
	/** One vote per user per message: a new vote replaces the previous one, which is returned. */
	recordVote(vote: VoteRecord): Promise<{ previous?: VoteRecord['vote'] }>;
	/** Adds a reason to the user's vote on the message; false when there is no such vote. */
	setVoteReason(messageId: string, userId: string, reason: string): Promise<boolean>;
	/** Counts one use of each fact. */
	recordUsage(factIds: string[], at: number): Promise<void>;
	/** Adds `count` uses of each fact at once (a batch of recordUsage); a fact's last use only moves forward. */
	addUsage(rows: FactUsage[]): Promise<void>;
	/** Declined questions since `since` (ms), oldest first. */
	misses(since: number): Promise<Miss[]>;
	votes(): Promise<VoteRecord[]>;
	usage(): Promise<FactUsage[]>;
	settings(guildId: string): Promise<GuildSettings>;
	saveSettings(guildId: string, settings: GuildSettings, at: number): Promise<void>;
	/** Servers that set a curator channel, with it. */
	curatorChannels(): Promise<{ guildId: string; channelId: string }[]>;
	/**
	 * Claims the daily digest of `guildId` for `day` (YYYY-MM-DD): true for the first caller only, so that several
	 * instances or shards post it once.
	 */
	claimDigest(guildId: string, day: string, at: number): Promise<boolean>;
	/** Deletes declined questions and votes older than `before` (ms); returns how many rows went. */
	purge(before: number): Promise<number>;
	close(): Promise<void>;
}
