import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { AppContext } from '../../src/lib/server/app';
import { sqliteConnection } from '../../src/lib/server/db/index';
import { SqliteDocumentStore, type Compaction, type DocumentStore, type LoggedUpdate, type StoredDocument, type StoredSince } from '../../src/lib/server/document-store';
import { addMember, client, openContext, person, rawSocket, removeDir, sleep, startServer, storedText, synced, tempDataDir, waitFor, world, type Client, type TestServer } from './helpers';

/** The real SQLite store, with a gate the test closes to hold the update log's writes back. */
class GatedStore implements DocumentStore {
	readonly batches: number[] = [];
	private gate: Promise<void> | null = null;
	private open: (() => void) | null = null;
	waiting = 0;

	constructor(private readonly inner: SqliteDocumentStore) {}

	hold(): void {
		this.gate = new Promise((resolve) => (this.open = resolve));
	}

	release(): void {
		this.open?.();
		this.gate = null;
	}

	load(documentId: string): Promise<StoredDocument> {
		return this.inner.load(documentId);
	}

	loadSince(documentId: string, afterId: number): Promise<StoredSince> {
		return this.inner.loadSince(documentId, afterId);
	}

	async append(batch: readonly LoggedUpdate[]): Promise<number[]> {
		this.batches.push(batch.length);
		if (this.gate) {
			this.waiting++;
			await this.gate;
			this.waiting--;
		}
		return this.inner.append(batch);
	}

	compact(documentId: string, throughId: number): Promise<Compaction | null> {
		return this.inner.compact(documentId, throughId);
	}
}

/** A raw protocol client that records the document updates the server relays to it. */
async function observer(server: TestServer, documentId: string, cookie: string) {
	const ws = await rawSocket(server, documentId, cookie);
	const updates: Uint8Array[] = [];
	let synced = false;
	ws.on('message', (data: Buffer) => {
		const decoder = decoding.createDecoder(new Uint8Array(data));
		if (decoding.readVarUint(decoder) !== 0) return;
		const step = decoding.readVarUint(decoder);
		if (step === 1) synced = true;
		if (step === 2) updates.push(decoding.readVarUint8Array(decoder));
	});
	ws.send(new Uint8Array([0, 0, 1, 0]));
	await waitFor(() => synced, 5_000, 'observer sync');
	return { ws, updates };
}

describe('relaying what the update log holds', () => {
	let dir: string;
	let context: AppContext;
	let store: GatedStore;
	let server: TestServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		store = new GatedStore(new SqliteDocumentStore(context.db));
		server = await startServer(context, { store });
	});

	afterAll(async () => {
		store.release();
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	it('holds edits back until they are stored, then sends those stored in one write as one message', async () => {
		const { owner, team, document } = await world(context);
		const second = await person(context, 'Second');
		await addMember(context, team.id, second, 'member');
		const a = client(server, document.id, owner);
		const b = client(server, document.id, second);
		clients.push(a, b);
		await synced(a, b);
		const watcher = await observer(server, document.id, owner.cookie);

		store.hold();
		const before = store.batches.length;
		a.text.insert(0, 'Rule 1');
		await waitFor(() => store.waiting === 1, 5_000, 'the first write to start');
		a.text.insert(6, ': no holds');
		b.text.insert(0, 'Sheriff ');
		await sleep(300);
		// Nothing is relayed while the log has not stored it.
		expect(watcher.updates).toHaveLength(0);
		expect(b.text.toString()).toBe('Sheriff ');

		store.release();
		await waitFor(() => watcher.updates.length >= 2, 5_000, 'relayed updates');
		await sleep(100);
		expect(store.batches.slice(before)).toEqual([1, 2]);
		expect(watcher.updates).toHaveLength(2);
		const merged = Y.parseUpdateMeta(watcher.updates[1]).to;
		expect([...merged.keys()].sort()).toEqual([a.doc.clientID, b.doc.clientID].sort());

		const seen = new Y.Doc();
		for (const update of watcher.updates) Y.applyUpdate(seen, update);
		await waitFor(() => a.text.toString() === b.text.toString(), 5_000, 'convergence');
		expect(seen.getText('body').toString()).toBe(a.text.toString());
		expect(a.text.toString()).toContain('Rule 1: no holds');
		expect(a.text.toString()).toContain('Sheriff ');
		expect(await storedText(context, document.id)).toBe(a.text.toString());
		watcher.ws.close();
	});
});

describe('the update log', () => {
	let dir: string;
	let context: AppContext;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
	});

	afterAll(async () => {
		await context.db.destroy();
		removeDir(dir);
	});

	it('waits for a transaction that is open on the connection, and keeps the update when it rolls back', async () => {
		const { document } = await world(context);
		const store = new SqliteDocumentStore(context.db);
		const sqlite = sqliteConnection(context.db)!;
		let finish!: () => void;
		const paused = new Promise<void>((resolve) => (finish = resolve));
		let started!: () => void;
		const inside = new Promise<void>((resolve) => (started = resolve));
		const rolledBack = context.db
			.transaction()
			.execute(async (trx) => {
				await trx.updateTable('document').set({ title: 'Renamed inside' }).where('id', '=', document.id).execute();
				started();
				await paused;
				throw new Error('changed my mind');
			})
			.catch((error: Error) => error.message);
		await inside;
		expect(sqlite.inTransaction).toBe(true);

		let appended = false;
		const append = store.append([{ documentId: document.id, update: new Uint8Array([0, 0]) }]).then((ids) => {
			appended = true;
			return ids;
		});
		await sleep(50);
		expect(appended).toBe(false);

		finish();
		expect(await rolledBack).toBe('changed my mind');
		const [id] = await append;
		expect(id).toBeGreaterThan(0);
		const row = await context.db.selectFrom('document_update').select('id').where('id', '=', id).executeTakeFirst();
		expect(row?.id).toBe(id);
		const title = await context.db.selectFrom('document').select('title').where('id', '=', document.id).executeTakeFirstOrThrow();
		expect(title.title).toBe('Playbook');
	});

	it('appends a batch in one transaction and returns ids in order', async () => {
		const { document } = await world(context);
		const store = new SqliteDocumentStore(context.db);
		const ids = await store.append([1, 2, 3].map((n) => ({ documentId: document.id, update: new Uint8Array([n]) })));
		expect(ids).toHaveLength(3);
		expect([...ids].sort((x, y) => x - y)).toEqual(ids);
		const stored = await store.load(document.id);
		expect(stored.updates.map((u) => u[0])).toEqual([1, 2, 3]);
		expect(stored.lastId).toBe(ids[2]);
	});
});
