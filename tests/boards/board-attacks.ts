import fc from 'fast-check';
import * as Y from 'yjs';
import { CARD, cardsMap, columnsMap, labelsMap } from '../../src/lib/collab/board-doc';
import { anyValue } from '../collab/shape-attacks';

/** One way to give a board a shape its schema does not allow, as a crafted client could. */
export type BoardAttack = (doc: Y.Doc, index: number) => void;


function nth(map: Y.Map<unknown>, index: number): Y.Map<unknown> | null {
	const maps = [...map.values()].filter((v): v is Y.Map<unknown> => v instanceof Y.Map);
	return maps.length ? maps[index % maps.length] : null;
}

const CARD_FIELDS = [...Object.values(CARD), 'owner'];

export const boardAttack: fc.Arbitrary<BoardAttack> = fc.oneof(
	// Something that is not a card, a column or a label where one should be.
	fc.tuple(fc.constantFrom(cardsMap, columnsMap, labelsMap), anyValue, fc.string({ minLength: 1, maxLength: 6 })).map(([root, value, key]): BoardAttack => (doc) => root(doc).set(`x-${key}`, value())),
	// A card field holding the wrong kind of value (a position that is a number, a column that is a map...).
	fc.tuple(fc.constantFrom(...CARD_FIELDS), anyValue).map(([field, value]): BoardAttack => (doc, i) => nth(cardsMap(doc), i)?.set(field, value())),
	// A column or label field holding the wrong kind of value.
	fc.tuple(fc.constantFrom(columnsMap, labelsMap), fc.constantFrom('name', 'position', 'done', 'color'), anyValue).map(([root, field, value]): BoardAttack => (doc, i) => nth(root(doc), i)?.set(field, value())),
	// Junk inside a card's sets and checklist.
	fc.tuple(fc.constantFrom(CARD.assignees, CARD.labels, CARD.links), anyValue).map(([field, value]): BoardAttack => (doc, i) => {
		const set = nth(cardsMap(doc), i)?.get(field);
		if (set instanceof Y.Map) set.set('someone', value());
	}),
	anyValue.map((value): BoardAttack => (doc, i) => {
		const list = nth(cardsMap(doc), i)?.get(CARD.checklist);
		if (list instanceof Y.Array) list.push([value()]);
	}),
	// Whole roots of the wrong type.
	// The root maps given list content (a client that wrote `cards` as an array).
	fc.constantFrom(...Object.values({ cards: 'cards', columns: 'columns', labels: 'labels' })).map((root): BoardAttack => (doc) => {
		const other = new Y.Doc();
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		const update = (() => {
			const vector = Y.encodeStateVector(other);
			const fresh = new Y.Doc();
			fresh.clientID = other.clientID + 1;
			fresh.getArray(root).push([1, 'x']);
			return Y.encodeStateAsUpdate(fresh, vector);
		})();
		Y.applyUpdate(doc, update);
	})
);
