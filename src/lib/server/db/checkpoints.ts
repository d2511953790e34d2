import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** SQLite's own default: a commit that finds the log this long (in 4 kB pages) checkpoints it. */
const COMMIT_CHECKPOINT_PAGES = 1_000;
/** With a worker checkpointing, commits do it only past about 40 MB: a net, should the worker stop. */
const SAFETY_NET_PAGES = 10_000;

// The worker: its own connection to the same file, a passive checkpoint (it never blocks the app's
// writers) every interval, and a clean close when asked. A busy database is tried again next time.
const WORKER_SOURCE = `
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

export interface CheckpointOptions {
	/** How often the worker checkpoints; 250 ms keeps the log to a few MB under heavy writing. */
	intervalMs?: number;
	/** The worker failed; commits checkpoint again as SQLite does by default. */
	onError?(error: Error): void;
	/** Module path of the SQLite driver the worker loads (tests give a broken one). */
	driver?: string;
}

export interface Checkpointer {
	/** Stops the worker and waits until it has closed its connection. */
	stop(): Promise<void>;
}

/**
 * Copies the write-ahead log back into the database file from a worker thread. By default the
 * commit that pushes the log past 1,000 pages does that copy itself, with two fsyncs: it takes
 * milliseconds instead of tens of microseconds, and every live edit waiting for that commit to be
 * relayed waits with it. Under many documents' worth of typing that happens several times a second.
 */
export function checkpointInBackground(sqlite: SQLite.Database, file: string, options: CheckpointOptions = {}): Checkpointer {
	const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3');
	sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: options.intervalMs ?? 250 } });
	worker.unref();
	let stopping = false;
	const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
	worker.on('error', (error: Error) => {
		if (stopping) return;
		if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${COMMIT_CHECKPOINT_PAGES}`);
		options.onError?.(error);
	});
	return {
		async stop() {
			if (stopping) return exited;
			stopping = true;
			worker.postMessage('stop');
			const timeout = setTimeout(() => void worker.terminate(), 5_000);
			await exited;
			clearTimeout(timeout);
		}
	};
}
