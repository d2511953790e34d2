import { readConfig } from '../src/lib/server/config';
import { databaseFile, openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';

/** `npm run migrate`: applies pending migrations to the data directory's database. */
const config = readConfig();
const db = openDatabase(databaseFile(config.dataDir));
const result = await migrateToLatest(db);
for (const r of result.results ?? []) console.log(`${r.status}: ${r.migrationName}`);
if (!result.results?.length) console.log('Database is up to date.');
await db.destroy();
