import { afterEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import WebSocket, { type ClientOptions } from 'ws';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { AppContext } from '../../src/lib/server/app';
import { liveDocuments, readDocument } from '../../src/lib/server/live-documents';
import { modelDraft, readDraft, latestVersion } from '../../src/lib/server/model-policy';
import { rulesArray, ruleText, setFragmentText } from '../../src/lib/collab/policy-doc';
import { awarenessMessage, syncMessage, MESSAGE_SYNC, SYNC_STEP1, SYNC_STEP2 } from '../../server/collab/protocol';
import type { CollabSetup } from '../../server/collab/index';
import { addMember, client, openContext, person, removeDir, sleep, startServer, storedText, synced, tempDataDir, upgradeStatus, waitFor, world, rawSocket as openSocket, type Client, type TestServer } from './helpers';

/** Each test gets its own database and server, since every one of them turns a different knob. */
interface Setting {
	dir: string;
	context: AppContext;
	server: TestServer;
}

const settings: Setting[] = [];
const clients: Client[] = [];
const sockets: WebSocket[] = [];

async function setting(setup: CollabSetup): Promise<Setting> {
	const dir = tempDataDir();
	const context = await openContext(dir);
	const server = await startServer(context, setup);
	const made = { dir, context, server };
	settings.push(made);
	return made;
}

function open(...args: Parameters<typeof client>): Client {
	const c = client(...args);
	clients.push(c);
	return c;
}

/** A raw socket to a document, closed after each test. */
function rawSocket(server: TestServer, documentId: string, cookie: string, options: ClientOptions = {}): Promise<WebSocket> {
	return openSocket(server, documentId, cookie, options, sockets);
}

function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
	return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** Sends a sync step 1 and waits for the server's step 2: every earlier message has been handled. */
function roundTrip(ws: WebSocket): Promise<void> {
	return new Promise((resolve) => {
		const onMessage = (data: Buffer) => {
			if (data[0] === MESSAGE_SYNC && data[1] === SYNC_STEP2) {
				ws.off('message', onMessage);
				resolve();
			}
		};
		ws.on('message', onMessage);
		ws.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(new Y.Doc())));
	});
}

/** An upgrade request with no Sec-WebSocket-Key, over a plain TCP socket; resolves to the status. */
function malformedUpgrade(server: TestServer, path: string, cookie: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const socket = connect(server.port, '127.0.0.1', () => {
			socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${server.origin}\r\nCookie: ${cookie}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n`);
		});
		let response = '';
		socket.on('data', (chunk) => (response += chunk.toString()));
		socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1] ?? 0)));
		socket.on('error', reject);
	});
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out waiting for ${what}`)))]);
}

/** Like `waitFor`, for checks that read the database. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

/** What the store holds for a document, in bytes: the snapshot plus the update log. */
async function storedBytes(context: AppContext, documentId: string): Promise<number> {
	const updates = await context.db.selectFrom('document_update').select('data').where('document_id', '=', documentId).execute();
	const snapshot = await context.db.selectFrom('document_snapshot').select('data').where('document_id', '=', documentId).executeTakeFirst();
	return updates.reduce((n, r) => n + r.data.length, 0) + (snapshot?.data.length ?? 0);
}

afterEach(async () => {
	for (const c of clients.splice(0)) c.destroy();
	for (const ws of sockets.splice(0)) ws.terminate();
	for (const { server, dir } of settings.splice(0)) {
		await server.stop(true);
		removeDir(dir);
	}
});

describe('document size limit', () => {
	it('closes the writer that would grow a document past its limit with 4413; the rest keep editing', async () => {
		const maxDocumentBytes = 4096;
		const { context, server } = await setting({ maxDocumentBytes });
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const writer = open(server, document.id, owner);
		const other = open(server, document.id, member);
		await synced(writer, other);

		writer.text.insert(0, 'Small start. ');
		await waitFor(() => other.text.toString() === 'Small start. ', 5_000, 'first edit to relay');
		writer.text.insert(writer.text.length, 'x'.repeat(2 * maxDocumentBytes));
		await waitFor(() => writer.closes.length > 0, 5_000, 'the writer to be closed');
		expect(writer.closes[0]).toEqual({ code: 4413, reason: 'document_too_large' });

		// Nothing of the refused update was relayed or stored.
		expect(other.text.toString()).toBe('Small start. ');
		expect(await storedText(context, document.id)).toBe('Small start. ');
		expect(await storedBytes(context, document.id)).toBeLessThanOrEqual(maxDocumentBytes);

		// The other client is still connected and its edits within the limit still land.
		other.text.insert(other.text.length, 'Still editing.');
		await eventually(async () => (await storedText(context, document.id)) === 'Small start. Still editing.', 'the later edit to be stored');
		expect(other.closes).toEqual([]);

		// The document still loads for a newcomer; the closed writer does not come back (44xx).
		const late = open(server, document.id, member);
		await synced(late);
		await waitFor(() => late.text.toString() === 'Small start. Still editing.', 5_000, 'late joiner to load');
		expect(writer.provider.wsconnected).toBe(false);
		expect(await storedBytes(context, document.id)).toBeLessThanOrEqual(maxDocumentBytes);
	});
});

