import { readConfig, type Config } from './config';
import { databaseFile, openDatabase, type DB } from './db/index';
import { migrateToLatest } from './db/migrate';
import { openPostgres } from './db/postgres';
import { createLogger, type Logger } from './log';
import { createThrottles, type Throttles } from './auth/throttle';
import { createMailer, type Mailer } from './mail';
import { connectRedis } from './redis';
import type { Redis } from 'ioredis';

/** What every request and every live-document room shares in one process. */
export interface AppContext {
	config: Config;
	db: DB;
	log: Logger;
	throttles: Throttles;
	mailer: Mailer;
	/** Set with REDIS_URL: where limits shared by every process are counted. */
	redis?: Redis;
}

// One context per process, found through globalThis so that SvelteKit's bundle, the Node entry
// and the Vite dev server all share it, whichever loaded this module first.
const KEY = Symbol.for('playbook.app');
type Holder = { [KEY]?: Promise<AppContext> };

export async function createAppContext(config: Config = readConfig()): Promise<AppContext> {
	const log = createLogger(config.logLevel);
	const db = config.databaseUrl
		? openPostgres(config.databaseUrl)
		: openDatabase(databaseFile(config.dataDir), {
				backgroundCheckpoints: { onError: (error) => log.warn({ err: error }, 'database: checkpoint worker failed; commits checkpoint instead') }
			});
	await migrateToLatest(db);
	const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : undefined;
	return { config, db, log, redis, throttles: createThrottles(redis), mailer: createMailer(config, log) };
}

/** The process's context, created (and migrated) on first use. */
export function appContext(): Promise<AppContext> {
	const holder = globalThis as Holder;
	holder[KEY] ??= createAppContext();
	return holder[KEY];
}

/** Installs a context made elsewhere (the Node entry, tests) as the process's own. */
export function useAppContext(context: AppContext): void {
	(globalThis as Holder)[KEY] = Promise.resolve(context);
}
