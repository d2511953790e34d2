import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addCard, moveCard, readBoard, readColumns, seedBoard } from '../../src/lib/collab/board-doc';

/** Three peers that exchange updates only when told to, in whatever order the test picks. */
function peers(base: Uint8Array) {
	return [0, 1, 2].map((i) => {
		const doc = new Y.Doc();
		doc.clientID = 1000 + i;
		Y.applyUpdate(doc, base);
		return doc;
	});
}

function sync(from: Y.Doc, to: Y.Doc): void {
	Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

const order = (doc: Y.Doc) => readBoard(doc).cards.map((c) => `${c.column}:${c.id}`);

describe('card order under concurrent moves', () => {
	it('any interleaving of moves by three peers converges to every card exactly once, same order everywhere', () => {
		const step = fc.oneof(
			fc.record({ kind: fc.constant('move' as const), peer: fc.integer({ min: 0, max: 2 }), card: fc.nat(7), column: fc.nat(2), index: fc.nat(9) }),
			fc.record({ kind: fc.constant('sync' as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }) })
		);
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
				const seed = new Y.Doc();
				seed.clientID = 1;
				seedBoard(seed, ['To do', 'Doing', 'Done']);
				const columns = readColumns(seed).map((c) => c.id);
				const cards = Array.from({ length: 8 }, (_, i) => addCard(seed, { title: `Card ${i}`, column: columns[i % 3] }));
				const docs = peers(Y.encodeStateAsUpdate(seed));
				for (const s of steps) {
					if (s.kind === 'move') moveCard(docs[s.peer], cards[s.card], columns[s.column], s.index);
					else if (s.from !== s.to) sync(docs[s.from], docs[s.to]);
				}
				// Everyone hears everything, in a round.
				for (const a of docs) for (const b of docs) if (a !== b) sync(a, b);
				const first = order(docs[0]);
				expect(first).toHaveLength(cards.length);
				expect(new Set(readBoard(docs[0]).cards.map((c) => c.id))).toEqual(new Set(cards));
				for (const doc of docs) expect(order(doc)).toEqual(first);
				// Positions within a column are distinct, so the order is the same for any reader.
				for (const column of columns) {
					const keys = readBoard(docs[0]).cards.filter((c) => c.column === column).map((c) => c.position);
					expect([...keys].sort()).toEqual(keys);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
