import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from './db/index';
import { foldUpdates, loadSince, loadStored, readThrough, releaseLease, takeLease, type Compaction, type DocumentStore, type LoggedUpdate, type StoredDocument, type StoredSince } from './document-store';

// Three parameters per row; PostgreSQL allows 65,535 in a statement.
const ROWS_PER_INSERT = 1_000;

/** The update log and snapshots on PostgreSQL (the same tables, from the same migrations). */
export class PostgresDocumentStore implements DocumentStore {
	private readonly holder = randomUUID();

	constructor(
		private readonly db: DB,
		private readonly leaseMs = 30_000
	) {}

	load(documentId: string): Promise<StoredDocument> {
		return loadStored(this.db, documentId);
	}

	loadSince(documentId: string, afterId: number): Promise<StoredSince> {
		return loadSince(this.db, documentId, afterId);
	}

	async append(batch: readonly LoggedUpdate[]): Promise<number[]> {
		if (!batch.length) return [];
		const now = Date.now();
		const write = async (db: Pick<DB, 'insertInto'>) => {
			const ids: number[] = [];
			for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
				const rows = batch.slice(i, i + ROWS_PER_INSERT).map((u) => ({ document_id: u.documentId, data: u.update, created_at: now }));
				const inserted = await db.insertInto('document_update').values(rows).returning('id').execute();
				for (const r of inserted) ids.push(r.id);
			}
			return ids;
		};
		return batch.length <= ROWS_PER_INSERT ? write(this.db) : this.db.transaction().execute(write);
	}

	async compact(documentId: string, throughId: number): Promise<Compaction | null> {
		if (!(await takeLease(this.db, documentId, this.holder, this.leaseMs))) return null;
		try {
			// Ids come from a sequence, so a row with a smaller id than one already committed may still
			// be in flight in another transaction. Waiting once for every insert under way (a SHARE lock
			// conflicts with them, and is let go at once) makes every row up to `throughId` final.
			await this.db.transaction().execute((trx) => sql`lock table document_update in share mode`.execute(trx));
			const held = await readThrough(this.db, documentId, throughId);
			if (!held.rows.length) return null;
			const state = await foldUpdates(held.snapshot, held.rows.map((r) => r.data));
			const through = held.rows[held.rows.length - 1].id;
			const now = Date.now();
			const done = await this.db.transaction().execute(async (trx) => {
				// Replaces the snapshot only if it is still the one folded from; a concurrent compaction
				// that got there first leaves nothing returned, and nothing is deleted.
				const replaced = await trx
					.insertInto('document_snapshot')
					.values({ document_id: documentId, data: state, through_id: through, updated_at: now })
					.onConflict((oc) =>
						oc
							.column('document_id')
							.doUpdateSet({ data: state, through_id: through, updated_at: now })
							.where('document_snapshot.through_id', '=', held.snapshotThrough)
					)
					.returning('document_id')
					.executeTakeFirst();
				if (!replaced) return false;
				await trx.deleteFrom('document_update').where('document_id', '=', documentId).where('id', '>', held.snapshotThrough).where('id', '<=', through).execute();
				return true;
			});
			if (!done) return null;
			return { throughId: through, rows: held.rows.length, rowBytes: held.rows.reduce((n, r) => n + r.data.length, 0), snapshotBytes: state.length };
		} finally {
			await releaseLease(this.db, documentId, this.holder);
		}
	}
}
