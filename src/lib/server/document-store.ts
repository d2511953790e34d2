import { randomUUID } from 'node:crypto';
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
	/** The last log id the snapshot folded in (0 without one): every row up to it is final. */
	snapshotThrough: number;
	/** Each of `updates`' log id and when it was stored, in the same order. */
	logged: { id: number; createdAt: number }[];
}

/** What the store holds after a log id: for a room catching up with rows other processes wrote. */
export interface StoredSince {
	/** The snapshot, when a compaction folded rows after `afterId` into it (they are gone from the log). */
	snapshot: { throughId: number; data: Uint8Array } | null;
	/** Logged updates after `afterId` (and after the snapshot), oldest first. */
	updates: { id: number; data: Uint8Array; createdAt: number }[];
}

export interface LoggedUpdate {
	documentId: string;
	update: Uint8Array;
}

/** What one compaction folded into the snapshot. */
export interface Compaction {
	/** The newest update row folded in: the snapshot's new `through_id`. */
	throughId: number;
	/** How many update rows it folded in (and deleted). */
	rows: number;
	/** Bytes of those rows, and of the new snapshot. */
	rowBytes: number;
	snapshotBytes: number;
}

/**
 * Where live documents live. Rooms and access control only talk to this, so another backend
 * (Postgres for the log, Redis for fan-out) can replace SQLite without touching them.
 */
export interface DocumentStore {
	load(documentId: string): Promise<StoredDocument>;
	/** Appends updates (any documents) atomically, in order; returns their ids in the same order. */
	append(batch: readonly LoggedUpdate[]): Promise<number[]>;
	/**
	 * Folds what the store holds (the snapshot and every logged update with id <= `throughId`) into
	 * a new snapshot, built through a Y.Doc, and drops exactly the rows it folded in. Only the holder
	 * of the document's compaction lease does it: null when another process holds the lease, or
	 * there was nothing to fold. Never takes a state from the caller: a room's memory may lack rows
	 * another process appended.
	 */
	compact(documentId: string, throughId: number): Promise<Compaction | null>;
	/** The rows logged after `afterId`, and the snapshot if it has folded in rows after it; one moment. */
	loadSince(documentId: string, afterId: number): Promise<StoredSince>;
	close?(): Promise<void>;
}

/** Builds a document's state from what is stored: the snapshot, then the log, in one transaction. */
export function buildDocument(stored: Pick<StoredDocument, 'snapshot' | 'updates'>, doc = new Y.Doc()): Y.Doc {
	Y.transact(doc, () => {
		if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
		for (const update of stored.updates) Y.applyUpdate(doc, update);
	});
	return doc;
}

/**
 * Encodes a snapshot plus updates as one state, applied into a Y.Doc (never `mergeUpdates` over a
 * long log). The updates go in slices of about `sliceMs`, giving the event loop back in between:
 * a compaction runs beside live rooms, whose relays must not wait the whole fold.
 */
export async function foldUpdates(snapshot: Uint8Array | null, updates: readonly Uint8Array[], sliceMs = 2): Promise<Uint8Array> {
	const doc = new Y.Doc({ gc: true });
	try {
		if (snapshot) Y.applyUpdate(doc, snapshot);
		let next = 0;
		while (next < updates.length) {
			const until = performance.now() + sliceMs;
			Y.transact(doc, () => {
				do Y.applyUpdate(doc, updates[next++]);
				while (next < updates.length && performance.now() < until);
			});
			if (next < updates.length) await new Promise((resolve) => setImmediate(resolve));
		}
		return Y.encodeStateAsUpdate(doc);
	} finally {
		doc.destroy();
	}
}

// SQLite caps bound parameters per statement; three per row keeps a chunk well under it.
const ROWS_PER_INSERT = 300;

/** The update log and snapshots in the app's SQLite database (tables from migration 002). */
export class SqliteDocumentStore implements DocumentStore {
	private insertUpdate: Statement | undefined;
	/** This store's name on compaction leases: one per process (or per store in tests). */
	private readonly holder = randomUUID();

