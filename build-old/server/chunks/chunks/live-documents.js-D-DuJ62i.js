import { s as sqliteConnection } from './db.js-CZ3aFlsq.js';
import { sql } from 'kysely';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';

// src/lib/server/document-store.ts
/** Builds a document's state from what is stored: the snapshot, then the log, in one transaction. */
function buildDocument(stored, doc = new Y.Doc()) {
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
async function foldUpdates(snapshot, updates, sliceMs = 2) {
	const doc = new Y.Doc({ gc: true });
	try {
		if (snapshot) Y.applyUpdate(doc, snapshot);
		let next = 0;
		while (next < updates.length) {
			const until = performance.now() + sliceMs;
			Y.transact(doc, () => {
				do
					Y.applyUpdate(doc, updates[next++]);
				while (next < updates.length && performance.now() < until);
			});
			if (next < updates.length) await new Promise((resolve) => setImmediate(resolve));
		}
		return Y.encodeStateAsUpdate(doc);
	} finally {
		doc.destroy();
	}
}
var ROWS_PER_INSERT = 300;
/** The update log and snapshots in the app's SQLite database (tables from migration 002). */
var SqliteDocumentStore = class {
	db;
	leaseMs;
	insertUpdate;
	/** This store's name on compaction leases: one per process (or per store in tests). */
	holder = randomUUID();
	constructor(db, leaseMs = 3e4) {
		this.db = db;
		this.leaseMs = leaseMs;
	}
	async load(documentId) {
		return loadStored(this.db, documentId);
	}
	async loadSince(documentId, afterId) {
		return loadSince(this.db, documentId, afterId);
	}
	async append(batch) {
		if (!batch.length) return [];
		const now = Date.now();
		const sqlite = sqliteConnection(this.db);
		if (sqlite && !sqlite.inTransaction) {
			this.insertUpdate ??= sqlite.prepare("INSERT INTO document_update (document_id, data, created_at) VALUES (?, ?, ?)");
			const insert = this.insertUpdate;
			const write = () => batch.map((u) => Number(insert.run(u.documentId, u.update, now).lastInsertRowid));
			return batch.length === 1 ? write() : sqlite.transaction(write)();
		}
		const write = async (db) => {
			const ids = [];
			for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
				const rows = batch.slice(i, i + ROWS_PER_INSERT).map((u) => ({
					document_id: u.documentId,
					data: u.update,
					created_at: now
				}));
				const inserted = await db.insertInto("document_update").values(rows).returning("id").execute();
				for (const r of inserted) ids.push(r.id);
			}
			return ids;
		};
		return batch.length <= ROWS_PER_INSERT ? write(this.db) : this.db.transaction().execute(write);
	}
	async compact(documentId, throughId) {
		if (!await takeLease(this.db, documentId, this.holder, this.leaseMs)) return null;
		try {
			const held = await readThrough(this.db, documentId, throughId);
			if (!held.rows.length) return null;
			const state = await foldUpdates(held.snapshot, held.rows.map((r) => r.data));
			const through = held.rows[held.rows.length - 1].id;
			if (!await this.replaceFolded(documentId, state, held.snapshotThrough, through)) return null;
			return {
				throughId: through,
				rows: held.rows.length,
				rowBytes: held.rows.reduce((n, r) => n + r.data.length, 0),
				snapshotBytes: state.length
			};
		} finally {
			await releaseLease(this.db, documentId, this.holder);
		}
	}
	/**
	* Writes the new snapshot and deletes exactly the rows folded into it (those after the old
	* snapshot, up to the newest one read), unless another compaction moved the snapshot meanwhile.
	*/
	async replaceFolded(documentId, state, fromId, throughId) {
		const now = Date.now();
		const current = this.db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId).compile();
		const upsert = this.db.insertInto("document_snapshot").values({
			document_id: documentId,
			data: state,
			through_id: throughId,
			updated_at: now
		}).onConflict((oc) => oc.column("document_id").doUpdateSet({
			data: state,
			through_id: throughId,
			updated_at: now
		})).compile();
		const drop = this.db.deleteFrom("document_update").where("document_id", "=", documentId).where("id", ">", fromId).where("id", "<=", throughId).compile();
		const moved = (row) => (row?.through_id ?? 0) !== fromId;
		const sqlite = sqliteConnection(this.db);
		if (sqlite && !sqlite.inTransaction) return sqlite.transaction(() => {
			if (moved(sqlite.prepare(current.sql).get(...current.parameters))) return false;
			sqlite.prepare(upsert.sql).run(...upsert.parameters);
			sqlite.prepare(drop.sql).run(...drop.parameters);
			return true;
		}).immediate();
		return this.db.transaction().execute(async (trx) => {
			if (moved((await trx.executeQuery(current)).rows[0])) return false;
			await trx.executeQuery(upsert);
			await trx.executeQuery(drop);
			return true;
		});
	}
};
function toBytes(data) {
	return data instanceof Uint8Array ? data : new Uint8Array(data);
}
/** The snapshot and the rows after it up to `throughId`, read in one statement (one moment). */
async function readThrough(db, documentId, throughId) {
	const through = db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId);
	const rows = await db.selectFrom("document_snapshot").select([
		sql`0`.as("part"),
		"through_id as id",
		"data"
	]).where("document_id", "=", documentId).unionAll((q) => q.selectFrom("document_update").select([
		sql`1`.as("part"),
		"id",
		"data"
	]).where("document_id", "=", documentId).where("id", ">", (eb) => eb.fn.coalesce(through, sql`0`)).where("id", "<=", throughId)).orderBy("id").execute();
	const snapshot = rows[0]?.part === 0 ? rows.shift() : null;
	return {
		snapshot: snapshot ? toBytes(snapshot.data) : null,
		snapshotThrough: snapshot?.id ?? 0,
		rows: rows.map((r) => ({
			id: r.id,
			data: toBytes(r.data)
		}))
	};
}
/**
* One conditional upsert: the lease is `holder`'s if nobody holds it or its holder's time ran out
* (that process died mid-compaction). A second compaction by the same holder waits its turn too.
*/
async function takeLease(db, documentId, holder, leaseMs) {
	const now = Date.now();
	return (await db.insertInto("document_compaction_lease").values({
		document_id: documentId,
		holder,
		expires_at: now + leaseMs
	}).onConflict((oc) => oc.column("document_id").doUpdateSet({
		holder,
		expires_at: now + leaseMs
	}).where("document_compaction_lease.expires_at", "<=", now)).returning("holder").executeTakeFirst())?.holder === holder;
}
async function releaseLease(db, documentId, holder) {
	await db.deleteFrom("document_compaction_lease").where("document_id", "=", documentId).where("holder", "=", holder).execute();
}
/**
* One statement reads the snapshot and the tail after it, so it sees a single moment: a
* compaction cannot fall between the two. The snapshot row sorts first: its id is its through_id,
* and every update after it has a larger one.
*/
async function loadStored(db, documentId) {
	const held = await readThrough(db, documentId, Number.MAX_SAFE_INTEGER);
	return {
		snapshot: held.snapshot,
		updates: held.rows.map((r) => r.data),
		lastId: held.rows.length ? held.rows[held.rows.length - 1].id : held.snapshotThrough
	};
}
/**
* One statement, so a compaction cannot fall between the snapshot and the rows: the snapshot when
* its through_id is past `afterId`, then every logged row past both.
*/
async function loadSince(db, documentId, afterId) {
	const through = db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId);
	const rows = await db.selectFrom("document_snapshot").select([
		sql`0`.as("part"),
		"through_id as id",
		"data",
		"updated_at as created_at"
	]).where("document_id", "=", documentId).where("through_id", ">", afterId).unionAll((q) => q.selectFrom("document_update").select([
		sql`1`.as("part"),
		"id",
		"data",
		"created_at"
	]).where("document_id", "=", documentId).where("id", ">", afterId).where("id", ">", (eb) => eb.fn.coalesce(through, sql`0`))).orderBy("id").execute();
	const snapshot = rows[0] && Number(rows[0].part) === 0 ? rows.shift() : null;
	return {
		snapshot: snapshot ? {
			throughId: Number(snapshot.id),
			data: toBytes(snapshot.data)
		} : null,
		updates: rows.map((r) => ({
			id: Number(r.id),
			data: toBytes(r.data),
			createdAt: Number(r.created_at)
		}))
	};
}
// src/lib/server/live-documents.ts
var KEY = Symbol.for("playbook.live-documents");
function liveDocuments(db) {
	return globalThis[KEY] ?? storeDocuments(db);
}
/** A document as stored: every accepted update is logged before anyone sees it, so this is current. */
async function readDocument(db, documentId) {
	return buildDocument(await new SqliteDocumentStore(db).load(documentId));
}
function storeDocuments(db) {
	const store = new SqliteDocumentStore(db);
	return { async change(documentId, edit) {
		const doc = buildDocument(await store.load(documentId));
		const updates = [];
		doc.on("update", (update) => updates.push(update));
		doc.transact(() => edit(doc), "server");
		if (updates.length) await store.append(updates.map((update) => ({
			documentId,
			update
		})));
	} };
}

export { liveDocuments as l, readDocument as r };
//# sourceMappingURL=live-documents.js-D-DuJ62i.js.map
