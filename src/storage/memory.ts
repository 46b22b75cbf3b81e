/** Storage in memory: for tests and for code paths that need a Storage but no persistence. */
import {
	DEFAULT_SETTINGS,
	type FactUsage,
	type GuildSettings,
	type Miss,
	type Storage,
	type VoteRecord,
} from './types.js';

export function memoryStorage(): Storage {
	const misses: Miss[] = [];
	const votes = new Map<string, VoteRecord>();
	const usage = new Map<string, FactUsage>();
	const add = ({ factId, count, lastAt }: FactUsage) => {
		const row = usage.get(factId) ?? { factId, count: 0, lastAt };
		row.count += count;
		row.lastAt = Math.max(row.lastAt, lastAt);
		usage.set(factId, row);
	};
	const settings = new Map<string, GuildSettings>();
	const digests = new Set<string>();
	return {
		backend: 'memory',
		async recordMiss(miss) {
			misses.push({ ...miss, closest: [...miss.closest] });
		},
		async recordVote(vote) {
			const key = `${vote.messageId} ${vote.userId}`;
			const previous = votes.get(key)?.vote;
			votes.set(key, { ...vote, factIds: [...vote.factIds] });
			return previous ? { previous } : {};
		},
		async setVoteReason(messageId, userId, reason) {
			const found = votes.get(`${messageId} ${userId}`);
			if (!found) return false;
			found.reason = reason;
			return true;
		},
		async recordUsage(factIds, at) {
			for (const factId of new Set(factIds)) add({ factId, count: 1, lastAt: at });
		},
		async addUsage(rows) {
			for (const row of rows) add(row);
		},
		async misses(since) {
			return misses.filter((m) => m.at >= since).sort((a, b) => a.at - b.at);
		},
		async votes() {
			return [...votes.values()].sort((a, b) => a.at - b.at);
		},
		async usage() {
			return [...usage.values()].sort((a, b) => b.count - a.count || a.factId.localeCompare(b.factId));
		},
		async settings(guildId) {
			return structuredClone(settings.get(guildId) ?? DEFAULT_SETTINGS);
		},
		async saveSettings(guildId, value) {
			settings.set(guildId, structuredClone(value));
		},
		async curatorChannels() {
			return [...settings]
				.filter(([, s]) => s.curatorChannel)
				.map(([guildId, s]) => ({ guildId, channelId: s.curatorChannel as string }));
		},
		async claimDigest(guildId, day) {
			const key = `${guildId} ${day}`;
			if (digests.has(key)) return false;
			digests.add(key);
			return true;
		},
		async purge(before) {
			let n = 0;
			for (let i = misses.length - 1; i >= 0; i--) {
				if ((misses[i] as Miss).at < before) {
					misses.splice(i, 1);
					n++;
				}
			}
			for (const [key, vote] of votes) {
				if (vote.at < before) {
					votes.delete(key);
					n++;
				}
			}
			return n;
		},
		async close() {},
	};
}
