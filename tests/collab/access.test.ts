import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/lib/server/app';
import { createSession, generateToken, hashToken, invalidateSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { changeRole, removeMember } from '../../src/lib/server/members';
import { createDocument } from '../../src/lib/server/documents';
import { addMember, client, openContext, person, rawSocket, removeDir, sleep, startServer, storedText, synced, teamOf, tempDataDir, upgradeStatus, waitFor, world, type Client, type TestServer } from './helpers';

describe('who may connect', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		// The production re-check interval, to show access is lost within a few seconds.
		server = await startServer(context, { recheckIntervalMs: 2_000, maxConnectionsPerUser: 3, maxMessageBytes: 64 * 1024 });
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	it('refuses before the socket opens: no cookie, forged or expired session, non-member, other team, wrong origin', async () => {
		const { owner, document } = await world(context);
		const outsider = await person(context, 'Outsider');
		const other = await world(context);
		const expired = generateToken();
		await createSession(context.db, expired, owner.id, Date.now() - 31 * 24 * 3600 * 1000);
		const url = `${server.url}/${document.id}`;
		const origin = server.origin;

		expect(await upgradeStatus(url, { Origin: origin })).toBe(401);
		expect(await upgradeStatus(url, { Origin: origin, Cookie: `${SESSION_COOKIE}=${generateToken()}` })).toBe(401);
		expect(await upgradeStatus(url, { Origin: origin, Cookie: `${SESSION_COOKIE}=${expired}` })).toBe(401);
		expect(await upgradeStatus(url, { Origin: origin, Cookie: outsider.cookie })).toBe(403);
		expect(await upgradeStatus(`${server.url}/${other.document.id}`, { Origin: origin, Cookie: owner.cookie })).toBe(403);
		expect(await upgradeStatus(`${server.url}/nosuchdocument`, { Origin: origin, Cookie: owner.cookie })).toBe(403);
		expect(await upgradeStatus(url, { Origin: 'https://evil.example', Cookie: owner.cookie })).toBe(403);
		expect(await upgradeStatus(url, { Cookie: owner.cookie })).toBe(403);
		expect(await upgradeStatus(`${server.url}/bad%20id`, { Origin: origin, Cookie: owner.cookie })).toBe(404);
		expect(await upgradeStatus(url, { Origin: origin, Cookie: owner.cookie })).toBe(101);
		// The refused attempts stored nothing and opened no room for anyone else.
		expect(await storedText(context, document.id)).toBe('');
	});

	it('limits connections per user', async () => {
		const { owner, document } = await world(context);
		const url = `${server.url}/${document.id}`;
		const headers = { Origin: server.origin, Cookie: owner.cookie };
		const open = await Promise.all([0, 1, 2].map(() => rawSocket(server, document.id, owner.cookie)));
		expect(await upgradeStatus(url, headers)).toBe(429);
		open[0].close();
		await sleep(100);
		expect(await upgradeStatus(url, headers)).toBe(101);
		for (const ws of open) ws.close();
	});

	it('closes a message over the size limit with 1009', async () => {
		const { owner, document } = await world(context);
		const ws = await rawSocket(server, document.id, owner.cookie);
		const code = new Promise<number>((r) => ws.on('close', (c) => r(c)));
		ws.send(new Uint8Array(100 * 1024));
		expect(await code).toBe(1009);
	});

	it('closes the connection of a revoked session (4401) and of a removed member (4403) within seconds', async () => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const a = client(server, document.id, owner);
		const b = client(server, document.id, member);
		clients.push(a, b);
		await synced(a, b);

		const started = Date.now();
		await invalidateSession(context.db, hashToken(owner.token));
		await removeMember(context.db, team.slug, owner.id, member.id);
		await waitFor(() => a.closes.length > 0 && b.closes.length > 0, 6_000, 'both connections to close');
		expect(Date.now() - started).toBeLessThan(6_000);
		expect(a.closes[0].code).toBe(4401);
		expect(b.closes[0].code).toBe(4403);
		// 44xx tells the stock client not to come back.
		await sleep(500);
		expect(a.provider.wsconnected || b.provider.wsconnected).toBe(false);
	});

	it('makes a demoted member read-only without a reconnect', async () => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const a = client(server, document.id, owner);
		const m = client(server, document.id, member);
		clients.push(a, m);
		await synced(a, m);
		m.text.insert(0, 'before ');
		await waitFor(() => a.text.toString() === 'before ', 5_000, 'member write');
		await changeRole(context.db, team.slug, owner.id, member.id, 'viewer');
		await sleep(2_600);
		m.text.insert(m.text.length, 'after');
		a.text.insert(0, '>');
		await waitFor(() => m.text.toString().startsWith('>'), 5_000, 'viewer still reads');
		await sleep(200);
		expect(a.text.toString()).toBe('>before ');
		expect(await storedText(context, document.id)).toBe('>before ');
		expect(m.provider.wsconnected).toBe(true);
	});

	it('keeps an archived document readable and takes no edits on it', async () => {
		const { owner, team } = await world(context);
		const doc = await createDocument(context.db, team.slug, owner.id, { title: 'Old plan' });
		const a = client(server, doc.id, owner);
		clients.push(a);
		await synced(a);
		a.text.insert(0, 'final');
		await sleep(300);
		const { archiveDocument } = await import('../../src/lib/server/documents');
		await archiveDocument(context.db, team.slug, owner.id, doc.id);
		const b = client(server, doc.id, owner);
		clients.push(b);
		await synced(b);
		await waitFor(() => b.text.toString() === 'final', 5_000, 'archived doc reads');
		b.text.insert(0, 'edit ');
		await sleep(300);
		expect(await storedText(context, doc.id)).toBe('final');
	});
});

