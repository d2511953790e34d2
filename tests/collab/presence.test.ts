import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import type { AppContext } from '../../src/lib/server/app';
import { colorFor } from '../../src/lib/collab/colors';
import { addMember, client, openContext, person, rawSocket, removeDir, sleep, startServer, synced, tempDataDir, waitFor, world, type Client, type TestServer } from './helpers';

/** An awareness message ([1][update]) with these entries, as a crafted client would send it. */
function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
	const update = encoding.createEncoder();
	encoding.writeVarUint(update, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(update, entry.clientId);
		encoding.writeVarUint(update, entry.clock);
		encoding.writeVarString(update, JSON.stringify(entry.state));
	}
	const message = encoding.createEncoder();
	encoding.writeVarUint(message, 1);
	encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
	return encoding.toUint8Array(message);
}

type Shown = { user?: { name?: string; color?: string; role?: string } };

function shownBy(c: Client, clientId: number): Shown['user'] {
	return (c.provider.awareness.getStates().get(clientId) as Shown | undefined)?.user;
}

describe('presence comes from the server', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];
	const sockets: WebSocket[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context);
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		for (const ws of sockets) ws.close();
		await server.stop(true);
		removeDir(dir);
	});

	it("shows each person's name, colour and role from the database, whatever the client says", async () => {
		const { owner, document } = await world(context);
		const a = client(server, document.id, owner);
		const b = client(server, document.id, owner);
		clients.push(a, b);
		await synced(a, b);
		a.provider.awareness.setLocalStateField('user', { name: 'Camila Reyes (campaign admin)', color: '#000000', role: 'admin' });
		await waitFor(() => shownBy(b, a.doc.clientID)?.name !== undefined, 5_000, 'presence to arrive');
		expect(shownBy(b, a.doc.clientID)).toEqual({ name: 'Owner', color: colorFor(owner.id), role: 'owner' });
	});

	it("refuses a viewer's entries for another connection's client id and invented ones; its own is stamped with its identity", async () => {
		const { owner, team, document } = await world(context);
		const viewer = await person(context, 'Vera Viewer');
		await addMember(context, team.id, viewer, 'viewer');
		const a = client(server, document.id, owner);
		const watcher = client(server, document.id, owner);
		clients.push(a, watcher);
		await synced(a, watcher);
		a.provider.awareness.setLocalStateField('user', { name: 'Owner', color: '#123456' });
		await waitFor(() => shownBy(watcher, a.doc.clientID)?.name === 'Owner', 5_000, "the owner's presence");

		const ws = await rawSocket(server, document.id, viewer.cookie, {}, sockets);
		const forged = { user: { name: 'Camila Reyes (campaign admin)', color: '#000000' } };
		const own = 424242;
		ws.send(awarenessFrame([{ clientId: own, clock: 1, state: forged }]));
		// Overwrite the owner's entry (a far-ahead clock would win), and invent a second person.
		ws.send(awarenessFrame([{ clientId: a.doc.clientID, clock: 1_000, state: forged }]));
		ws.send(awarenessFrame([{ clientId: 777, clock: 1, state: forged }]));
		ws.send(awarenessFrame([{ clientId: own, clock: 2, state: { ...forged, cursor: null } }]));
		await waitFor(() => shownBy(watcher, own)?.name !== undefined, 5_000, "the viewer's own presence");
		await sleep(200);

		expect(shownBy(watcher, own)).toEqual({ name: 'Vera Viewer', color: colorFor(viewer.id), role: 'viewer' });
		expect(shownBy(watcher, a.doc.clientID)?.name).toBe('Owner');
		expect(watcher.provider.awareness.getStates().has(777)).toBe(false);
		expect(shownBy(a, own)?.name).toBe('Vera Viewer');
		// Refusing an entry is not a reason to drop a person's connection.
		expect(ws.readyState).toBe(ws.OPEN);

		// When the viewer leaves, its presence goes with it, and the owner's stays.
		ws.close();
		await waitFor(() => !watcher.provider.awareness.getStates().has(own), 5_000, "the viewer's presence to go");
		expect(shownBy(watcher, a.doc.clientID)?.name).toBe('Owner');
	});

	it('lets the same person reconnect with the same client id, and nobody else take it', async () => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Mo Member');
		await addMember(context, team.id, member, 'member');
		const watcher = client(server, document.id, owner);
		clients.push(watcher);
		await synced(watcher);
		const id = 5150;
		const first = await rawSocket(server, document.id, member.cookie, {}, sockets);
		first.send(awarenessFrame([{ clientId: id, clock: 1, state: { user: { name: 'x' } } }]));
		await waitFor(() => shownBy(watcher, id)?.name === 'Mo Member', 5_000, 'first presence');

		const intruder = await rawSocket(server, document.id, owner.cookie, {}, sockets);
		intruder.send(awarenessFrame([{ clientId: id, clock: 5, state: { user: { name: 'x' }, cursor: 'stolen' } }]));
		await sleep(200);
		expect(watcher.provider.awareness.getStates().get(id)).toEqual({ user: { name: 'Mo Member', color: colorFor(member.id), role: 'member' } });
		const again = await rawSocket(server, document.id, member.cookie, {}, sockets);
		again.send(awarenessFrame([{ clientId: id, clock: 9, state: { user: { name: 'x' }, cursor: 'here' } }]));
		await waitFor(() => (watcher.provider.awareness.getStates().get(id) as { cursor?: string } | undefined)?.cursor === 'here', 5_000, 'the reconnected tab');
		expect(shownBy(watcher, id)?.name).toBe('Mo Member');
		// The old socket closing does not take the reconnected tab's presence with it.
		first.close();
		await sleep(300);
		expect(shownBy(watcher, id)?.name).toBe('Mo Member');
	});
});
