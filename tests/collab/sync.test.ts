import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { SqliteDocumentStore, buildDocument } from '../../src/lib/server/document-store';
import { liveDocuments } from '../../src/lib/server/live-documents';
import { applyServerStateQuietly } from '../../src/lib/collab/server-state';
import { addMember, client, openContext, person, removeDir, sleep, startServer, storedText, synced, tempDataDir, waitFor, world, type Client, type TestServer } from './helpers';

describe('live documents', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];
	const open = (...args: Parameters<typeof client>) => {
		const c = client(...args);
		clients.push(c);
		return c;
	};

	/** How many rows of a document's update log are not folded into its snapshot yet. */
	const logRows = async (documentId: string) => (await context.db.selectFrom('document_update').select('id').where('document_id', '=', documentId).execute()).length;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context, { compactAfterUpdates: 50 });
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	it('two clients converge after concurrent edits, and a late joiner gets everything', async () => {
		const { owner, team, document } = await world(context);
		const second = await person(context, 'Second');
		await addMember(context, team.id, second, 'member');
		const a = open(server, document.id, owner);
		const b = open(server, document.id, second);
		await synced(a, b);

		for (let i = 0; i < 20; i++) {
			a.text.insert(0, `a${i} `);
			b.text.insert(b.text.length, ` b${i}`);
			if (i % 5 === 0) await sleep(5);
		}
		await waitFor(() => a.text.toString() === b.text.toString() && a.text.toString().includes('a19') && a.text.toString().includes('b19'), 10_000, 'convergence');
		expect(a.text.toString()).toContain('a19');
		expect(a.text.toString()).toContain('b19');

		const late = open(server, document.id, owner);
		await synced(late);
		await waitFor(() => late.text.toString() === a.text.toString(), 5_000, 'late joiner');
		expect(late.text.toString()).toBe(b.text.toString());
		expect(await storedText(context, document.id)).toBe(a.text.toString());
	});

	it('people who join one after another each get the whole document as it is when they join', async () => {
		// The room keeps the whole document's bytes for the next joiner until something changes.
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		const stored = async (text: string) => {
			for (let i = 0; i < 500 && (await storedText(context, document.id)) !== text; i++) await sleep(10);
			expect(await storedText(context, document.id)).toBe(text);
		};
		a.text.insert(0, 'one');
		await stored('one');
		const b = open(server, document.id, owner);
		const c = open(server, document.id, owner);
		await synced(b, c);
		expect(b.text.toString()).toBe('one');
		expect(c.text.toString()).toBe('one');
		// A change from a client, then from the server: the next joiner has each.
		b.text.insert(3, ' two');
		await stored('one two');
		const d = open(server, document.id, owner);
		await synced(d);
		expect(d.text.toString()).toBe('one two');
		await liveDocuments(context.db).change(document.id, (doc) => doc.getText('body').insert(0, 'Zero, '));
		const e = open(server, document.id, owner);
		await synced(e);
		expect(e.text.toString()).toBe('Zero, one two');
		await waitFor(() => a.text.toString() === 'Zero, one two', 5_000, 'the first client to have every change');
	});

	it("a browser applies the server's whole document without encoding it again, and goes on editing as before", async () => {
		// As the browser's LiveDocument does: the answer to its first message (sync step 2) is
		// applied by applyServerState, which hands the 'update' listeners the server's bytes.
		const { owner, document } = await world(context);
		const words = Array.from({ length: 400 }, (_, i) => `rule ${i}: no holds without a judicial warrant.`).join(' ');
		await liveDocuments(context.db).change(document.id, (doc) => doc.getText('body').insert(0, words));
		const a = open(server, document.id, owner);
		applyServerStateQuietly(a.provider);
		const fromServer: Uint8Array[] = [];
		a.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === a.provider) fromServer.push(update);
		});
		await synced(a);
		expect(a.text.toString()).toBe(words);
		expect(fromServer).toHaveLength(1);
		const copy = new Y.Doc();
		Y.applyUpdate(copy, fromServer[0]);
		expect(copy.getText('body').toString()).toBe(words);
		// The socket's own listener is back: this client's edit reaches the server and others.
		const b = open(server, document.id, owner);
		await synced(b);
		a.text.insert(0, 'Adopted: ');
		await waitFor(() => b.text.toString() === `Adopted: ${words}`, 5_000, 'the edit relayed');
		for (let i = 0; i < 500 && (await storedText(context, document.id)) !== `Adopted: ${words}`; i++) await sleep(10);
		expect(await storedText(context, document.id)).toBe(`Adopted: ${words}`);
		// And an edit from elsewhere comes in as any update does.
		b.text.insert(b.text.length, ' (2026)');
		await waitFor(() => a.text.toString().endsWith('(2026)'), 5_000, 'the other edit');
		expect(fromServer.length).toBeGreaterThan(1);
	});

	it('relays presence (awareness) between clients, also from viewers', async () => {
		const { owner, team, document } = await world(context);
		const viewer = await person(context, 'Viewer');
		await addMember(context, team.id, viewer, 'viewer');
		const a = open(server, document.id, owner);
		const v = open(server, document.id, viewer);
		await synced(a, v);
		v.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
		a.provider.awareness.setLocalStateField('user', { name: 'Owner' });
		await waitFor(() => a.provider.awareness.getStates().get(v.doc.clientID)?.user?.name === 'Viewer', 5_000, 'viewer presence');
		await waitFor(() => v.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Owner', 5_000, 'owner presence');
		v.provider.disconnect();
		await waitFor(() => !a.provider.awareness.getStates().has(v.doc.clientID), 5_000, 'presence removed on leave');
		expect(a.provider.awareness.getStates().has(v.doc.clientID)).toBe(false);
	});

	it("drops a viewer's writes: the stored document and other clients stay unchanged", async () => {
		const { owner, team, document } = await world(context);
		const viewer = await person(context, 'Viewer');
		await addMember(context, team.id, viewer, 'viewer');
		const a = open(server, document.id, owner);
		await synced(a);
		a.text.insert(0, 'organizer text');
		const v = open(server, document.id, viewer);
		await synced(v);
		await waitFor(() => v.text.toString() === 'organizer text', 5_000, 'viewer reads');
		v.text.insert(0, 'VIEWER WAS HERE ');
		v.doc.getMap('meta').set('title', 'hijacked');
		a.text.insert(a.text.length, '!');
		await waitFor(() => v.text.toString().endsWith('!'), 5_000, 'viewer still receives');
		await sleep(200);
		expect(a.text.toString()).toBe('organizer text!');
		expect(a.doc.getMap('meta').get('title')).toBeUndefined();
		expect(await storedText(context, document.id)).toBe('organizer text!');
		// A viewer reconnecting re-sends its edits in sync step 2; they are dropped again.
		v.provider.disconnect();
		v.provider.connect();
		await synced(v);
		await sleep(200);
		expect(await storedText(context, document.id)).toBe('organizer text!');
	});

	it('folds a log past its threshold only once the typing pauses, not in the middle of it', async () => {
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		// 120 keystrokes, past the threshold (50) and under four times it, none a second apart.
		for (let i = 0; i < 120; i++) {
			a.text.insert(a.text.length, 'x');
			if (i % 10 === 0) await sleep(20);
		}
		await waitFor(async () => (await logRows(document.id)) === 120, 5_000, 'every keystroke logged');
		const typedAt = Date.now();
		await waitFor(async () => (await logRows(document.id)) === 0, 5_000, 'the log folded after the pause');
		expect(Date.now() - typedAt).toBeGreaterThan(500);
		const stored = buildDocument(await new SqliteDocumentStore(context.db).load(document.id));
		expect(stored.getText('body').toString()).toBe('x'.repeat(120));
		stored.destroy();
	});

	it('compacts the log past the threshold once edits pause, and the document loads identical', async () => {
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		for (let i = 0; i < 240; i++) {
			a.text.insert(Math.floor(a.text.length / 2), String.fromCharCode(97 + (i % 26)));
			if (i % 7 === 0) a.text.delete(0, 1);
			if (i % 20 === 0) await sleep(2);
		}
		const expected = a.text.toString();
		const b = open(server, document.id, owner);
		await synced(b);
		await waitFor(() => b.text.toString() === expected, 5_000, 'second client');
		// The log is past its threshold (50) but under four times it after the fold at 200: it is
		// folded once the typing has paused for a second (COLLAB_COMPACT_QUIET_MS).
		await waitFor(async () => (await logRows(document.id)) === 0, 5_000, 'the log folded after the pause');
		const snapshot = await context.db.selectFrom('document_snapshot').selectAll().where('document_id', '=', document.id).executeTakeFirst();
		expect(snapshot).toBeDefined();
		const stored = buildDocument(await new SqliteDocumentStore(context.db).load(document.id));
		expect(stored.getText('body').toString()).toBe(expected);
		expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(a.doc));
		stored.destroy();
	});

	it('unloads an idle room and serves it again from storage', async () => {
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		a.text.insert(0, 'kept across unload');
		await waitFor(() => a.provider.wsconnected, 1000);
		await sleep(100);
		a.destroy();
		await sleep(700); // roomIdleMs is 300 in tests
		const b = open(server, document.id, owner);
		await synced(b);
		await waitFor(() => b.text.toString() === 'kept across unload', 5_000, 'reloaded document');
		expect(b.text.toString()).toBe('kept across unload');
		// The reloaded room answered from its snapshot; edits on it still apply and are stored.
		b.text.insert(0, '» ');
		const c = open(server, document.id, owner);
		await synced(c);
		await waitFor(() => c.text.toString() === '» kept across unload', 5_000, 'edit after reload');
		await sleep(100);
		expect(await storedText(context, document.id)).toBe('» kept across unload');
	});

	it('asks a client for what it wrote offline once a room loaded from its snapshot is built', async () => {
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		a.text.insert(0, 'written before');
		await sleep(100);
		const before = Y.encodeStateAsUpdate(a.doc);
		a.destroy();
		await sleep(700); // roomIdleMs is 300 in tests: the room unloads, the next one loads the snapshot
		// A browser that kept the document and went on writing while it was away.
		const offline = open(server, document.id, owner);
		Y.applyUpdate(offline.doc, before);
		offline.text.insert(0, 'offline, ');
		await synced(offline);
		let stored = '';
		for (let i = 0; i < 100 && stored !== 'offline, written before'; i++) {
			await sleep(50);
			stored = await storedText(context, document.id);
		}
		expect(stored).toBe('offline, written before');
		const late = open(server, document.id, owner);
		await synced(late);
		await waitFor(() => late.text.toString() === 'offline, written before', 5_000, 'late joiner');
		expect(late.text.toString()).toBe('offline, written before');
	});
});

describe('restart', () => {
	it('keeps documents intact across a server restart', async () => {
		const dir = tempDataDir();
		try {
			let context = await openContext(dir);
			let server = await startServer(context);
			const { owner, document } = await world(context);
			const a = client(server, document.id, owner);
			await synced(a);
			for (let i = 0; i < 30; i++) a.text.insert(a.text.length, `line ${i}\n`);
			a.doc.getMap('meta').set('status', 'draft');
			const expected = a.text.toString();
			await sleep(300);
			a.destroy();
			await server.stop(true);

			context = await openContext(dir);
			server = await startServer(context);
			const b = client(server, document.id, owner);
			await synced(b);
			await waitFor(() => b.text.toString() === expected, 5_000, 'restored text');
			expect(b.doc.getMap('meta').get('status')).toBe('draft');
			b.destroy();
			await server.stop(true);
		} finally {
			removeDir(dir);
		}
	});
});
