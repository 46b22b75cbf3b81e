/**
 * The storage backends the suites run against: SQLite always (a temporary file), PostgreSQL when
 * TEST_DATABASE_URL is set (.ci/run sets it), each test in a schema of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../../src/storage/postgres.js';
import { openSqlite } from '../../src/storage/sqlite.js';
import type { Storage } from '../../src/storage/types.js';

export interface Backend {
	name: 'sqlite' | 'postgres';
	/** A fresh, empty store; `again` reopens the same one (a restart). */
	create(): Promise<{ storage: Storage; again: () => Promise<Storage>; cleanup: () => Promise<void> }>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

export const sqlite: Backend = {
	name: 'sqlite',
	async create() {
		const dir = mkdtempSync(join(tmpdir(), 'gsomia-db-'));
		const path = join(dir, 'nested', 'gsomia.sqlite');
		return {
			storage: openSqlite(path),
			again: async () => openSqlite(path),
			cleanup: async () => rmSync(dir, { recursive: true, force: true }),
		};
	},
};

/** A schema name of its own for one test. */
export function testSchema(): string {
	return `test_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
	const pg = await import('pg');
	const client = new pg.default.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
	} finally {
		await client.end();
	}
}

export const postgres: Backend = {
	name: 'postgres',
	async create() {
		const url = TEST_DATABASE_URL as string;
		const schema = testSchema();
		return {
			storage: await openPostgres({ url, schema }),
			again: () => openPostgres({ url, schema }),
			cleanup: () => dropSchema(url, schema),
		};
	},
};

export const BACKENDS: Backend[] = TEST_DATABASE_URL ? [sqlite, postgres] : [sqlite];
