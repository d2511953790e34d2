import { createRequire } from 'node:module';
import { Kysely, SqliteDialect, SqliteDriver, CompiledQuery } from 'kysely';
import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

// src/lib/server/db/checkpoints.ts
/** SQLite's own default: a commit that finds the log this long (in 4 kB pages) checkpoints it. */
var COMMIT_CHECKPOINT_PAGES = 1e3;
/** With a worker checkpointing, commits do it only past about 40 MB: a net, should the worker stop. */
var SAFETY_NET_PAGES = 1e4;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
	try {
		db.pragma('wal_checkpoint(PASSIVE)');
	} catch (error) {
		if (error.code !== 'SQLITE_BUSY' && error.code !== 'SQLITE_LOCKED') throw error;
	}
}, workerData.intervalMs);
parentPort.on('message', () => {
	clearInterval(timer);
	db.close();
	process.exit(0);
});
`;
/**
* Copies the write-ahead log back into the database file from a worker thread. By default the
* commit that pushes the log past 1,000 pages does that copy itself, with two fsyncs: it takes
* milliseconds instead of tens of microseconds, and every live edit waiting for that commit to be
* relayed waits with it. Under many documents' worth of typing that happens several times a second.
*/
function checkpointInBackground(sqlite, file, options = {}) {
	const driver = options.driver ?? createRequire(import.meta.url).resolve("better-sqlite3");
	sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			file,
			driver,
			intervalMs: options.intervalMs ?? 250
		}
	});
	worker.unref();
	let stopping = false;
	const exited = new Promise((resolve) => worker.once("exit", () => resolve()));
	worker.on("error", (error) => {
		if (stopping) return;
		if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${COMMIT_CHECKPOINT_PAGES}`);
		options.onError?.(error);
	});
	return { async stop() {
		if (stopping) return exited;
		stopping = true;
		worker.postMessage("stop");
		const timeout = setTimeout(() => void worker.terminate(), 5e3);
		await exited;
		clearTimeout(timeout);
	} };
}
// src/lib/server/db/index.ts
var connections = /* @__PURE__ */ new WeakMap();
/**
* Transactions begin with BEGIN IMMEDIATE, taking SQLite's write lock at once. With the default
* (deferred) BEGIN, a transaction that reads and then writes fails with "database is locked" when
* another process (a `seed:demo`, a backup script) wrote in between; this way the other process
* waits for the busy timeout instead, and so does this one.
*/
var PlaybookSqliteDriver = class extends SqliteDriver {
	checkpointer;
	constructor(settings, checkpointer) {
		super(settings);
		this.checkpointer = checkpointer;
	}
	async beginTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("begin immediate"));
	}
	/** The checkpoint worker closes its connection first, so closing ours folds the log into the file. */
	async destroy() {
		await this.checkpointer?.stop();
		await super.destroy();
	}
};
var PlaybookSqliteDialect = class extends SqliteDialect {
	settings;
	checkpointer;
	constructor(settings, checkpointer) {
		super(settings);
		this.settings = settings;
		this.checkpointer = checkpointer;
	}
	createDriver() {
		return new PlaybookSqliteDriver(this.settings, this.checkpointer);
	}
};
/** How many prepared statements a connection keeps for reuse (the app has a few hundred queries). */
var STATEMENT_CACHE_SIZE = 500;
/**
* Kysely prepares every query it runs; the same SQL text comes back again and again (a session
* check on every request and every live-document connection), so reuse the prepared statement.
* Safe because better-sqlite3 runs each statement to the end before returning (the app streams
* no query results, which would hold a statement open).
*/
function withStatementCache(sqlite) {
	const cache = /* @__PURE__ */ new Map();
	return {
		close: () => sqlite.close(),
		prepare(sql) {
			let statement = cache.get(sql);
			if (statement) cache.delete(sql);
			else {
				statement = sqlite.prepare(sql);
				if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value);
			}
			cache.set(sql, statement);
			return statement;
		}
	};
}
/** Opens the SQLite file with WAL, foreign keys and a busy timeout. */
function openDatabase(file, options = {}) {
	const sqlite = new SQLite(file);
	sqlite.pragma("journal_mode = WAL");
	sqlite.pragma("foreign_keys = ON");
	sqlite.pragma("busy_timeout = 5000");
	sqlite.pragma("synchronous = NORMAL");
	const checkpointer = options.backgroundCheckpoints ? checkpointInBackground(sqlite, file, options.backgroundCheckpoints) : null;
	const db = new Kysely({ dialect: new PlaybookSqliteDialect({ database: withStatementCache(sqlite) }, checkpointer) });
	connections.set(db, sqlite);
	return db;
}
/**
* The better-sqlite3 connection under `db`, for the one hot path that runs a prepared statement
* directly (the live-document update log). Use it only when `inTransaction` is false: Kysely
* transactions on the same connection may be open across an await.
*/
function sqliteConnection(db) {
	return connections.get(db);
}
function databaseFile(dataDir) {
	return join(dataDir, "playbook.sqlite");
}

export { databaseFile as d, openDatabase as o, sqliteConnection as s };
//# sourceMappingURL=db.js-CZ3aFlsq.js.map
