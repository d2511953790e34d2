import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { documentTouched } from '../../server/collab/document-touched';
import { listDocuments } from '../../src/lib/server/documents';
import { client, openContext, removeDir, sleep, startServer, synced, tempDataDir, world } from './helpers';

async function updatedAt(context: AppContext, id: string): Promise<number> {
	return (await context.db.selectFrom('document').select('updated_at').where('id', '=', id).executeTakeFirstOrThrow()).updated_at;
}

describe("a document's changed time", () => {
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

	const stored = (documentId: string, at: number) => ({ documentId, kind: 'doc' as const, doc: new Y.Doc(), lastId: 1, by: [null], at });

	it('is written at most once per interval, and the last edit is written when the interval ends', async () => {
		const { document } = await world(context);
		const hook = documentTouched(context.db, context.log, 300);
		const t0 = document.updated_at + 1_000;
		await hook.afterStored!(stored(document.id, t0));
		expect(await updatedAt(context, document.id)).toBe(t0);
		await hook.afterStored!(stored(document.id, t0 + 100));
		await hook.afterStored!(stored(document.id, t0 + 200));
		expect(await updatedAt(context, document.id)).toBe(t0);
		await sleep(350);
		expect(await updatedAt(context, document.id)).toBe(t0 + 200);
	});

	it('keeps the last edit when the room unloads before the interval ends, and never goes back in time', async () => {
		const { document } = await world(context);
		const hook = documentTouched(context.db, context.log, 60_000);
		const t0 = document.updated_at + 1_000;
		await hook.afterStored!(stored(document.id, t0));
		await hook.afterStored!(stored(document.id, t0 + 5_000));
		expect(await updatedAt(context, document.id)).toBe(t0);
		await hook.afterUnload!({ documentId: document.id, kind: 'doc' });
		expect(await updatedAt(context, document.id)).toBe(t0 + 5_000);
		await documentTouched(context.db, context.log).afterStored!(stored(document.id, t0));
		expect(await updatedAt(context, document.id)).toBe(t0 + 5_000);
	});

	it('moves in the documents list when someone types through the live endpoint', async () => {
		const server = await startServer(context);
		try {
			const { owner, team, document } = await world(context);
			await context.db
				.insertInto('document')
				.values({ id: `older-${Date.now()}`, team_id: team.id, kind: 'doc', title: 'Older', created_by: owner.id, created_at: 1, updated_at: document.updated_at + 10 })
				.execute();
			expect((await listDocuments(context.db, team.slug, owner.id)).map((d) => d.title)).toEqual(['Older', 'Playbook']);
			const before = await updatedAt(context, document.id);
			const a = client(server, document.id, owner);
			await synced(a);
			await sleep(20);
			a.text.insert(0, 'Agenda for the 14th');
			await (async () => {
				const until = Date.now() + 5_000;
				while (Date.now() < until && (await updatedAt(context, document.id)) === before) await sleep(50);
			})();
			expect(await updatedAt(context, document.id)).toBeGreaterThan(before);
			expect((await listDocuments(context.db, team.slug, owner.id)).map((d) => d.title)).toEqual(['Playbook', 'Older']);
			a.destroy();
		} finally {
			await server.stop();
		}
	});
});
