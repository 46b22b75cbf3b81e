/**
 * The embedded default: one SQLite file (DATABASE_PATH, default data/gsomia.sqlite), created with its folder on first
 * start, through better-sqlite3 (synchronous, in-process; WAL mode so the curator commands can read while the bot
 * writes). Migrations from schema.ts run at open.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import {
	type MissRow,
	missFromRow,
	missParams,
	settingsFromJson,
	type VoteRow,
	voteFromRow,
	voteParams,
} from './rows.js';
import { MIGRATIONS } from './schema.js';
import type { FactUsage, Storage } from './types.js';

type Database = import('better-sqlite3').Database;

export function openSqlite(path: string): Storage {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	// Loaded on demand: the native module is needed only when SQLite is the backend.
	const BetterSqlite = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
	const db: Database = new BetterSqlite(path);
	db.pragma('journal_mode = WAL');
	// In WAL mode, NORMAL syncs the log at checkpoints rather than at every commit: a commit is no longer a disk flush
	// on the event loop, the file stays consistent after any crash, and only a power cut can lose the last commits.
	db.pragma('synchronous = NORMAL');
	db.pragma('busy_timeout = 5000');
	migrate(db);

	const insertMiss = db.prepare(
		'INSERT INTO misses (at, text, kind, confidence, closest, surface, guild_id, locale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
	);
	const findVote = db.prepare('SELECT vote FROM votes WHERE message_id = ? AND user_id = ?');
	const upsertVote = db.prepare(
		`INSERT INTO votes (message_id, user_id, vote, fact_ids, question, guild_id, lang, reason, at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (message_id, user_id) DO UPDATE SET vote = excluded.vote, fact_ids = excluded.fact_ids,
		   question = excluded.question, guild_id = excluded.guild_id, lang = excluded.lang, reason = excluded.reason,
		   at = excluded.at`,
	);
	const setReason = db.prepare('UPDATE votes SET reason = ? WHERE message_id = ? AND user_id = ?');
	const use = db.prepare(
		`INSERT INTO fact_usage (fact_id, count, last_at) VALUES (?, ?, ?)
		 ON CONFLICT (fact_id) DO UPDATE SET count = fact_usage.count + excluded.count,
		   last_at = max(fact_usage.last_at, excluded.last_at)`,
	);
	const vote = db.transaction((params: unknown[]) => {
		const previous = findVote.get(params[0], params[1]) as { vote: string } | undefined;
		upsertVote.run(...params);
		return previous?.vote;
	});
	const useAll = db.transaction((rows: FactUsage[]) => {
		for (const row of rows) use.run(row.factId, row.count, row.lastAt);
	});

	return {
		backend: 'sqlite',
		async recordMiss(miss) {
			insertMiss.run(...missParams(miss));
		},
		async recordVote(record) {
			const previous = vote(voteParams(record)) as string | undefined;
			return previous ? { previous: previous as typeof record.vote } : {};
		},
		async setVoteReason(messageId, userId, reason) {
			return setReason.run(reason, messageId, userId).changes > 0;
		},
		async recordUsage(factIds, at) {
			useAll([...new Set(factIds)].map((factId) => ({ factId, count: 1, lastAt: at })));
		},
		async addUsage(rows) {
			useAll(rows);
		},
		async misses(since) {
			return (db.prepare('SELECT * FROM misses WHERE at >= ? ORDER BY at, rowid').all(since) as MissRow[]).map(
				missFromRow,
			);
		},
		async votes() {
			return (db.prepare('SELECT * FROM votes ORDER BY at, message_id, user_id').all() as VoteRow[]).map(voteFromRow);
		},
		async usage() {
			return (
				db.prepare('SELECT fact_id, count, last_at FROM fact_usage ORDER BY count DESC, fact_id').all() as {
					fact_id: string;
					count: number;
					last_at: number;
				}[]
			).map((r) => ({ factId: r.fact_id, count: Number(r.count), lastAt: Number(r.last_at) }));
		},
		async settings(guildId) {
			const row = db.prepare('SELECT data FROM guild_settings WHERE guild_id = ?').get(guildId) as
				| { data: string }
				| undefined;
			return settingsFromJson(row?.data);
		},
		async saveSettings(guildId, settings, at) {
			db.prepare(
				`INSERT INTO guild_settings (guild_id, data, updated_at) VALUES (?, ?, ?)
				 ON CONFLICT (guild_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
			).run(guildId, JSON.stringify(settings), at);
		},
		async curatorChannels() {
			return (db.prepare('SELECT guild_id, data FROM guild_settings').all() as { guild_id: string; data: string }[])
				.map((r) => ({ guildId: r.guild_id, channelId: settingsFromJson(r.data).curatorChannel }))
				.filter((r): r is { guildId: string; channelId: string } => Boolean(r.channelId));
		},
		async claimDigest(guildId, day, at) {
			return (
				db
					.prepare('INSERT INTO digests (guild_id, day, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
					.run(guildId, day, at).changes > 0
			);
		},
		async purge(before) {
			const a = db.prepare('DELETE FROM misses WHERE at < ?').run(before).changes;
			const b = db.prepare('DELETE FROM votes WHERE at < ?').run(before).changes;
			return a + b;
		},
		async close() {
			if (db.open) db.close();
		},
	};
}

function migrate(db: Database): void {
	db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
	// IMMEDIATE: two processes opening the same new file apply each migration once (the second waits, then sees it).
	db.transaction(() => {
		const done = new Set(
			(db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
		);
		for (const m of MIGRATIONS) {
			if (done.has(m.version)) continue;
			for (const statement of m.statements) db.exec(statement);
			db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, Date.now());
		}
	}).immediate();
}
