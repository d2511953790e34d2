import * as Y from 'yjs';
import type { Statement } from 'better-sqlite3';
import { sql } from 'kysely';
import { sqliteConnection, type DB } from './db/index';

/** What storage holds for one document: a compacted state and the updates logged after it. */
export interface StoredDocument {
	snapshot: Uint8Array | null;
	/** Updates after the snapshot, oldest first. */
	updates: Uint8Array[];
	/** Id of the newest stored update (or the snapshot's last merged one); 0 when nothing is stored. */
	lastId: number;
}

export interface LoggedUpdate {
	documentId: string;
	update: Uint8Array;
}

/**
 * Where live documents live. Rooms and access control only talk to this, so another backend
 * (Postgres for the log, Redis for fan-out) can replace SQLite without touching them.
 */
export interface DocumentStore {
	load(documentId: string): Promise<StoredDocument>;
	/** Appends updates (any documents) atomically, in order; returns their ids in the same order. */
	append(batch: readonly LoggedUpdate[]): Promise<number[]>;
	/** Replaces the snapshot with `state` and drops every logged update with id <= `throughId`. */
	compact(documentId: string, state: Uint8Array, throughId: number): Promise<void>;
	close?(): Promise<void>;
}

/** Builds a document's state from what is stored: the snapshot, then the log, in one transaction. */
export function buildDocument(stored: StoredDocument, doc = new Y.Doc()): Y.Doc {
	Y.transact(doc, () => {
		if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
		for (const update of stored.updates) Y.applyUpdate(doc, update);
	});
	return doc;
}

/** Compacts a document from storage alone (no live room): snapshot + log applied into a Y.Doc. */
export async function compactFromLog(store: DocumentStore, documentId: string): Promise<void> {
	const stored = await store.load(documentId);
	if (!stored.updates.length) return;
	const doc = buildDocument(stored);
	try {
		await store.compact(documentId, Y.encodeStateAsUpdate(doc), stored.lastId);
	} finally {
		doc.destroy();
	}
}

// SQLite caps bound parameters per statement; three per row keeps a chunk well under it.
const ROWS_PER_INSERT = 300;

/** The update log and snapshots in the app's SQLite database (tables from migration 002). */
export class SqliteDocumentStore implements DocumentStore {
	private insertUpdate: Statement | undefined;

	constructor(private readonly db: DB) {}

	async load(documentId: string): Promise<StoredDocument> {
		// One statement reads the snapshot and the tail after it, so it sees a single moment: a
		// compaction cannot fall between the two. The snapshot row (part 0) sorts first: its id is
		// its through_id, and every update after it has a larger one.
		const through = this.db
			.selectFrom('document_snapshot')
			.select('through_id')
			.where('document_id', '=', documentId);
		const rows = await this.db
			.selectFrom('document_snapshot')
			.select([sql<number>`0`.as('part'), 'through_id as id', 'data'])
			.where('document_id', '=', documentId)
			.unionAll((db) =>
				db
					.selectFrom('document_update')
					.select([sql<number>`1`.as('part'), 'id', 'data'])
					.where('document_id', '=', documentId)
					.where('id', '>', (eb) => eb.fn.coalesce(through, sql<number>`0`))
			)
			.orderBy('id')
			.execute();
		const snapshot = rows[0]?.part === 0 ? rows.shift()! : null;
		return {
			snapshot: snapshot ? toBytes(snapshot.data) : null,
			updates: rows.map((r) => toBytes(r.data)),
			lastId: rows.length ? rows[rows.length - 1].id : (snapshot?.id ?? 0)
		};
	}

	async append(batch: readonly LoggedUpdate[]): Promise<number[]> {
		if (!batch.length) return [];
		const now = Date.now();
		// Every accepted keystroke passes here before it is relayed: a prepared statement keeps that
		// short. Inside someone's open transaction it would join (and share the fate of) that
		// transaction, so then the write queues behind it through Kysely instead.
		const sqlite = sqliteConnection(this.db);
		if (sqlite && !sqlite.inTransaction) {
			this.insertUpdate ??= sqlite.prepare('INSERT INTO document_update (document_id, data, created_at) VALUES (?, ?, ?)');
			const insert = this.insertUpdate;
			const write = () => batch.map((u) => Number(insert.run(u.documentId, u.update, now).lastInsertRowid));
			return batch.length === 1 ? write() : sqlite.transaction(write)();
		}
		const write = async (db: Pick<DB, 'insertInto'>) => {
			const ids: number[] = [];
			for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
				const rows = batch.slice(i, i + ROWS_PER_INSERT).map((u) => ({ document_id: u.documentId, data: u.update, created_at: now }));
				const inserted = await db.insertInto('document_update').values(rows).returning('id').execute();
				for (const r of inserted) ids.push(r.id);
			}
			return ids;
		};
		// A single INSERT is atomic already; larger batches need a transaction.
		return batch.length <= ROWS_PER_INSERT ? write(this.db) : this.db.transaction().execute(write);
	}

	async compact(documentId: string, state: Uint8Array, throughId: number): Promise<void> {
		await this.db.transaction().execute(async (trx) => {
			const current = await trx.selectFrom('document_snapshot').select('through_id').where('document_id', '=', documentId).executeTakeFirst();
			// A newer compaction already covered more of the log; this state may be older than it.
			if (current && current.through_id >= throughId) return;
			await trx
				.insertInto('document_snapshot')
				.values({ document_id: documentId, data: state, through_id: throughId, updated_at: Date.now() })
				.onConflict((oc) => oc.column('document_id').doUpdateSet({ data: state, through_id: throughId, updated_at: Date.now() }))
				.execute();
			await trx.deleteFrom('document_update').where('document_id', '=', documentId).where('id', '<=', throughId).execute();
		});
	}
}

function toBytes(data: Uint8Array): Uint8Array {
	// better-sqlite3 hands back Buffers; Yjs is happy with them, but keep one plain type.
	return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBufferLike);
}
