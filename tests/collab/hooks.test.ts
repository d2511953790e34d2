import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { defaultHooks } from '../../server/collab/default-hooks';
import type { Applied, CollabHooks, Loaded, Stored } from '../../server/collab/hooks';
import { liveDocuments } from '../../src/lib/server/live-documents';
import { addMember, client, openContext, person, removeDir, startServer, storedText, synced, tempDataDir, upgradeStatus, waitFor, world, type Person, type TestServer } from './helpers';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';

/** A hook that records what the engine hands it, and refuses what the test tells it to. */
function recorder() {
	const seen = { applied: [] as Pick<Applied, 'by' | 'documentId'>[], stored: [] as Pick<Stored, 'by' | 'lastId' | 'documentId'>[], loaded: [] as Pick<Loaded, 'lastId' | 'documentId'>[], unloaded: [] as string[], gc: [] as boolean[] };
	const refuseAdmission = new Set<string>();
	let dropWord: string | null = null;
	const hook: CollabHooks = {
		name: 'recorder',
		admit: ({ admission }) => (refuseAdmission.has(admission.userId) ? { status: 403, reason: 'test' } : null),
		beforeApply: (incoming) => {
			if (!dropWord) return { action: 'apply' };
			const copy = new Y.Doc();
			Y.applyUpdate(copy, Y.encodeStateAsUpdate(incoming.doc()));
			Y.applyUpdate(copy, incoming.update);
			return copy.getText('body').toString().includes(dropWord) ? { action: 'drop', reason: 'test' } : { action: 'apply' };
		},
		afterApply: ({ by, documentId, doc }) => {
			seen.applied.push({ by, documentId });
			seen.gc.push(doc.gc);
		},
		afterStored: async ({ by, lastId, documentId }) => {
			seen.stored.push({ by: [...by], lastId, documentId });
		},
		afterLoad: ({ lastId, documentId }) => {
			seen.loaded.push({ lastId, documentId });
		},
		afterUnload: ({ documentId }) => {
			seen.unloaded.push(documentId);
		},
		docOptions: (kind) => (kind === 'doc' ? { gc: false } : undefined)
	};
	return { hook, seen, refuseAdmission, dropWith: (word: string | null) => (dropWord = word) };
}

describe('engine hooks', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	let rec: ReturnType<typeof recorder>;
	let owner: Person;
	let documentId: string;
	let teamId: string;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		rec = recorder();
		server = await startServer(context, { hooks: [...defaultHooks(context), rec.hook] });
		const w = await world(context);
		owner = w.owner;
		documentId = w.document.id;
		teamId = w.team.id;
	});

	afterAll(async () => {
		await server.stop(true);
		removeDir(dir);
	});

	it('hands each hook the update, whose it is once stored, the Y.Doc options of the kind, and the room coming and going', async () => {
		const member = await person(context, 'Member');
		await addMember(context, teamId, member, 'member');
		const a = client(server, documentId, owner);
		const b = client(server, documentId, member);
		await synced(a, b);
		a.text.insert(0, 'Hello');
		await waitFor(() => b.text.toString() === 'Hello');
		b.text.insert(5, ' council');
		await waitFor(() => a.text.toString() === 'Hello council');
		await waitFor(() => rec.seen.stored.flatMap((s) => s.by).length >= 2);
		expect(rec.seen.loaded[0]).toEqual({ documentId, lastId: 0 });
		expect(rec.seen.applied.map((x) => x.by)).toEqual([owner.id, member.id]);
		expect(rec.seen.stored.flatMap((s) => s.by)).toEqual([owner.id, member.id]);
		// Log ids only grow, and the last one is the newest row.
		const ids = rec.seen.stored.map((s) => s.lastId);
		expect([...ids].sort((x, y) => x - y)).toEqual(ids);
		const newest = await context.db.selectFrom('document_update').select((e) => e.fn.max('id').as('id')).where('document_id', '=', documentId).executeTakeFirstOrThrow();
		expect(ids.at(-1)).toBe(newest.id);
		expect(rec.seen.gc.every((gc) => gc === false)).toBe(true);
		a.destroy();
		b.destroy();
		await waitFor(() => rec.seen.unloaded.includes(documentId), 5_000, 'room unloaded');
	});

	it('lets a hook drop an update: nothing of it is stored or relayed', async () => {
		const a = client(server, documentId, owner);
		const b = client(server, documentId, owner);
		await synced(a, b);
		rec.dropWith('forbidden');
		a.text.insert(0, 'forbidden ');
		a.text.insert(a.text.length, ' ok');
		await new Promise((r) => setTimeout(r, 500));
		expect(b.text.toString()).not.toContain('forbidden');
		expect(await storedText(context, documentId)).not.toContain('forbidden');
		rec.dropWith(null);
		a.destroy();
		b.destroy();
	});

	it('lets a hook refuse a connection at admission, before the upgrade', async () => {
		const blocked = await person(context, 'Blocked');
		await addMember(context, teamId, blocked, 'member');
		rec.refuseAdmission.add(blocked.id);
		expect(await upgradeStatus(`${server.url}/${documentId}`, { Origin: server.origin, Cookie: `${SESSION_COOKIE}=${blocked.token}` })).toBe(403);
		expect(await upgradeStatus(`${server.url}/${documentId}`, { Origin: server.origin, Cookie: owner.cookie })).toBe(101);
	});

	it('attributes a server change to the person it was made for', async () => {
		const before = rec.seen.stored.length;
		await liveDocuments(context.db).change(documentId, (doc) => doc.getText('body').insert(0, 'Agenda: '), { by: owner.id });
		await waitFor(() => rec.seen.stored.length > before);
		expect(rec.seen.stored.at(-1)!.by).toEqual([owner.id]);
		expect(await storedText(context, documentId)).toMatch(/^Agenda: /);
	});
});