	constructor(
		private readonly db: DB,
		/** How long a compaction lease lasts; a process that dies holding one blocks others this long. */
		private readonly leaseMs = 30_000
	) {}

	async load(documentId: string): Promise<StoredDocument> {
		return loadStored(this.db, documentId);
	}

	async loadSince(documentId: string, afterId: number): Promise<StoredSince> {
		return loadSince(this.db, documentId, afterId);
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

	async compact(documentId: string, throughId: number): Promise<Compaction | null> {
		if (!(await takeLease(this.db, documentId, this.holder, this.leaseMs))) return null;
		try {
			// Read and fold outside any write transaction: building the state is the slow part, and the
			// update log's appends must not wait for it. Rows up to `throughId` never change once
			// written (SQLite hands out ids in commit order and AUTOINCREMENT never reuses one), so
			// the write below only has to check that no other compaction moved the snapshot meanwhile.
			const held = await readThrough(this.db, documentId, throughId);
			if (!held.rows.length) return null;
			const state = await foldUpdates(held.snapshot, held.rows.map((r) => r.data));
			const through = held.rows[held.rows.length - 1].id;
			const done = await this.replaceFolded(documentId, state, held.snapshotThrough, through);
			if (!done) return null;
			return { throughId: through, rows: held.rows.length, rowBytes: held.rows.reduce((n, r) => n + r.data.length, 0), snapshotBytes: state.length };
		} finally {
			await releaseLease(this.db, documentId, this.holder);
		}
	}

	/**
	 * Writes the new snapshot and deletes exactly the rows folded into it (those after the old
	 * snapshot, up to the newest one read), unless another compaction moved the snapshot meanwhile.
	 */
	private async replaceFolded(documentId: string, state: Uint8Array, fromId: number, throughId: number): Promise<boolean> {
		const now = Date.now();
		const current = this.db.selectFrom('document_snapshot').select('through_id').where('document_id', '=', documentId).compile();
		const upsert = this.db
			.insertInto('document_snapshot')
			.values({ document_id: documentId, data: state, through_id: throughId, updated_at: now })
			.onConflict((oc) => oc.column('document_id').doUpdateSet({ data: state, through_id: throughId, updated_at: now }))
			.compile();
		const drop = this.db.deleteFrom('document_update').where('document_id', '=', documentId).where('id', '>', fromId).where('id', '<=', throughId).compile();
		const moved = (row: { through_id: number } | undefined) => (row?.through_id ?? 0) !== fromId;
		// On SQLite's own connection the write runs to the end in one go (BEGIN IMMEDIATE, no await
		// inside), so the update log's appends never interleave with it or wait on a JavaScript turn.
		const sqlite = sqliteConnection(this.db);
		if (sqlite && !sqlite.inTransaction) {
			const run = sqlite.transaction(() => {
				if (moved(sqlite.prepare(current.sql).get(...current.parameters) as { through_id: number } | undefined)) return false;
				sqlite.prepare(upsert.sql).run(...upsert.parameters);
				sqlite.prepare(drop.sql).run(...drop.parameters);
				return true;
			});
			return run.immediate();
		}
		return this.db.transaction().execute(async (trx) => {
			if (moved((await trx.executeQuery(current)).rows[0])) return false;
			await trx.executeQuery(upsert);
			await trx.executeQuery(drop);
			return true;
		});
	}
}

function toBytes(data: Uint8Array): Uint8Array {
	// better-sqlite3 hands back Buffers; Yjs is happy with them, but keep one plain type.
	return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBufferLike);
}

