import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';
import type { Database } from './schema';
import { checkpointInBackground, type Checkpointer } from './checkpoints';

export type DB = Kysely<Database>;

const connections = new WeakMap<DB, SQLite.Database>();

/**
 * Transactions begin with BEGIN IMMEDIATE, taking SQLite's write lock at once. With the default
 * (deferred) BEGIN, a transaction that reads and then writes fails with "database is locked" when
 * another process (a `seed:demo`, a backup script) wrote in between; this way the other process
 * waits for the busy timeout instead, and so does this one.
 */
class PlaybookSqliteDriver extends SqliteDriver {
	constructor(
		settings: SqliteDialectConfig,
		private readonly checkpointer: Checkpointer | null
	) {
		super(settings);
	}

	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}

	/** The checkpoint worker closes its connection first, so closing ours folds the log into the file. */
	override async destroy(): Promise<void> {
		await this.checkpointer?.stop();
		await super.destroy();
	}
}

class PlaybookSqliteDialect extends SqliteDialect {
	constructor(
		private readonly settings: SqliteDialectConfig,
		private readonly checkpointer: Checkpointer | null
	) {
		super(settings);
	}

	override createDriver(): Driver {
		return new PlaybookSqliteDriver(this.settings, this.checkpointer);
	}
}

/** How many prepared statements a connection keeps for reuse (the app has a few hundred queries). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query it runs; the same SQL text comes back again and again (a session
 * check on every request and every live-document connection), so reuse the prepared statement.
 * Safe because better-sqlite3 runs each statement to the end before returning (the app streams
 * no query results, which would hold a statement open).
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
	const cache = new Map<string, SQLite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(sql: string) {
			let statement = cache.get(sql);
			if (statement) {
				cache.delete(sql);
			} else {
				statement = sqlite.prepare(sql);
				if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
			}
			cache.set(sql, statement);
			return statement;
		}
	};
}

export interface DatabaseOptions {
	/**
	 * Checkpoint the write-ahead log from a worker thread, not inside commits (see checkpoints.ts).
	 * The app does; one-off scripts and most tests need not. Called if the worker fails.
	 */
	backgroundCheckpoints?: { onError(error: Error): void };
}

/** Opens the SQLite file with WAL, foreign keys and a busy timeout. */
export function openDatabase(file: string, options: DatabaseOptions = {}): DB {
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const checkpointer = options.backgroundCheckpoints ? checkpointInBackground(sqlite, file, options.backgroundCheckpoints) : null;
	const db = new Kysely<Database>({ dialect: new PlaybookSqliteDialect({ database: withStatementCache(sqlite) }, checkpointer) });
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
