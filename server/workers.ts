import cluster from 'node:cluster';
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import { readConfig } from '../src/lib/server/config';
import { databaseFile, openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { openPostgres } from '../src/lib/server/db/postgres';

/** How many app processes `WORKERS=N npm start` runs on one port; 1 (the default) is the app itself, no cluster. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
	const n = Number(env.WORKERS ?? 1);
	return Number.isInteger(n) && n > 1 ? Math.min(n, 64) : 1;
}

/**
 * The primary of `WORKERS=N`: migrates the database once, then forks N app processes that share
 * the port (node:cluster hands each new connection to one of them), starts a new one when one
 * dies, and on SIGTERM or SIGINT lets every worker shut down gracefully before it exits.
 * Workers tell each other of every stored edit through Redis (REDIS_URL); without it they read
 * each other's edits from the log every second, and presence stays per process.
 */
export async function runPrimary(count: number, log: Logger): Promise<void> {
	const config = readConfig();
	if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
	const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(databaseFile(config.dataDir));
	await migrateToLatest(db);
	await db.destroy();

	const env: Record<string, string> = {};
	if (!config.redisUrl && !process.env.COLLAB_POLL_MS) {
		env.COLLAB_POLL_MS = '1000';
		log.warn({ workers: count }, 'WORKERS without REDIS_URL: edits cross processes within a second through the log, but presence stays per process');
	}
	let stopping = false;
	const fork = () => cluster.fork(env);
	for (let i = 0; i < count; i++) fork();
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		log.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
		fork();
	});
	log.info({ workers: count, port: config.port }, 'playbook primary started its workers');

	const stop = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		log.info({ signal }, 'shutting down the workers');
		const workers = Object.values(cluster.workers ?? {});
		if (!workers.length) process.exit(0);
		for (const worker of workers) worker?.process.kill('SIGTERM');
		// A little longer than each worker gives itself, so that a stuck one reports why.
		setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 2_000).unref();
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
}
