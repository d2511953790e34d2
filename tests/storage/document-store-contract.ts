import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDocument, type DocumentStore } from '../../src/lib/server/document-store';

/** One backend under test: stores on one database, as separate processes would each hold one. */
export interface StoreBackend {
	/** A new store with its own connection; `leaseMs` as the store's constructor takes it. */
	store(options?: { leaseMs?: number }): Promise<DocumentStore>;
	/** A new document row that updates can be logged against. */
	document(): Promise<string>;
	/** Sets the expiry of a document's compaction lease, or writes one for a holder that died. */
	lease(documentId: string, holder: string, expiresAt: number): Promise<void>;
	/** Closes every connection and opens the database again: what a restart reads. */
	reopen(): Promise<void>;
}

/** A Yjs update that inserts `token` as its own client, so each one is independent of the others. */
export function tokenUpdate(token: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getText('body').insert(0, `${token} `);
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return update;
}

async function storedTokens(store: DocumentStore, documentId: string): Promise<string> {
	const doc = buildDocument(await store.load(documentId));
	const text = doc.getText('body').toString();
	doc.destroy();
	return text;
}

function missing(text: string, tokens: readonly string[]): string[] {
	const present = new Set(text.split(' ').filter(Boolean));
	return tokens.filter((t) => !present.has(t));
}

/**
 * What every DocumentStore must keep, whatever holds it: appended updates load back, compaction
 * folds exactly what it read and deletes nothing else, and only a lease holder compacts.
 */
