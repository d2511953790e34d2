import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addCard, addChecklistItem, addLabel, cardsMap, columnsMap, commentCountsMap, labelsMap, readColumns, seedBoard, validateBoard, validateBoardChanges } from '../../src/lib/collab/board-doc';

const junk = fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant('a0'), fc.constant('2026-12-01'));
const field = fc.constantFrom('title', 'column', 'position', 'due', 'archived', 'description', 'assignees', 'labels', 'links', 'checklist', 'extra', 'name', 'done', 'color');

/** A wrong- or right-shaped edit somewhere on the board. */
const edit = fc.oneof(
	fc.record({ where: fc.constantFrom('card', 'column', 'label'), index: fc.nat(5), field, value: junk }),
	fc.record({ where: fc.constant('new-card' as const), value: junk }),
	fc.record({ where: fc.constant('count' as const), index: fc.nat(5), value: junk }),
	fc.record({ where: fc.constant('nested' as const), index: fc.nat(5), value: junk }),
	fc.record({ where: fc.constant('ok' as const), index: fc.nat(5), value: fc.string({ maxLength: 20 }) })
);

function apply(doc: Y.Doc, e: { where: string; index?: number; field?: string; value: unknown }): void {
	const pick = (map: Y.Map<unknown>) => {
		const keys = [...map.keys()];
		return map.get(keys[(e.index ?? 0) % keys.length]) as Y.Map<unknown>;
	};
	if (e.where === 'card') pick(cardsMap(doc)).set(e.field!, e.value);
	else if (e.where === 'column') pick(columnsMap(doc)).set(e.field!, e.value);
	else if (e.where === 'label') pick(labelsMap(doc)).set(e.field!, e.value);
	else if (e.where === 'new-card') cardsMap(doc).set('forged', e.value);
	else if (e.where === 'count') commentCountsMap(doc).set([...cardsMap(doc).keys()][e.index! % 6], e.value);
	else if (e.where === 'nested') {
		const list = pick(cardsMap(doc)).get('checklist');
		if (list instanceof Y.Array && list.get(0) instanceof Y.Map) list.get(0).set('text', e.value);
	} else pick(cardsMap(doc)).set('title', String(e.value));
}

describe('validating only what an update touched', () => {
	it('finds a problem exactly when the full check does, on a board that was valid', () => {
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
				const doc = new Y.Doc();
				seedBoard(doc, ['To do', 'Done']);
				addLabel(doc, 'Urgent', 'red');
				for (let i = 0; i < 6; i++) addChecklistItem(doc, addCard(doc, { title: `Card ${i}`, column: readColumns(doc)[0].id }), 'step');
				expect(validateBoard(doc)).toEqual([]);
				let tr: Y.Transaction | null = null;
				doc.on('afterTransaction', (t: Y.Transaction) => (tr = t));
				doc.transact(() => edits.forEach((e) => apply(doc, e)));
				expect(validateBoardChanges(doc, tr!).length > 0).toBe(validateBoard(doc).length > 0);
			}),
			{ numRuns: 500 }
		);
	});
});
