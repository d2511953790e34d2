import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentActivityPolicy, touchesCommentActivity } from '../../server/collab/comment-activity';
import { commentActivityMap, RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import type { Identity } from '../../server/collab/room';

const identity: Identity = { userId: 'u1', sessionId: 's1', teamId: 't1', documentId: 'd1', ip: '127.0.0.1', kind: 'doc', shown: { name: 'Ana', color: '#000', role: 'member' } };

/** A room's document: a paragraph, and the server's counts for two threads. */
function roomDoc(): Y.Doc {
	const doc = new Y.Doc();
	const paragraph = new Y.XmlElement('paragraph');
	paragraph.insert(0, [new Y.XmlText('We ask the council to adopt the rules.')]);
	doc.getXmlFragment(RICH_TEXT_FIELD).insert(0, [paragraph]);
	doc.transact(() => {
		commentActivityMap(doc).set('threada', 1);
		commentActivityMap(doc).set('threadb', 3);
	}, 'server');
	return doc;
}

/** A client's copy of the room's document, and the update it sends for `edit`. */
function updateFrom(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	const vector = Y.encodeStateVector(copy);
	edit(copy);
	return Y.encodeStateAsUpdate(copy, vector);
}

const verdict = (kind: 'doc' | 'talking_points' | 'policy' | 'board', doc: Y.Doc, update: Uint8Array, readOnly = false) =>
	commentActivityPolicy.beforeApply!({ kind, readOnly, identity, doc: () => doc, scratch: () => doc, update });

const textOf = (doc: Y.Doc) => (doc.getXmlFragment(RICH_TEXT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('the comment activity map is the server’s', () => {
	it('lets typing, formatting and comment marks through', () => {
		const doc = roomDoc();
		const typed = updateFrom(doc, (c) => textOf(c).insert(3, 'kindly '));
		const marked = updateFrom(doc, (c) => textOf(c).format(3, 3, { 'comment--h': { threadId: 'abcdefghijklmnopqrstuvwxyz' } }));
		const deleted = updateFrom(doc, (c) => textOf(c).delete(0, 3));
		for (const update of [typed, marked, deleted]) {
			expect(touchesCommentActivity(doc, update)).toBe(false);
			expect(verdict('doc', doc, update)).toEqual({ action: 'apply' });
		}
	});

	it('refuses a client that sets, overwrites, adds to or deletes from the map, on every kind that takes comments', () => {
		const doc = roomDoc();
		const attacks: Record<string, Uint8Array> = {
			overwrite: updateFrom(doc, (c) => commentActivityMap(c).set('threada', 99)),
			add: updateFrom(doc, (c) => commentActivityMap(c).set('forged', 1)),
			delete: updateFrom(doc, (c) => commentActivityMap(c).delete('threadb')),
			clear: updateFrom(doc, (c) => commentActivityMap(c).clear()),
			nested: updateFrom(doc, (c) => commentActivityMap(c).set('deep', new Y.Map([['x', 1]]))),
			withTyping: updateFrom(doc, (c) => {
				textOf(c).insert(0, 'Hi ');
				commentActivityMap(c).set('threada', 2);
			})
		};
		for (const [name, update] of Object.entries(attacks)) {
			expect(touchesCommentActivity(doc, update), name).toBe(true);
			expect(verdict('doc', doc, update), name).toEqual({ action: 'close', code: 4422, reason: 'comment_activity' });
			expect(verdict('talking_points', doc, update), name).toMatchObject({ action: 'close', code: 4422 });
		}
		// A document where the server never wrote the map yet: a client creating it is refused too.
		const fresh = new Y.Doc();
		expect(verdict('doc', fresh, updateFrom(fresh, (c) => commentActivityMap(c).set('x', 1)))).toMatchObject({ action: 'close', code: 4422 });
	});

	it('refuses a write split in two, its second half sent first and held back by Yjs', () => {
		const doc = roomDoc();
		const attacker = new Y.Doc();
		Y.applyUpdate(attacker, Y.encodeStateAsUpdate(doc));
		const start = Y.encodeStateVector(attacker);
		commentActivityMap(attacker).set('forged', 1);
		const middle = Y.encodeStateVector(attacker);
		commentActivityMap(attacker).set('forged', 2);
		const first = Y.encodeStateAsUpdate(attacker, start);
		const second = Y.encodeStateAsUpdate(attacker, middle);
		// The second half names its neighbour only, which the room does not have yet: it waits.
		expect(verdict('doc', doc, second)).toEqual({ action: 'apply' });
		Y.applyUpdate(doc, second);
		expect(doc.store.pendingStructs).not.toBeNull();
		// The half that would let it in names the map itself.
		expect(verdict('doc', doc, first)).toMatchObject({ action: 'close', code: 4422 });
	});

	it('leaves read-only connections to the shape hook and other kinds alone', () => {
		const doc = roomDoc();
		const forged = updateFrom(doc, (c) => commentActivityMap(c).set('threada', 99));
		expect(verdict('doc', doc, forged, true)).toEqual({ action: 'apply' });
		expect(verdict('policy', doc, forged)).toEqual({ action: 'apply' });
		expect(verdict('board', doc, forged)).toEqual({ action: 'apply' });
	});

	it('closes with 1007 an update that does not decode', () => {
		expect(verdict('doc', roomDoc(), new Uint8Array([1, 2, 3, 250, 250]))).toMatchObject({ action: 'close', code: 1007 });
	});
});
