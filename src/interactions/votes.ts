/**
 * Who already voted on which message, so that a public answer counts each member once. In memory, bounded: the
 * oldest votes are forgotten first (a forgotten voter could vote twice on a very old answer; the feedback file
 * keeps every vote with its user id, so curators can still tell).
 */

export interface VoteBook {
	/** Records `userId`'s vote on `messageId`; false when they had already voted on it. */
	first(messageId: string, userId: string): boolean;
}

export function memoryVoteBook(maxVotes = 50_000): VoteBook {
	const seen = new Set<string>();
	return {
		first(messageId, userId) {
			const key = `${messageId} ${userId}`;
			if (seen.has(key)) return false;
			seen.add(key);
			if (seen.size > maxVotes) {
				const oldest = seen.values().next().value;
				if (oldest !== undefined) seen.delete(oldest);
			}
			return true;
		},
	};
}
