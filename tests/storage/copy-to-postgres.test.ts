import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { copySqliteToPostgres } from '../../src/lib/server/db/copy-to-postgres';
import { PostgresDocumentStore } from '../../src/lib/server/document-store-postgres';
import { buildDocument, loadStored, SqliteDocumentStore } from '../../src/lib/server/document-store';
import { openContext, removeDir, tempDataDir, world } from '../collab/helpers';
import { createDatabase, postgresForSuite } from './postgres-server';

const server = postgresForSuite();

afterAll(async () => {
	await server?.stop();
});

// Runs where PostgreSQL is (POSTGRES_URL, or Debian's installed): a server of the suite's own.
if (server) describe('moving a SQLite instance to PostgreSQL', () => {
	it('copies every table, the counts match, documents load byte-equal, and new ids go on from the copied ones', async () => {
		const dir = tempDataDir();
		const context = await openContext(dir);
		const { document } = await world(context);
		const store = new SqliteDocumentStore(context.db);
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		for (let i = 0; i < 30; i++) doc.getText('body').insert(0, `w${i} `);
		const ids = await store.append(updates.map((update) => ({ documentId: document.id, update })));
		await store.compact(document.id, ids[19]);
		const expected = doc.getText('body').toString();

		const pg = openPostgres(await createDatabase(await server!.url()), { max: 2 });
		try {
			await migrateToLatest(pg);
			const report = await copySqliteToPostgres(context.db, pg);
			const counts = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
			const logged = await context.db.selectFrom('document_update').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
			expect(counts).toMatchObject({ user: 1, team: 1, document_snapshot: 1, document_update: Number(logged.n) });
			expect(Number(logged.n)).toBeGreaterThanOrEqual(10);
			expect(report.documentsCompared).toBeGreaterThan(0);
			const loaded = buildDocument(await loadStored(pg, document.id));
			expect(loaded.getText('body').toString()).toBe(expected);
			loaded.destroy();
			// The update log's identity goes on after the copied rows.
			const [next] = await new PostgresDocumentStore(pg).append([{ documentId: document.id, update: updates[0] }]);
			expect(next).toBeGreaterThan(ids[ids.length - 1]);
			// A second copy into a database that now holds rows is refused.
			await expect(copySqliteToPostgres(context.db, pg)).rejects.toThrow(/not empty/);
		} finally {
			await pg.destroy();
			await context.db.destroy();
			removeDir(dir);
		}
	});
});
