import { existsSync } from 'node:fs';
import { readConfig } from '../src/lib/server/config';
import { databaseFile, openDatabase } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { openPostgres } from '../src/lib/server/db/postgres';
import { copySqliteToPostgres } from '../src/lib/server/db/copy-to-postgres';

/**
 * `npm run db:copy-to-postgres`: copies the SQLite database in DATA_DIR into the new, empty
 * PostgreSQL database at DATABASE_URL (migrating both first), then checks row counts and a sample
 * of documents. Stop the app first; start it again with DATABASE_URL set.
 */
const config = readConfig();
if (!config.databaseUrl) throw new Error('set DATABASE_URL to the PostgreSQL database to copy into');
const file = databaseFile(config.dataDir);
if (!existsSync(file)) throw new Error(`no SQLite database at ${file} (set DATA_DIR)`);
const sqlite = openDatabase(file);
const pg = openPostgres(config.databaseUrl);
try {
	await migrateToLatest(sqlite);
	await migrateToLatest(pg);
	const report = await copySqliteToPostgres(sqlite, pg);
	for (const { table, rows } of report.tables) console.log(`${table}: ${rows} rows`);
	console.log(`Row counts match; ${report.documentsCompared} documents load byte-equal from both.`);
} finally {
	await sqlite.destroy();
	await pg.destroy();
}