export function documentStoreContract(name: string, backend: () => StoreBackend) {
	describe(`document store contract: ${name}`, () => {
		it('loads back what was appended, in order, with the ids append returned', async () => {
			const b = backend();
			const store = await b.store();
			const id = await b.document();
			expect(await store.load(id)).toEqual({ snapshot: null, updates: [], lastId: 0, snapshotThrough: 0, logged: [] });
			const before = Date.now();
			const ids = await store.append(['one', 'two', 'three'].map((t) => ({ documentId: id, update: tokenUpdate(t) })));
			expect(ids).toHaveLength(3);
			expect([...ids].sort((x, y) => x - y)).toEqual(ids);
			const stored = await store.load(id);
			expect(stored.updates).toHaveLength(3);
			expect(stored.lastId).toBe(ids[2]);
			// Each row's id and time, so a room can tell which rows were settled when it loaded.
			expect(stored.logged.map((r) => r.id)).toEqual(ids);
			for (const r of stored.logged) expect(r.createdAt).toBeGreaterThanOrEqual(before);
			expect(missing(await storedTokens(store, id), ['one', 'two', 'three'])).toEqual([]);
		});

		it('compacts from what it holds: rows another store appended are folded in, later rows kept', async () => {
			const b = backend();
			const [first, second] = [await b.store(), await b.store()];
			const id = await b.document();
			const tokens: string[] = [];
			let through = 0;
			for (let i = 0; i < 40; i++) {
				const by = i % 2 ? second : first;
				const [logged] = await by.append([{ documentId: id, update: tokenUpdate(`t${i}`) }]);
				tokens.push(`t${i}`);
				if (i === 29) through = logged;
			}
			// `first` compacts through a row of its own; half the rows below it are `second`'s.
			const done = await first.compact(id, through);
			expect(done).toMatchObject({ throughId: through, rows: 30 });
			const stored = await first.load(id);
			expect(stored.snapshot).not.toBeNull();
			expect(stored.snapshotThrough).toBe(through);
			expect(stored.updates).toHaveLength(10);
			expect(stored.logged).toHaveLength(10);
			expect(stored.logged.every((r) => r.id > through)).toBe(true);
			expect(missing(await storedTokens(second, id), tokens)).toEqual([]);
			// Nothing left to fold up to there.
			expect(await second.compact(id, through)).toBeNull();
			await b.reopen();
			expect(missing(await storedTokens(await b.store(), id), tokens)).toEqual([]);
		});

		it('two compactions at once while both stores keep appending: nothing is lost', async () => {
			const b = backend();
			// No lease to speak of (it expires at once): the stores race, and the store itself must hold.
			const stores = [await b.store({ leaseMs: 0 }), await b.store({ leaseMs: 0 })];
			const leased = [await b.store(), await b.store()];
			const id = await b.document();
			const tokens: string[] = [];
			let compacted = 0;
			for (let round = 0; round < 15; round++) {
				const writes = stores.map((s, n) => {
					const batch = Array.from({ length: 5 }, (_, i) => `r${round}s${n}u${i}`);
					tokens.push(...batch);
					return s.append(batch.map((t) => ({ documentId: id, update: tokenUpdate(t) })));
				});
				const [ids] = await Promise.all(writes);
				const pool = round % 2 ? leased : stores;
				const results = await Promise.all([...pool.map((s) => s.compact(id, ids[ids.length - 1])), ...pool.map((s) => s.append([{ documentId: id, update: tokenUpdate(`late${round}`) }]))]);
				tokens.push(`late${round}`, `late${round}`);
				compacted += results.slice(0, 2).filter(Boolean).length;
			}
			expect(compacted).toBeGreaterThan(0);
			expect(missing(await storedTokens(stores[0], id), tokens)).toEqual([]);
			await b.reopen();
			expect(missing(await storedTokens(await b.store(), id), tokens)).toEqual([]);
		});

		it('only the lease holder compacts; a dead holder’s lease lapses', async () => {
			const b = backend();
			const store = await b.store();
			const id = await b.document();
			const ids = await store.append(['kept', 'also'].map((t) => ({ documentId: id, update: tokenUpdate(t) })));
			await b.lease(id, 'a process that died', Date.now() + 60_000);
			expect(await store.compact(id, ids[1])).toBeNull();
			expect((await store.load(id)).updates).toHaveLength(2);
			await b.lease(id, 'a process that died', Date.now() - 1);
			expect(await store.compact(id, ids[1])).toMatchObject({ rows: 2 });
			expect((await store.load(id)).updates).toHaveLength(0);
			expect(missing(await storedTokens(store, id), ['kept', 'also'])).toEqual([]);
			// Released once done: the next compaction does not wait for the lease to run out.
			await store.append([{ documentId: id, update: tokenUpdate('next') }]);
			expect(await store.compact(id, Number.MAX_SAFE_INTEGER)).toMatchObject({ rows: 1 });
		});

		it('loads what was logged after an id, whoever logged it; after a compaction, the snapshot stands in for the folded rows', async () => {
			const b = backend();
			const [first, second] = [await b.store(), await b.store()];
			const id = await b.document();
			const other = await b.document();
			const before = Date.now();
			const early = await first.append(['e1', 'e2'].map((t) => ({ documentId: id, update: tokenUpdate(t) })));
			await second.append([{ documentId: other, update: tokenUpdate('elsewhere') }]);
			const late = await second.append(['l1', 'l2'].map((t) => ({ documentId: id, update: tokenUpdate(t) })));
			expect(await first.loadSince(id, late[1])).toEqual({ snapshot: null, updates: [] });
			const since = await first.loadSince(id, early[0]);
			expect(since.snapshot).toBeNull();
			expect(since.updates.map((u) => u.id)).toEqual([early[1], ...late]);
			for (const u of since.updates) expect(u.createdAt).toBeGreaterThanOrEqual(before);
			const gathered = buildDocument({ snapshot: null, updates: since.updates.map((u) => u.data) });
			expect(missing(gathered.getText('body').toString(), ['e2', 'l1', 'l2'])).toEqual([]);
			gathered.destroy();

			expect(await second.compact(id, late[0])).toMatchObject({ throughId: late[0] });
			const after = await first.loadSince(id, early[0]);
			expect(after.snapshot?.throughId).toBe(late[0]);
			expect(after.updates.map((u) => u.id)).toEqual([late[1]]);
			const rebuilt = buildDocument({ snapshot: after.snapshot!.data, updates: after.updates.map((u) => u.data) });
			expect(missing(rebuilt.getText('body').toString(), ['e1', 'e2', 'l1', 'l2'])).toEqual([]);
			rebuilt.destroy();
			// Past the snapshot, only the rows after it.
			expect((await first.loadSince(id, late[0])).snapshot).toBeNull();
			expect((await first.loadSince(id, late[0])).updates.map((u) => u.id)).toEqual([late[1]]);
		});
	});
}