describe('archiving while documents are open', () => {
	it('turns an open editor read-only within the re-check, tells it, stores none of its later edits, and gives writing back on restore', async () => {
		const dir = tempDataDir();
		const context = await openContext(dir);
		// The production re-check interval: the promise is "within a few seconds".
		const server = await startServer(context, { recheckIntervalMs: 2_000 });
		const clients: Client[] = [];
		try {
			const { owner, team, document } = await world(context);
			const member = await person(context, 'Member');
			await addMember(context, team.id, member, 'member');
			const editor = client(server, document.id, member);
			const reader = client(server, document.id, owner);
			clients.push(editor, reader);
			await synced(editor, reader);
			editor.text.insert(0, 'final plan');
			await waitFor(() => reader.text.toString() === 'final plan', 5_000, 'the edit before archiving');
			expect(editor.access).toBeNull();

			const { archiveDocument } = await import('../../src/lib/server/documents');
			const started = Date.now();
			await archiveDocument(context.db, team.slug, owner.id, document.id);
			await waitFor(() => editor.access !== null, 5_000, 'the editor to be told');
			expect(Date.now() - started).toBeLessThan(3_000);
			expect(editor.access).toEqual({ readOnly: true, archived: true });
			expect(reader.access).toEqual({ readOnly: true, archived: true });

			// The connection stays open for reading, but what it sends now changes nothing (the browser's
			// editor stops taking input at this point; this client types anyway).
			editor.text.insert(editor.text.length, ' (edited after archiving)');
			await sleep(300);
			expect(editor.provider.wsconnected).toBe(true);
			expect(reader.text.toString()).toBe('final plan');
			expect(await storedText(context, document.id)).toBe('final plan');

			await archiveDocument(context.db, team.slug, owner.id, document.id, false);
			await waitFor(() => editor.access?.readOnly === false, 5_000, 'writing to come back');
			expect(editor.access).toEqual({ readOnly: false, archived: false });
			editor.text.insert(0, 'Restored: ');
			// The server asks for what it lacks, so the new edit does not wait on the dropped one; that comes too.
			const all = 'Restored: final plan (edited after archiving)';
			await waitFor(() => reader.text.toString() === all, 5_000, 'the edit after restoring');
			await waitFor(() => editor.provider.synced, 5_000, 'stored');
			await sleep(100);
			expect(await storedText(context, document.id)).toBe(all);
		} finally {
			for (const c of clients) c.destroy();
			await server.stop(true);
			removeDir(dir);
		}
	});
});

describe('teams are separate', () => {
	it('a member of one team cannot open the same document id through another team', async () => {
		const dir = tempDataDir();
		const context = await openContext(dir);
		const server = await startServer(context);
		try {
			const a = await person(context, 'A');
			const b = await person(context, 'B');
			const teamA = await teamOf(context, a, 'Team A');
			await teamOf(context, b, 'Team B');
			const doc = await createDocument(context.db, teamA.slug, a.id, { title: 'A plan' });
			expect(await upgradeStatus(`${server.url}/${doc.id}`, { Origin: server.origin, Cookie: b.cookie })).toBe(403);
			expect(await upgradeStatus(`${server.url}/${doc.id}`, { Origin: server.origin, Cookie: a.cookie })).toBe(101);
		} finally {
			await server.stop(true);
			removeDir(dir);
		}
	});
});
