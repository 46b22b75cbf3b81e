/**
 * The schema, as versioned migrations shared by both SQL backends. Each is applied once, in order, inside a
 * transaction, and recorded in schema_migrations; a database already at the latest version is left alone. Only
 * portable SQL here (SQLite and PostgreSQL): BIGINT milliseconds, TEXT JSON for lists.
 */
export interface Migration {
	version: number;
	name: string;
	statements: string[];
}

export const MIGRATIONS: Migration[] = [
	{
		version: 1,
		name: 'misses, votes, usage, settings',
		statements: [
			`CREATE TABLE misses (
				at BIGINT NOT NULL,
				text TEXT NOT NULL,
				kind TEXT NOT NULL,
				confidence REAL NOT NULL,
				closest TEXT NOT NULL,
				surface TEXT NOT NULL,
				guild_id TEXT,
				locale TEXT
			)`,
			'CREATE INDEX misses_at ON misses (at)',
			`CREATE TABLE votes (
				message_id TEXT NOT NULL,
				user_id TEXT NOT NULL,
				vote TEXT NOT NULL,
				fact_ids TEXT NOT NULL,
				question TEXT,
				guild_id TEXT,
				lang TEXT,
				reason TEXT,
				at BIGINT NOT NULL,
				PRIMARY KEY (message_id, user_id)
			)`,
			'CREATE INDEX votes_at ON votes (at)',
			`CREATE TABLE fact_usage (
				fact_id TEXT PRIMARY KEY,
				count BIGINT NOT NULL,
				last_at BIGINT NOT NULL
			)`,
			`CREATE TABLE guild_settings (
				guild_id TEXT PRIMARY KEY,
				data TEXT NOT NULL,
				updated_at BIGINT NOT NULL
			)`,
		],
	},
	{
		version: 2,
		name: 'daily digests claimed',
		statements: [
			`CREATE TABLE digests (
				guild_id TEXT NOT NULL,
				day TEXT NOT NULL,
				at BIGINT NOT NULL,
				PRIMARY KEY (guild_id, day)
			)`,
		],
	},
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
