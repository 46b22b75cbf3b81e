/**
 * PostgreSQL (DATABASE_URL=postgres://...), for several instances or shards sharing one database, through `pg`'s
 * pool. Migrations from schema.ts run at open inside one transaction holding an advisory lock, so two processes
 * starting together apply each migration once. `schema` (tests) puts every table in that schema.
 */
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

type Pool = import('pg').Pool;

export interface PostgresOptions {
	url: string;
	/** Tables go to this schema (created when missing). Default: the connection's search_path (public). */
	schema?: string;
	/** Connection attempts fail after this long. Default 5 s. */
	connectTimeoutMs?: number;
	/** Called when an idle connection fails (the pool replaces it). */
	onError?: (error: Error) => void;
}

/** A migration lock id: the same for every process of this bot. */
const LOCK = 72_019_822;

export async function openPostgres(options: PostgresOptions): Promise<Storage> {
	const pg = await import('pg');
	const Pool = pg.default?.Pool ?? (pg as unknown as { Pool: typeof import('pg').Pool }).Pool;
	const schema = options.schema;
	if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
	const pool: Pool = new Pool({
		connectionString: options.url,
		connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
		max: 5,
		...(schema ? { options: `-c search_path=${schema}` } : {}),
	});
	pool.on('error', (error) => options.onError?.(error));
	try {
		const client = await pool.connect();
		try {
			await client.query('BEGIN');
			await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
			if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
			await client.query(
				'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
			);
			const done = new Set(
				(await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
			);
			for (const m of MIGRATIONS) {
				if (done.has(m.version)) continue;
				for (const statement of m.statements) await client.query(statement);
				await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
					m.version,
					Date.now(),
				]);
			}
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
	} catch (error) {
		await pool.end().catch(() => {});
		throw error;
	}

	const q = <R extends object>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);
	const addUsage = async (rows: FactUsage[]) => {
		if (rows.length === 0) return;
		await q(
			`INSERT INTO fact_usage (fact_id, count, last_at)
			 SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
			 ON CONFLICT (fact_id) DO UPDATE SET count = fact_usage.count + excluded.count,
			   last_at = GREATEST(fact_usage.last_at, excluded.last_at)`,
			[rows.map((r) => r.factId), rows.map((r) => r.count), rows.map((r) => r.lastAt)],
		);
	};
	return {
		backend: 'postgres',
		async recordMiss(miss) {
			await q(
				'INSERT INTO misses (at, text, kind, confidence, closest, surface, guild_id, locale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
				missParams(miss),
			);
		},
		async recordVote(record) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const { rows } = await client.query<{ vote: string }>(
					'SELECT vote FROM votes WHERE message_id = $1 AND user_id = $2 FOR UPDATE',
					[record.messageId, record.userId],
				);
				await client.query(
					`INSERT INTO votes (message_id, user_id, vote, fact_ids, question, guild_id, lang, reason, at)
					 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
					 ON CONFLICT (message_id, user_id) DO UPDATE SET vote = excluded.vote, fact_ids = excluded.fact_ids,
					   question = excluded.question, guild_id = excluded.guild_id, lang = excluded.lang,
					   reason = excluded.reason, at = excluded.at`,
					voteParams(record),
				);
				await client.query('COMMIT');
				const previous = rows[0]?.vote;
				return previous ? { previous: previous as typeof record.vote } : {};
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},
		async setVoteReason(messageId, userId, reason) {
			const result = await q('UPDATE votes SET reason = $1 WHERE message_id = $2 AND user_id = $3', [
				reason,
				messageId,
				userId,
			]);
			return (result.rowCount ?? 0) > 0;
		},
		async recordUsage(factIds, at) {
			await addUsage([...new Set(factIds)].map((factId) => ({ factId, count: 1, lastAt: at })));
		},
		addUsage,
		async misses(since) {
			return (await q<MissRow>('SELECT * FROM misses WHERE at >= $1 ORDER BY at, ctid', [since])).rows.map(missFromRow);
		},
		async votes() {
			return (await q<VoteRow>('SELECT * FROM votes ORDER BY at, message_id, user_id')).rows.map(voteFromRow);
		},
		async usage() {
			return (
				await q<{ fact_id: string; count: string; last_at: string }>(
					'SELECT fact_id, count, last_at FROM fact_usage ORDER BY count DESC, fact_id',
				)
			).rows.map((r) => ({ factId: r.fact_id, count: Number(r.count), lastAt: Number(r.last_at) }));
		},
		async settings(guildId) {
			const { rows } = await q<{ data: string }>('SELECT data FROM guild_settings WHERE guild_id = $1', [guildId]);
			return settingsFromJson(rows[0]?.data);
		},
		async saveSettings(guildId, settings, at) {
			await q(
				`INSERT INTO guild_settings (guild_id, data, updated_at) VALUES ($1, $2, $3)
				 ON CONFLICT (guild_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
				[guildId, JSON.stringify(settings), at],
			);
		},
		async curatorChannels() {
			const { rows } = await q<{ guild_id: string; data: string }>('SELECT guild_id, data FROM guild_settings');
			return rows
				.map((r) => ({ guildId: r.guild_id, channelId: settingsFromJson(r.data).curatorChannel }))
				.filter((r): r is { guildId: string; channelId: string } => Boolean(r.channelId));
		},
		async claimDigest(guildId, day, at) {
			const result = await q('INSERT INTO digests (guild_id, day, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
				guildId,
				day,
				at,
			]);
			return (result.rowCount ?? 0) > 0;
		},
		async purge(before) {
			const a = await q('DELETE FROM misses WHERE at < $1', [before]);
			const b = await q('DELETE FROM votes WHERE at < $1', [before]);
			return (a.rowCount ?? 0) + (b.rowCount ?? 0);
		},
		async close() {
			await pool.end();
		},
	};
}
