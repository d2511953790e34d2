import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadCopyQuietly } from './copy-load';

/** What y-indexeddb does with a stored copy: every stored update, in one transaction of its own origin. */
function loadCopy(doc: Y.Doc, copy: object, stored: Uint8Array[]) {
	Y.transact(doc, () => stored.forEach((u) => Y.applyUpdate(doc, u)), copy, false);
}

function storedCopy(): Uint8Array[] {
	const doc = new Y.Doc();
	doc.getText('body').insert(0, 'Rule 1: no detainers without a judicial warrant.');
	const first = Y.encodeStateAsUpdate(doc);
	const sv = Y.encodeStateVector(doc);
	doc.getMap('cards').set('c1', 'Call the sheriff');
	return [first, Y.encodeStateAsUpdate(doc, sv)];
}

/** A document whose 'update' listener notes each change's origin, and the copy's origin. */
function listenedDoc() {
	const doc = new Y.Doc();
	const heard: unknown[] = [];
	doc.on('update', (_u: Uint8Array, origin: unknown) => heard.push(origin));
	return { doc, copy: {}, heard };
}

describe('loadCopyQuietly', () => {
	it('loads the copy with no listener called while the socket is not open, then hears changes again', () => {
		const { doc, copy, heard } = listenedDoc();
		loadCopyQuietly(doc, copy, () => true);
		loadCopy(doc, copy, storedCopy());
		expect(doc.getText('body').toString()).toBe('Rule 1: no detainers without a judicial warrant.');
		expect(doc.getMap('cards').get('c1')).toBe('Call the sheriff');
		expect(heard).toEqual([]);
		doc.getText('body').insert(0, 'Draft: ');
		expect(heard).toEqual([null]);
	});

	it('loads it as usual once the socket is open: the listeners hear it', () => {
		const { doc, copy, heard } = listenedDoc();
		loadCopyQuietly(doc, copy, () => false);
		loadCopy(doc, copy, storedCopy());
		expect(heard).toEqual([copy]);
	});

	it('leaves other origins alone', () => {
		const { doc, copy, heard } = listenedDoc();
		loadCopyQuietly(doc, copy, () => true);
		const server = Symbol('server');
		Y.applyUpdate(doc, storedCopy()[0], server);
		expect(heard).toEqual([server]);
	});

	it('lets every listener hear a change an observer makes while the copy loads', () => {
		const doc = new Y.Doc();
		const copy = {};
		const heard: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => heard.push(u));
		// A page observer that writes when the copy arrives (repairing a missing field, say).
		doc.getMap('cards').observe((event) => {
			if (event.transaction.origin === copy) doc.getMap('cards').set('repaired', true);
		});
		loadCopyQuietly(doc, copy, () => true);
		loadCopy(doc, copy, storedCopy());
		expect(doc.getMap('cards').get('repaired')).toBe(true);
		// Whatever the listeners heard rebuilds the observer's write (the socket sends it, IndexedDB keeps it).
		const elsewhere = new Y.Doc();
		for (const u of heard) Y.applyUpdate(elsewhere, u);
		expect(elsewhere.getMap('cards').get('repaired')).toBe(true);
	});

	it('stops when asked, and puts the listeners back', () => {
		const { doc, copy, heard } = listenedDoc();
		const stop = loadCopyQuietly(doc, copy, () => true);
		stop();
		loadCopy(doc, copy, storedCopy());
		expect(heard).toEqual([copy]);
	});
});
