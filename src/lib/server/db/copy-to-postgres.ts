import { sql } from 'kysely';
import type { DB } from './index';
import { loadStored } from '../document-store';

const ROWS_PER_BATCH = 500;

export interface CopiedTable {
	table: string;
	rows: number;
}

export interface CopyReport {
	tables: CopiedTable[];
	/** Documents whose stored snapshot and log were read back from both and compared byte for byte. */
	documentsCompared: number;
}

/** The app's tables in the order SQLite created them (so a table comes after those it refers to). */
async function appTables(sqlite: DB): Promise<string[]> {
	const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by rowid`.execute(sqlite);
	return rows.map((r) => r.name);
}

/**
 * Copies every table of a SQLite instance into a migrated, empty PostgreSQL database, then checks
 * it: the row count of every table, and the stored state of up to `sample` documents, which must
 * load byte-equal from both. Throws (and says why) on the first difference.
 */
export async function copySqliteToPostgres(sqlite: DB, pg: DB, options: { sample?: number } = {}): Promise<CopyReport> {
	const tables = await appTables(sqlite);
	// A fresh instance has no accounts and no documents; what its migrations seeded is replaced.
	for (const table of ['user', 'document']) {
		const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(pg);
		if (Number(rows[0].n) > 0) throw new Error(`PostgreSQL table ${table} is not empty: copy into a new database`);
	}
	const copied: CopiedTable[] = [];
	await pg.transaction().execute(async (trx) => {
		// Rows go in as they are, ids included; foreign keys are checked by the counts below instead
		// of row by row (a table may refer to itself, and its rows need not come in that order).
		await sql`set local session_replication_role = replica`.execute(trx);
		for (const table of [...tables].reverse()) await trx.deleteFrom(table as never).execute();
		for (const table of tables) {
			let rows = 0;
			for (let offset = 0; ; offset += ROWS_PER_BATCH) {
				const { rows: batch } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by rowid limit ${ROWS_PER_BATCH} offset ${offset}`.execute(sqlite);
				if (!batch.length) break;
				// Table names come from SQLite's catalogue, not from the typed schema.
				await trx.insertInto(table as never).values(batch as never).execute();
				rows += batch.length;
			}
			copied.push({ table, rows });
		}
		// Identity columns go on from the largest copied id, not from 1.
		const { rows: serials } = await sql<{ table_name: string; column_name: string }>`
			select table_name, column_name from information_schema.columns
			where table_schema = current_schema() and column_default like 'nextval(%'`.execute(trx);
		for (const { table_name, column_name } of serials) {
			await sql`select setval(pg_get_serial_sequence(${table_name}, ${column_name}), coalesce((select max(${sql.ref(column_name)}) from ${sql.table(table_name)}), 0) + 1, false)`.execute(trx);
		}
	});
	for (const { table, rows } of copied) {
		const { rows: counted } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(pg);
		if (Number(counted[0].n) !== rows) throw new Error(`table ${table}: ${rows} rows in SQLite, ${counted[0].n} in PostgreSQL`);
	}
	const sample = await sqlite.selectFrom('document').select('id').orderBy(sql`random()`).limit(options.sample ?? 50).execute();
	for (const { id } of sample) {
		const [from, to] = [await loadStored(sqlite, id), await loadStored(pg, id)];
		const same = from.lastId === to.lastId && equalBytes(from.snapshot, to.snapshot) && from.updates.length === to.updates.length && from.updates.every((u, i) => equalBytes(u, to.updates[i]));
		if (!same) throw new Error(`document ${id} does not load the same from PostgreSQL`);
	}
	return { tables: copied, documentsCompared: sample.length };
}

function equalBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
	if (!a || !b) return a === b;
	return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
