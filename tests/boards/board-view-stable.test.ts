import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addChecklistItem, readBoard, readColumns, renameColumn, seedBoard, setCardTitle, stableView } from '$lib/collab/board-doc';

describe('stableView', () => {
	it('keeps the objects of everything that did not change, and of nothing that did', () => {
		const doc = new Y.Doc();
		seedBoard(doc, ['To do', 'Done']);
		const [todo] = readColumns(doc);
		const ids = Array.from({ length: 5 }, (_, i) => addCard(doc, { title: `Card ${i}`, column: todo.id }));
		const before = readBoard(doc);
		// Nothing changed: the very same view.
		expect(stableView(before, readBoard(doc))).toBe(before);

		setCardTitle(doc, ids[2], 'Call the sheriff');
		addChecklistItem(doc, ids[4], 'Ask for the big room');
		const after = stableView(before, readBoard(doc));
		expect(after).not.toBe(before);
		expect(after.columns).toBe(before.columns);
		expect(after.labels).toBe(before.labels);
		after.cards.forEach((card, i) => {
			if (i === 2 || i === 4) expect(card).not.toBe(before.cards[i]);
			else expect(card).toBe(before.cards[i]);
		});
		expect(after.cards[2].title).toBe('Call the sheriff');
		expect(after.cards[4].checklist.map((c) => c.text)).toEqual(['Ask for the big room']);

		// The server's first view and the live document's agree: the live one keeps every object.
		const fromServer = structuredClone(readBoard(doc));
		const live = stableView(fromServer, readBoard(doc));
		expect(live).toBe(fromServer);

		renameColumn(doc, todo.id, 'Next up');
		const renamed = stableView(live, readBoard(doc));
		expect(renamed.columns[0]).not.toBe(live.columns[0]);
		expect(renamed.columns[1]).toBe(live.columns[1]);
		expect(renamed.cards).toBe(live.cards);
	});
});
