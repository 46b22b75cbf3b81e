/**
 * The no-repeat window: the same fact is not posted publicly in the same channel twice within `windowMs`
 * (python-discord's tag cooldown is per tag and channel). The second asker gets the answer privately, with a link
 * to the first post. A small async interface, so that a database can back it instead of this process's memory.
 */

export interface PublicPost {
	channelId: string;
	guildId?: string;
	/** What was posted: the answer's fact ids, sorted and joined. */
	key: string;
	/** When it was posted (ms since the epoch). */
	at: number;
	/** Known once the transport has sent it. */
	messageId?: string;
}

export interface PostLog {
	/**
	 * The post of `post.key` in `post.channelId` still inside the window, if there is one. Otherwise `post` is
	 * recorded as the channel's latest post of that key and the result is undefined: the caller may post it.
	 */
	claim(post: Omit<PublicPost, 'messageId'>): Promise<PublicPost | undefined>;
	/** Adds the message id to a post claimed earlier. */
	posted(post: Omit<PublicPost, 'messageId'>, messageId: string): Promise<void>;
	/** A claimed post could not be sent after all: the channel may get it again. */
	release(post: Omit<PublicPost, 'messageId'>): Promise<void>;
	/** The message was deleted: its fact may be posted in that channel again. */
	forget(channelId: string, messageId: string): Promise<void>;
}

/** The key of an answer made of `factIds`. */
export function postKey(factIds: readonly string[]): string {
	return [...new Set(factIds)].sort().join(',');
}

export function messageUrl(guildId: string | undefined, channelId: string, messageId: string): string {
	return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

export interface MemoryPostLogOptions {
	/** 0 turns the window off: every post is allowed and nothing is kept. */
	windowMs: number;
	/** The most posts kept; the oldest go first. Default 10,000. */
	maxPosts?: number;
	now?: () => number;
}

/** Keeps the window in this process's memory (lost on restart, which only allows an early repeat). */
export function memoryPostLog(options: MemoryPostLogOptions): PostLog {
	const posts = new Map<string, PublicPost>();
	const max = options.maxPosts ?? 10_000;
	const now = options.now ?? Date.now;
	const slot = (channelId: string, key: string) => `${channelId} ${key}`;
	const sweep = () => {
		const oldest = now() - options.windowMs;
		for (const [k, p] of posts) {
			// Insertion order is time order: stop at the first post still inside the window.
			if (p.at > oldest && posts.size <= max) break;
			posts.delete(k);
		}
	};
	return {
		async claim(post) {
			if (options.windowMs <= 0) return undefined;
			sweep();
			const k = slot(post.channelId, post.key);
			const earlier = posts.get(k);
			if (earlier && earlier.at > now() - options.windowMs) return { ...earlier };
			posts.delete(k);
			posts.set(k, { ...post });
			return undefined;
		},
		async posted(post, messageId) {
			const found = posts.get(slot(post.channelId, post.key));
			if (found && found.at === post.at) found.messageId = messageId;
		},
		async release(post) {
			const k = slot(post.channelId, post.key);
			if (posts.get(k)?.at === post.at) posts.delete(k);
		},
		async forget(channelId, messageId) {
			for (const [k, p] of posts) if (p.channelId === channelId && p.messageId === messageId) posts.delete(k);
		},
	};
}
