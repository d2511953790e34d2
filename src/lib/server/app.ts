import { readConfig, type Config } from './config';
import { databaseFile, openDatabase, type DB } from './db/index';
import { migrateToLatest } from './db/migrate';
import { openPostgres } from './db/postgres';
import { createLogger, type Logger } from './log';
import { createThrottles, type Throttles } from './auth/throttle';
import { createMailer, type Mailer } from './mail';

/** What every request and every live-document room shares in one process. */
export interface AppContext {
	config: Config;
	db: DB;
	log: Logger;
	throttles: Throttles;
	mailer: Mailer;
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
	return { config, db, log, throttles: createThrottles(), mailer: createMailer(config, log) };
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
