import { readConfig } from '../src/lib/server/config';
import { databaseFile, openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { openPostgres } from '../src/lib/server/db/postgres';

/** `npm run migrate`: applies pending migrations to DATABASE_URL's database, or the data directory's. */
const config = readConfig();
const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(databaseFile(config.dataDir));
const result = await migrateToLatest(db);
for (const r of result.results ?? []) console.log(`${r.status}: ${r.migrationName}`);
if (!result.results?.length) console.log('Database is up to date.');
await db.destroy();
