import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type DB = Kysely<Database>;

const connections = new WeakMap<DB, SQLite.Database>();

/** Opens the SQLite file with WAL, foreign keys and a busy timeout. */
export function openDatabase(file: string): DB {
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
	connections.set(db, sqlite);
	return db;
}

/**
 * The better-sqlite3 connection under `db`, for the one hot path that runs a prepared statement
 * directly (the live-document update log). Use it only when `inTransaction` is false: Kysely
 * transactions on the same connection may be open across an await.
 */
export function sqliteConnection(db: DB): SQLite.Database | undefined {
	return connections.get(db);
}

export function databaseFile(dataDir: string): string {
	return join(dataDir, 'playbook.sqlite');
}