describe('connections per address', () => {
	it('refuses the connection past the limit with 429 before it opens, and takes one again after another closes', async () => {
		const { context, server } = await setting({ maxConnectionsPerIp: 3, maxConnectionsPerUser: 24 });
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const url = `${server.url}/${document.id}`;

		// Two people, one address: the limit counts the address.
		const first = await rawSocket(server, document.id, owner.cookie);
		await rawSocket(server, document.id, owner.cookie);
		await rawSocket(server, document.id, member.cookie);
		expect(await upgradeStatus(url, { Origin: server.origin, Cookie: member.cookie })).toBe(429);
		expect(await upgradeStatus(url, { Origin: server.origin, Cookie: owner.cookie })).toBe(429);

		first.close();
		await closed(first);
		// The server frees the slot when its side of the socket closes; that is not necessarily yet.
		let fourth: WebSocket | undefined;
		const deadline = Date.now() + 3_000;
		while (!fourth) {
			fourth = await rawSocket(server, document.id, member.cookie).catch((error: Error) => {
				if (!error.message.includes('429') || Date.now() > deadline) throw error;
				return sleep(20).then(() => undefined);
			});
		}
		expect(fourth.readyState).toBe(WebSocket.OPEN);
		// Exactly one slot came back: refused attempts took none.
		expect(await upgradeStatus(url, { Origin: server.origin, Cookie: owner.cookie })).toBe(429);
	});

	it('gives the slot back when the WebSocket handshake itself is malformed', async () => {
		const { context, server } = await setting({ maxConnectionsPerIp: 2, maxConnectionsPerUser: 2 });
		const { owner, document } = await world(context);
		// Admitted (good cookie and origin), then turned away by the WebSocket layer (400, no key).
		for (let i = 0; i < 3; i++) expect(await malformedUpgrade(server, `/collab/${document.id}`, owner.cookie)).toBe(400);
		await rawSocket(server, document.id, owner.cookie);
		await rawSocket(server, document.id, owner.cookie);
		expect(await upgradeStatus(`${server.url}/${document.id}`, { Origin: server.origin, Cookie: owner.cookie })).toBe(429);
	});
});

describe('dead sockets', () => {
	it('terminates a client that stops answering pings, and drops its presence for everyone else', async () => {
		const pingIntervalMs = 200;
		const { context, server } = await setting({ pingIntervalMs });
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const watcher = open(server, document.id, owner);
		await synced(watcher);

		// A client that announces itself, then never answers a ping (a frozen tab, a dropped network).
		const frozen = await rawSocket(server, document.id, member.cookie, { autoPong: false });
		const frozenGone = closed(frozen);
		const presence = new Awareness(new Y.Doc());
		presence.setLocalState({ user: { name: 'Frozen' } });
		frozen.send(awarenessMessage(encodeAwarenessUpdate(presence, [presence.clientID])));
		presence.destroy();
		await waitFor(() => watcher.provider.awareness.getStates().has(presence.clientID), 5_000, 'frozen presence to arrive');

		const started = Date.now();
		await waitFor(() => !watcher.provider.awareness.getStates().has(presence.clientID), 5_000, 'frozen presence to go');
		// Dropped at the second ping after it stopped answering; the rest is slack for a busy machine.
		expect(Date.now() - started).toBeLessThan(8 * pingIntervalMs);
		const { code } = await frozenGone;
		expect(code).toBe(1006); // terminated, not closed politely

		// A client that answers pings is kept through many intervals.
		await sleep(5 * pingIntervalMs);
		expect(watcher.closes).toEqual([]);
		expect(watcher.provider.wsconnected).toBe(true);
		watcher.text.insert(0, 'still here');
		await eventually(async () => (await storedText(context, document.id)) === 'still here', 'the edit to be stored');
	});
});

