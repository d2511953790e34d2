import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addColumn, cardsMap, moveCard, readColumns, removeColumn, renameColumn, seedBoard, setAssignee, setCardArchived, setCardDue, setCardLabel, setCardTitle, addChecklistItem, deleteCard, cardDescription } from '$lib/collab/board-doc';
import { rebuildBoard, touchedBy } from '$lib/server/card-projection';
import { removeMember } from '$lib/server/members';
import { newId } from '$lib/server/refusal';
import { boardProjection } from '../../server/collab/board-projection';
import { openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import type { CollabHooks } from '../../server/collab/hooks';
import { createLogger } from '$lib/server/log';

let f: Foundation;
beforeEach(async () => (f = await openFoundation()));
afterEach(async () => f.close());

async function boardOf(teamId: string, by: string) {
	const id = newId();
	await f.db.insertInto('document').values({ id, team_id: teamId, kind: 'board', title: 'Campaign', created_by: by, created_at: Date.now(), updated_at: Date.now(), archived_at: null }).execute();
	return id;
}

/** Drives the hook as the room does: each edit is one applied transaction, then stored. */
function driver(hook: CollabHooks, boardId: string, doc: Y.Doc) {
	let lastId = 0;
	return async (by: string | null, edit: (doc: Y.Doc) => void) => {
		let tr: Y.Transaction | null = null;
		const listen = (t: Y.Transaction) => (tr = t);
		doc.on('afterTransaction', listen);
		doc.transact(() => edit(doc), 'test');
		doc.off('afterTransaction', listen);
		hook.afterApply?.({ documentId: boardId, kind: 'board', doc, tr: tr!, from: null, by });
		await hook.afterStored?.({ documentId: boardId, kind: 'board', doc, lastId: ++lastId, by: [by], at: Date.now() });
	};
}

const events = (boardId: string, cardId: string) =>
	f.db.selectFrom('card_event').select(['kind', 'user_id', 'detail']).where('board_id', '=', boardId).where('card_id', '=', cardId).orderBy('id').execute();

describe('card projection', () => {
	it('projects created, edited, moved, archived and deleted cards with who did it', async () => {
		const { owner, member, team } = await teamOfFour(f.db);
		const boardId = await boardOf(team.id, owner.id);
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Doing', 'Done']);
		const [todo, , done] = readColumns(doc);
		const hook = boardProjection(f.db, createLogger('silent'));
		const edit = driver(hook, boardId, doc);
		let cardId = '';
		await edit(owner.id, (d) => (cardId = addCard(d, { title: 'Book the library room', column: todo.id })));
		let row = await f.db.selectFrom('card').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ title: 'Book the library room', column_id: todo.id, column_name: 'To do', done: 0, created_by: owner.id, team_id: team.id });

		await edit(member.id, (d) => setCardTitle(d, cardId, 'Book the big room'));
		await edit(member.id, (d) => setCardDue(d, cardId, '2026-12-14'));
		await edit(member.id, (d) => setCardLabel(d, cardId, 'urgent', true));
		await edit(member.id, (d) => addChecklistItem(d, cardId, 'Call'));
		await edit(member.id, (d) => cardDescription(d, cardId)!.insert(0, [new Y.XmlText('hi')]));
		await edit(owner.id, (d) => moveCard(d, cardId, done.id, 0));
		row = await f.db.selectFrom('card').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ title: 'Book the big room', column_id: done.id, done: 1, due_date: '2026-12-14', due_at: null, checklist_done: 0, checklist_total: 1, labels: '["urgent"]' });

		await edit(member.id, (d) => setCardArchived(d, cardId, true));
		await edit(member.id, (d) => setCardArchived(d, cardId, false));
		await edit(owner.id, (d) => deleteCard(d, cardId));
		expect(await f.db.selectFrom('card').selectAll().where('id', '=', cardId).executeTakeFirst()).toBeUndefined();
		const history = await events(boardId, cardId);
		expect(history.map((e) => [e.kind, e.user_id])).toEqual([
			['created', owner.id],
			['title', member.id],
			['due', member.id],
			['labels', member.id],
			['checklist', member.id],
			['description', member.id],
			['moved', owner.id],
			['archived', member.id],
			['restored', member.id],
			['deleted', owner.id]
		]);
		expect(JSON.parse(history[6].detail)).toEqual({ from: 'To do', to: 'Done' });
		expect((await f.db.selectFrom('board_projection').selectAll().executeTakeFirstOrThrow()).through_id).toBe(10);
	});

	it('keeps non-members out of card_assignee, notices others, and drops a leaver', async () => {
		const { owner, member, outsider, team } = await teamOfFour(f.db);
		const boardId = await boardOf(team.id, owner.id);
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Done']);
		const hook = boardProjection(f.db, createLogger('silent'));
		const edit = driver(hook, boardId, doc);
		let cardId = '';
		await edit(owner.id, (d) => (cardId = addCard(d, { title: 'Call the sheriff', column: readColumns(d)[0].id })));
		await edit(owner.id, (d) => {
			setAssignee(d, cardId, member.id, true);
			setAssignee(d, cardId, owner.id, true);
			setAssignee(d, cardId, outsider.id, true);
		});
		const assignees = await f.db.selectFrom('card_assignee').select(['user_id', 'assigned_by']).where('card_id', '=', cardId).orderBy('user_id').execute();
		expect(assignees.map((a) => a.user_id).sort()).toEqual([member.id, owner.id].sort());
		const notices = await f.db.selectFrom('assignment_notice').selectAll().execute();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ user_id: member.id, assigned_by: owner.id, card_id: cardId });

		await removeMember(f.db, team.slug, owner.id, member.id);
		expect(await f.db.selectFrom('card_assignee').select('user_id').where('card_id', '=', cardId).execute()).toEqual([{ user_id: owner.id }]);
	});

	it('puts a card whose column was removed in the first column, marked; rename follows', async () => {
		const { owner, team } = await teamOfFour(f.db);
		const boardId = await boardOf(team.id, owner.id);
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Doing', 'Done']);
		const [todo, doing] = readColumns(doc);
		const hook = boardProjection(f.db, createLogger('silent'));
		const edit = driver(hook, boardId, doc);
		let cardId = '';
		await edit(owner.id, (d) => (cardId = addCard(d, { title: 'Draft testimony', column: doing.id })));
		await edit(owner.id, (d) => removeColumn(d, doing.id));
		let row = await f.db.selectFrom('card').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ column_id: todo.id, column_missing: 1, column_name: 'To do' });
		await edit(owner.id, (d) => renameColumn(d, todo.id, 'Next up'));
		row = await f.db.selectFrom('card').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
		expect(row.column_name).toBe('Next up');
		await edit(owner.id, (d) => addColumn(d, 'Later'));
		expect((await events(boardId, cardId)).map((e) => e.kind)).toEqual(['created', 'moved']);
	});

	it('rebuilds a board whose projection is behind the log when it loads', async () => {
		const { owner, team } = await teamOfFour(f.db);
		const boardId = await boardOf(team.id, owner.id);
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Done']);
		const a = addCard(doc, { title: 'One', column: readColumns(doc)[0].id });
		addCard(doc, { title: 'Two', column: readColumns(doc)[0].id });
		const hook = boardProjection(f.db, createLogger('silent'));
		await hook.afterLoad?.({ documentId: boardId, kind: 'board', doc: () => doc, lastId: 5 });
		expect(await f.db.selectFrom('card').select('title').where('board_id', '=', boardId).orderBy('title').execute()).toEqual([{ title: 'One' }, { title: 'Two' }]);
		deleteCard(doc, a);
		await hook.afterLoad?.({ documentId: boardId, kind: 'board', doc: () => doc, lastId: 5 });
		expect(await f.db.selectFrom('card').select('title').where('board_id', '=', boardId).execute()).toHaveLength(2);
		await rebuildBoard(f.db, boardId, doc, 6);
		expect(await f.db.selectFrom('card').select('title').where('board_id', '=', boardId).execute()).toEqual([{ title: 'Two' }]);
	});

	it('projects again a board loaded without an update its rows were projected from', async () => {
		const { owner, team } = await teamOfFour(f.db);
		const boardId = await boardOf(team.id, owner.id);
		const hook = boardProjection(f.db, createLogger('silent'));
		const stored = new Y.Doc();
		seedBoard(stored, ['To do', 'Done']);
		const cardId = addCard(stored, { title: 'Stored title', column: readColumns(stored)[0].id });
		// The room's document: the stored state plus an update applied but never committed.
		const room = new Y.Doc();
		Y.applyUpdate(room, Y.encodeStateAsUpdate(stored));
		await driver(hook, boardId, room)(owner.id, (d) => setCardTitle(d, cardId, 'Title never stored'));
		const title = async () => (await f.db.selectFrom('card').select('title').where('board_id', '=', boardId).executeTakeFirstOrThrow()).title;
		expect(await title()).toBe('Title never stored');
		// The process dies; the board loads from the store with the same last id.
		const reloaded = new Y.Doc();
		Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(stored));
		await boardProjection(f.db, createLogger('silent')).afterLoad?.({ documentId: boardId, kind: 'board', doc: () => reloaded, lastId: 1 });
		expect(await title()).toBe('Stored title');
		// Loaded with everything the rows had seen: nothing to redo.
		// (A row changed behind its back stays as it is, so no rebuild ran.)
		await f.db.updateTable('card').set({ title: 'marker' }).where('board_id', '=', boardId).execute();
		await boardProjection(f.db, createLogger('silent')).afterLoad?.({ documentId: boardId, kind: 'board', doc: () => reloaded, lastId: 1 });
		expect(await title()).toBe('marker');
	});

	it('reads touched cards off the transaction only', () => {
		const doc = new Y.Doc();
		seedBoard(doc, ['To do']);
		const col = readColumns(doc)[0].id;
		const ids = Array.from({ length: 20 }, (_, i) => addCard(doc, { title: `Card ${i}`, column: col }));
		let touched: ReturnType<typeof touchedBy> | null = null;
		doc.on('afterTransaction', (tr: Y.Transaction) => (touched = touchedBy(doc, tr)));
		doc.transact(() => addChecklistItem(doc, ids[3], 'x'));
		expect([...touched!.cards.keys()]).toEqual([ids[3]]);
		expect([...touched!.cards.get(ids[3])!]).toEqual(['checklist']);
		doc.transact(() => cardDescription(doc, ids[4])!.insert(0, [new Y.XmlText('a')]));
		expect([...touched!.cards.get(ids[4])!]).toEqual(['description']);
		expect(cardsMap(doc).size).toBe(20);
	});
});