/** The snapshot and the rows after it up to `throughId`, read in one statement (one moment). */
export async function readThrough(db: DB, documentId: string, throughId: number) {
	const through = db.selectFrom('document_snapshot').select('through_id').where('document_id', '=', documentId);
	const rows = await db
		.selectFrom('document_snapshot')
		.select([sql<number>`0`.as('part'), 'through_id as id', 'data', 'updated_at as created_at'])
		.where('document_id', '=', documentId)
		.unionAll((q) =>
			q
				.selectFrom('document_update')
				.select([sql<number>`1`.as('part'), 'id', 'data', 'created_at'])
				.where('document_id', '=', documentId)
				.where('id', '>', (eb) => eb.fn.coalesce(through, sql<number>`0`))
				.where('id', '<=', throughId)
		)
		.orderBy('id')
		.execute();
	const snapshot = rows[0]?.part === 0 ? rows.shift()! : null;
	return {
		snapshot: snapshot ? toBytes(snapshot.data) : null,
		snapshotThrough: Number(snapshot?.id ?? 0),
		rows: rows.map((r) => ({ id: Number(r.id), data: toBytes(r.data), createdAt: Number(r.created_at) }))
	};
}

/**
 * One conditional upsert: the lease is `holder`'s if nobody holds it or its holder's time ran out
 * (that process died mid-compaction). A second compaction by the same holder waits its turn too.
 */
export async function takeLease(db: DB, documentId: string, holder: string, leaseMs: number): Promise<boolean> {
	const now = Date.now();
	const taken = await db
		.insertInto('document_compaction_lease')
		.values({ document_id: documentId, holder, expires_at: now + leaseMs })
		.onConflict((oc) => oc.column('document_id').doUpdateSet({ holder, expires_at: now + leaseMs }).where('document_compaction_lease.expires_at', '<=', now))
		.returning('holder')
		.executeTakeFirst();
	return taken?.holder === holder;
}

export async function releaseLease(db: DB, documentId: string, holder: string): Promise<void> {
	await db.deleteFrom('document_compaction_lease').where('document_id', '=', documentId).where('holder', '=', holder).execute();
}

/**
 * One statement reads the snapshot and the tail after it, so it sees a single moment: a
 * compaction cannot fall between the two. The snapshot row sorts first: its id is its through_id,
 * and every update after it has a larger one.
 */
export async function loadStored(db: DB, documentId: string): Promise<StoredDocument> {
	const held = await readThrough(db, documentId, Number.MAX_SAFE_INTEGER);
	return {
		snapshot: held.snapshot,
		updates: held.rows.map((r) => r.data),
		lastId: held.rows.length ? held.rows[held.rows.length - 1].id : held.snapshotThrough,
		snapshotThrough: held.snapshotThrough,
		logged: held.rows.map((r) => ({ id: r.id, createdAt: r.createdAt }))
	};
}

/**
 * One statement, so a compaction cannot fall between the snapshot and the rows: the snapshot when
 * its through_id is past `afterId`, then every logged row past both.
 */
export async function loadSince(db: DB, documentId: string, afterId: number): Promise<StoredSince> {
	const through = db.selectFrom('document_snapshot').select('through_id').where('document_id', '=', documentId);
	const rows = await db
		.selectFrom('document_snapshot')
		.select([sql<number>`0`.as('part'), 'through_id as id', 'data', 'updated_at as created_at'])
		.where('document_id', '=', documentId)
		.where('through_id', '>', afterId)
		.unionAll((q) =>
			q
				.selectFrom('document_update')
				.select([sql<number>`1`.as('part'), 'id', 'data', 'created_at'])
				.where('document_id', '=', documentId)
				.where('id', '>', afterId)
				.where('id', '>', (eb) => eb.fn.coalesce(through, sql<number>`0`))
		)
		.orderBy('id')
		.execute();
	const snapshot = rows[0] && Number(rows[0].part) === 0 ? rows.shift()! : null;
	return {
		snapshot: snapshot ? { throughId: Number(snapshot.id), data: toBytes(snapshot.data) } : null,
		updates: rows.map((r) => ({ id: Number(r.id), data: toBytes(r.data), createdAt: Number(r.created_at) }))
	};
}
