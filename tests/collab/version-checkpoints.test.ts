import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { richTextBlocks, richTextBody } from '../../src/lib/collab/rich-text-doc';
import { setFragmentText } from '../../src/lib/collab/policy-doc';
import { liveDocuments } from '../../src/lib/server/live-documents';
import { versionCheckpoints } from '../../server/collab/version-checkpoints';
import { openContext, removeDir, tempDataDir, world } from './helpers';

describe('automatic version checkpoints', () => {
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

	const versions = (documentId: string) => context.db.selectFrom('document_version').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
	const docWith = (text: string) => {
		const doc = new Y.Doc();
		setFragmentText(richTextBody(doc), text);
		return doc;
	};

	it('keeps one after so many stored updates, with its text, words and log id', async () => {
		const { document } = await world(context);
		const hook = versionCheckpoints(context.db, context.log, { updates: 5, afterMs: 60_000 });
		const doc = docWith('We ask the council\nto adopt all nine rules');
		for (let i = 1; i <= 4; i++) await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: i, by: [null], at: 1_000 + i });
		expect(await versions(document.id)).toEqual([]);
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: 5, by: [null], at: 1_005 });
		const [version] = await versions(document.id);
		expect(version).toMatchObject({ name: null, words: 9, through_id: 5, created_by: null, created_at: 1_005 });
		const back = new Y.Doc();
		Y.applyUpdate(back, version.state);
		expect(richTextBlocks(richTextBody(back))).toEqual(['We ask the council', 'to adopt all nine rules']);
		expect(JSON.parse(version.content)).toMatchObject({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] });
		// The count starts again.
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: 6, by: [null, null], at: 1_006 });
		expect(await versions(document.id)).toHaveLength(1);
	});

	it('keeps one once the first edit since the last is ten minutes old, and ignores other kinds', async () => {
		const { document } = await world(context);
		const hook = versionCheckpoints(context.db, context.log, { updates: 500, afterMs: 600_000 });
		const doc = docWith('Testimony');
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: 1, by: [null], at: 0 });
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: 2, by: [null], at: 599_999 });
		expect(await versions(document.id)).toHaveLength(0);
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc, lastId: 3, by: [null], at: 600_000 });
		expect(await versions(document.id)).toHaveLength(1);
		await hook.afterStored!({ documentId: 'board-x', kind: 'board', doc, lastId: 1, by: new Array(600).fill(null), at: 10_000_000 });
		expect(await context.db.selectFrom('document_version').select('id').where('document_id', '=', 'board-x').execute()).toEqual([]);
	});

	it('keeps the stored text when the room unloads with edits not yet kept, and nothing when there were none', async () => {
		const { document } = await world(context);
		await liveDocuments(context.db).change(document.id, (doc) => setFragmentText(richTextBody(doc), 'Stored before the room went'));
		const hook = versionCheckpoints(context.db, context.log);
		await hook.afterStored!({ documentId: document.id, kind: 'doc', doc: new Y.Doc(), lastId: 1, by: [null], at: 1 });
		await hook.afterUnload!({ documentId: document.id, kind: 'doc' });
		const kept = await versions(document.id);
		expect(kept).toHaveLength(1);
		const back = new Y.Doc();
		Y.applyUpdate(back, kept[0].state);
		expect(richTextBlocks(richTextBody(back))).toEqual(['Stored before the room went']);
		await hook.afterUnload!({ documentId: document.id, kind: 'doc' });
		expect(await versions(document.id)).toHaveLength(1);
	});
});
