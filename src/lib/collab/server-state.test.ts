import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyServerState } from './server-state';
import { addCard, addChecklistItem, readBoard, seedBoard } from './board-doc';

const SERVER = Symbol('server');

/** A board as a server would hold it: columns, cards, a checklist, a deleted card. */
function serverBoard(): Y.Doc {
	const doc = new Y.Doc();
	seedBoard(doc, ['To do', 'Doing', 'Done']);
	const column = readBoard(doc).columns[0].id;
	for (let i = 0; i < 40; i++) {
		const id = addCard(doc, { title: `Call the sheriff's office (${i})`, column });
		if (i % 4 === 0) addChecklistItem(doc, id, 'Find the number');
	}
	return doc;
}

type Call = { update: Uint8Array; origin: unknown; transaction: Y.Transaction | null };

function listened(doc: Y.Doc): Call[] {
	const calls: Call[] = [];
	doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction | null) => calls.push({ update, origin, transaction }));
	return calls;
}

describe('applyServerState', () => {
	it("gives the 'update' listeners the server's own bytes once, and the document all of it", () => {
		const server = serverBoard();
		const state = Y.encodeStateAsUpdate(server);
		const doc = new Y.Doc();
		const calls = listened(doc);
		applyServerState(doc, state, SERVER);
		expect(readBoard(doc)).toEqual(readBoard(server));
		expect(readBoard(doc).cards).toHaveLength(40);
		expect(calls).toHaveLength(1);
		// The very bytes that came: nothing was encoded again.
		expect(calls[0].update).toBe(state);
		expect(calls[0].origin).toBe(SERVER);
		expect(calls[0].transaction?.origin).toBe(SERVER);
		// What a listener keeps (the copy in IndexedDB) makes the same document again.
		const copy = new Y.Doc();
		Y.applyUpdate(copy, calls[0].update);
		expect(readBoard(copy)).toEqual(readBoard(server));
	});

	it('calls no listener when the state brings nothing new, as Yjs would not', () => {
		const server = serverBoard();
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
		const calls = listened(doc);
		applyServerState(doc, Y.encodeStateAsUpdate(server), SERVER);
		expect(calls).toHaveLength(0);
	});

	it('counts a deletion alone as a change', () => {
		const server = serverBoard();
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
		const before = Y.encodeStateVector(doc);
		const calls = listened(doc);
		const card = readBoard(server).cards[0].id;
		server.getMap('cards').delete(card);
		applyServerState(doc, Y.encodeStateAsUpdate(server, before), SERVER);
		expect(calls).toHaveLength(1);
		expect(readBoard(doc).cards.map((c) => c.id)).not.toContain(card);
	});

	it('leaves the listeners in place, in their order, for the changes that follow', () => {
		const doc = new Y.Doc();
		const order: string[] = [];
		doc.on('update', () => order.push('first'));
		doc.on('update', () => order.push('second'));
		applyServerState(doc, Y.encodeStateAsUpdate(serverBoard()), SERVER);
		expect(order).toEqual(['first', 'second']);
		doc.getMap('cards').set('x', 1);
		expect(order).toEqual(['first', 'second', 'first', 'second']);
	});

	it('puts the listeners back when a listener of the change throws', () => {
		const doc = new Y.Doc();
		const calls = listened(doc);
		doc.getMap('cards').observe(() => {
			throw new Error('a page observer failed');
		});
		expect(() => applyServerState(doc, Y.encodeStateAsUpdate(serverBoard()), SERVER)).toThrow('a page observer failed');
		doc.getText('t').insert(0, 'still heard');
		expect(calls.at(-1)?.origin).toBeNull();
	});
});
