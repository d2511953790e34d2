import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docStamp, hasStamp } from './doc-stamp';

function synced(from: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(from));
	return copy;
}

describe('docStamp', () => {
	it('names the same state in a copy made from the encoded document', () => {
		const doc = new Y.Doc();
		const cards = doc.getMap('cards');
		for (let i = 0; i < 20; i++) cards.set(`c${i}`, `card ${i}`);
		for (let i = 0; i < 20; i += 3) cards.delete(`c${i}`);
		doc.getText('t').insert(0, 'hello world');
		doc.getText('t').delete(2, 4);
		expect(hasStamp(synced(doc), docStamp(doc))).toBe(true);
	});

	it('tells a deletion apart, though the state vector stays the same', () => {
		const doc = new Y.Doc();
		doc.getMap('cards').set('a', 1);
		doc.getMap('cards').set('b', 2);
		const stamp = docStamp(doc);
		const copy = synced(doc);
		copy.getMap('cards').delete('a');
		expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
		expect(hasStamp(copy, stamp)).toBe(false);
	});

	it('tells an edit by another client apart', () => {
		const doc = new Y.Doc();
		doc.getMap('cards').set('a', 1);
		const stamp = docStamp(doc);
		const other = synced(doc);
		other.getMap('cards').set('b', 2);
		expect(hasStamp(other, stamp)).toBe(false);
		expect(hasStamp(doc, stamp)).toBe(true);
	});

	it('treats a stamp that does not read as a change', () => {
		const doc = new Y.Doc();
		expect(hasStamp(doc, 'not a stamp')).toBe(false);
		expect(hasStamp(doc, '')).toBe(false);
	});
});
