import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard, readBoard, readColumns, seedBoard } from '$lib/collab/board-doc';
import { diffCard, type ProjectedCard } from '$lib/server/card-projection';
import { newId } from '$lib/server/refusal';
import { createLogger } from '$lib/server/log';
import { translate } from '$lib/i18n';
import { boardProjection } from '../../server/collab/board-projection';
import { openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

const card = (column: string, position: string): ProjectedCard => ({
	row: { id: 'c1', title: 'Call the sheriff', column_id: column, column_name: column === 'todo' ? 'To do' : 'Done', column_missing: 0, position, done: 0, archived: 0, due_date: null, due_at: null, checklist_done: 0, checklist_total: 0, labels: '[]' },
	assignees: []
});

describe('diffCard and a card\'s place', () => {
	it('tells a new place within the column from a move to another column', () => {
		expect(diffCard('c1', card('todo', 'a0'), card('todo', 'a1'))).toEqual([{ card_id: 'c1', kind: 'reordered', detail: { to: 'To do' } }]);
		expect(diffCard('c1', card('todo', 'a0'), card('done', 'a1'))).toEqual([{ card_id: 'c1', kind: 'moved', detail: { from: 'To do', to: 'Done' } }]);
		expect(diffCard('c1', card('todo', 'a0'), card('todo', 'a0'))).toEqual([]);
	});

	it('has words for it in both languages', () => {
		expect(translate('en', 'board.h_reordered', { who: 'Ana', to: 'To do' })).toBe('Ana moved this within To do');
		expect(translate('es', 'board.h_reordered', { who: 'Ana', to: 'Por hacer' })).toBe('Ana la cambió de lugar dentro de Por hacer');
	});
});

describe('card history through the projection', () => {
	let f: Foundation;
	beforeEach(async () => (f = await openFoundation()));
	afterEach(async () => f.close());

	it('records who put a card higher in its own column', async () => {
		const { owner, member, team } = await teamOfFour(f.db);
		const boardId = newId();
		await f.db.insertInto('document').values({ id: boardId, team_id: team.id, kind: 'board', title: 'Campaign', created_by: owner.id, created_at: Date.now(), updated_at: Date.now(), archived_at: null }).execute();
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Done']);
		const [todo] = readColumns(doc);
		const hook = boardProjection(f.db, createLogger('silent'));
		let lastId = 0;
		const edit = async (by: string, change: (d: Y.Doc) => void) => {
			let tr: Y.Transaction | null = null;
			const listen = (t: Y.Transaction) => (tr = t);
			doc.on('afterTransaction', listen);
			doc.transact(() => change(doc), 'test');
			doc.off('afterTransaction', listen);
			hook.afterApply?.({ documentId: boardId, kind: 'board', doc, tr: tr!, from: null, by });
			await hook.afterStored?.({ documentId: boardId, kind: 'board', doc, lastId: ++lastId, by: [by], at: Date.now() });
		};
		let first = '';
		let second = '';
		await edit(owner.id, (d) => {
			first = addCard(d, { title: 'Book the room', column: todo.id });
			second = addCard(d, { title: 'Call the sheriff', column: todo.id });
		});
		await edit(member.id, (d) => moveCard(d, second, todo.id, 0));
		expect(readBoard(doc).cards.map((c) => c.id)).toEqual([second, first]);
		const history = await f.db.selectFrom('card_event').select(['kind', 'user_id', 'detail']).where('card_id', '=', second).orderBy('id').execute();
		expect(history.map((e) => [e.kind, e.user_id])).toEqual([
			['created', owner.id],
			['reordered', member.id]
		]);
		expect(JSON.parse(history[1].detail)).toEqual({ to: 'To do' });
		// The card that stayed put has no new entry.
		expect((await f.db.selectFrom('card_event').select('kind').where('card_id', '=', first).execute()).map((e) => e.kind)).toEqual(['created']);
	});
});