describe('slow clients', () => {
	it('closes a client that does not read fast enough with 1013, without slowing anyone else', async () => {
		const { context, server } = await setting({ maxBufferedBytes: 256 * 1024, pingIntervalMs: 60_000 });
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');

		const slow = await rawSocket(server, document.id, member.cookie);
		let received = 0;
		slow.on('message', (data: Buffer) => {
			if (data[0] === 1) received++;
		});
		const slowClosed = closed(slow);
		// Stops reading: what the server sends piles up in the kernel, then in the server's buffer.
		(slow as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

		// More presence traffic than loopback can buffer (tcp_rmem and tcp_wmem maxima: 32 + 4 MB).
		const busy = await rawSocket(server, document.id, owner.cookie);
		const presence = new Awareness(new Y.Doc());
		const messages = 48;
		for (let i = 0; i < messages; i++) {
			presence.setLocalState({ user: { name: 'Busy' }, note: String(i).padEnd(1024 * 1024, '.') });
			busy.send(awarenessMessage(encodeAwarenessUpdate(presence, [presence.clientID])));
			if (i % 8 === 7) await roundTrip(busy);
		}
		presence.destroy();
		await roundTrip(busy);

		(slow as unknown as { _socket: { resume(): void } })._socket.resume();
		expect(await within(slowClosed, 10_000, 'the slow client to be closed')).toEqual({ code: 1013, reason: 'too_slow' });
		expect(received).toBeGreaterThan(0);
		expect(received).toBeLessThan(messages);
		// The fast client is untouched.
		expect(busy.readyState).toBe(WebSocket.OPEN);
		await roundTrip(busy);
	});
});

describe('server-side changes', () => {
	it('reach connected clients live and the store; with the endpoint closed they go to the store directly', async () => {
		const { context, server } = await setting({});
		const { owner, document } = await world(context);
		const a = open(server, document.id, owner);
		await synced(a);
		a.text.insert(0, 'typed. ');
		await eventually(async () => (await storedText(context, document.id)) === 'typed. ', "the client's edit to be stored");

		await liveDocuments(context.db).change(document.id, (doc) => doc.getText('body').insert(doc.getText('body').length, 'Seeded by the server.'));
		await waitFor(() => a.text.toString() === 'typed. Seeded by the server.', 5_000, 'server change to reach the client');
		const stored = await readDocument(context.db, document.id);
		expect(stored.getText('body').toString()).toBe('typed. Seeded by the server.');
		stored.destroy();

		await server.stop();
		// The endpoint unregistered itself: this goes to the store, not to a closing room (which would throw).
		await liveDocuments(context.db).change(document.id, (doc) => doc.getText('body').insert(0, 'Offline. '));
		const after = await readDocument(context.db, document.id);
		expect(after.getText('body').toString()).toBe('Offline. typed. Seeded by the server.');
		after.destroy();
	});
});

describe('campaign documents', () => {
	it('admit campaign admins to edit, refuse others before open, and drop an admin whose role is revoked', async () => {
		const { context, server } = await setting({ recheckIntervalMs: 1_000 });
		const admin = await person(context, 'Admin'); // the first account on an instance
		const organizer = await person(context, 'Organizer');
		const { team } = await world(context);
		await addMember(context, team.id, organizer, 'owner');
		const flags = await context.db.selectFrom('user').select(['id', 'is_admin']).where('id', 'in', [admin.id, organizer.id]).execute();
		expect(Object.fromEntries(flags.map((f) => [f.id, f.is_admin]))).toEqual({ [admin.id]: 1, [organizer.id]: 0 });

		const draftId = await modelDraft(context.db, { id: admin.id, is_admin: 1 });
		const draft = await context.db.selectFrom('document').selectAll().where('id', '=', draftId).executeTakeFirstOrThrow();
		expect(draft).toMatchObject({ team_id: null, kind: 'model_draft' });

		const a = open(server, draftId, admin);
		await synced(a);
		await waitFor(() => rulesArray(a.doc).length === 9, 5_000, 'draft rules to load');
		a.doc.transact(() => setFragmentText(ruleText(rulesArray(a.doc).get(2)), 'Agents need a judge.'));
		const latest = await latestVersion(context.db);
		const readRule3 = async () => {
			const doc = await readDocument(context.db, draftId);
			const text = readDraft(doc, latest)[2].text;
			doc.destroy();
			return text;
		};
		await eventually(async () => (await readRule3()) === 'Agents need a judge.', "the admin's edit to be stored");

		// A team owner is not a campaign admin.
		expect(await upgradeStatus(`${server.url}/${draftId}`, { Origin: server.origin, Cookie: organizer.cookie })).toBe(403);

		const started = Date.now();
		await context.db.updateTable('user').set({ is_admin: 0 }).where('id', '=', admin.id).execute();
		await waitFor(() => a.closes.length > 0, 5_000, 'the former admin to be dropped');
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(a.closes[0]).toEqual({ code: 4403, reason: 'access_revoked' });
		expect(await upgradeStatus(`${server.url}/${draftId}`, { Origin: server.origin, Cookie: admin.cookie })).toBe(403);
	});
});
