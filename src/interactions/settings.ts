/**
 * Per-server settings, read often (every /ask in a server) and changed rarely (/settings): read through a cache
 * with a short lifetime, so each answer does not wait for the database. A change made here is seen here at once;
 * other instances see it within the cache's lifetime (default 30 s).
 */
import { DEFAULT_SETTINGS, type GuildSettings, type Storage } from './store.js';

export interface SettingsBook {
	/** The server's settings (the defaults when it set none, or when the database does not answer). */
	of(guildId: string): Promise<GuildSettings>;
	/** Saves and caches; throws when the database does not take it. */
	save(guildId: string, settings: GuildSettings): Promise<void>;
}

export function cachedSettings(
	storage: Storage,
	options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
): SettingsBook {
	const ttl = options.ttlMs ?? 30_000;
	const now = options.now ?? Date.now;
	const max = options.maxEntries ?? 10_000;
	const cache = new Map<string, { at: number; settings: GuildSettings }>();
	const remember = (guildId: string, settings: GuildSettings) => {
		if (cache.size >= max) cache.delete(cache.keys().next().value as string);
		cache.set(guildId, { at: now(), settings });
	};
	return {
		async of(guildId) {
			const hit = cache.get(guildId);
			if (hit && now() - hit.at < ttl) return structuredClone(hit.settings);
			try {
				const settings = await storage.settings(guildId);
				remember(guildId, settings);
				return structuredClone(settings);
			} catch {
				// The database is away: the last known settings, else the defaults; answers keep flowing.
				return structuredClone(hit?.settings ?? DEFAULT_SETTINGS);
			}
		},
		async save(guildId, settings) {
			await storage.saveSettings(guildId, settings, now());
			remember(guildId, structuredClone(settings));
		},
	};
}
