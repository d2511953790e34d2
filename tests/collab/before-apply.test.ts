import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { afterApply, beforeApply } from '../../server/collab/before-apply';
import { ruleMap, rulesArray } from '../../src/lib/collab/policy-doc';
import type { Identity } from '../../server/collab/room';

function policyDoc(): Y.Doc {
	const doc = new Y.Doc();
	rulesArray(doc).push([ruleMap({ key: 'judicial-warrant', title: 'Judicial warrant', status: 'keep', dropReason: '', custom: false }, 'No holds without a warrant.')]);
	return doc;
}

/** What the room passes: its doc, and a fresh copy to try the update on. */
const identity: Identity = { userId: 'u1', sessionId: 's1', teamId: 't1', documentId: 'd1', ip: '127.0.0.1', kind: 'doc', shown: { name: 'Ana', color: '#000', role: 'member' } };

function incoming(kind: 'doc' | 'talking_points' | 'policy' | 'model_draft', doc: Y.Doc, update: Uint8Array, readOnly = false) {
	return {
		kind,
		readOnly,
		identity,
		doc: () => doc,
		scratch: () => {
			const copy = new Y.Doc();
			Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
			return copy;
		},
		update
	};
}

/** The update a client would send after `edit` on its copy of `doc`. */
function updateFrom(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	const vector = Y.encodeStateVector(copy);
	edit(copy);
	return Y.encodeStateAsUpdate(copy, vector);
}

describe('beforeApply', () => {
	it('drops any update from a read-only connection without looking at it', () => {
		expect(beforeApply(incoming('doc', new Y.Doc(), new Uint8Array([9, 9]), true))).toEqual({ action: 'drop', reason: 'read_only' });
	});

	it('applies rich text without building the document or a scratch copy', () => {
		let built = false;
		const doc = () => {
			built = true;
			return new Y.Doc();
		};
		const text = new Y.Doc();
		text.getXmlFragment('body').insert(0, [new Y.XmlText('hi')]);
		expect(beforeApply({ ...incoming('talking_points', new Y.Doc(), Y.encodeStateAsUpdate(text)), doc, scratch: doc })).toEqual({ action: 'apply' });
		expect(built).toBe(false);
	});

	it('applies a well-formed policy edit and refuses a wrong-shaped one, leaving the document as it was', () => {
		const doc = policyDoc();
		const good = updateFrom(doc, (copy) => rulesArray(copy).get(0).set('status', 'modify'));
		const bad = updateFrom(doc, (copy) => rulesArray(copy).push(['not a rule' as never]));
		const before = Y.encodeStateAsUpdate(doc);
		expect(beforeApply(incoming('policy', doc, good))).toEqual({ action: 'apply' });
		const verdict = beforeApply(incoming('policy', doc, bad));
		expect(verdict).toMatchObject({ action: 'close', code: 4422, reason: 'update_refused', problems: [{ path: 'rules[1]', problem: 'not_a_map' }] });
		expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
	});

	it('refuses a wrong shape split in two, its bad half sent first (held as pending) and its dependency second', () => {
		const doc = policyDoc();
		const attacker = new Y.Doc();
		Y.applyUpdate(attacker, Y.encodeStateAsUpdate(doc));
		const start = Y.encodeStateVector(attacker);
		rulesArray(attacker).push([ruleMap({ key: 'own-rule', title: 'Ours', status: 'keep', dropReason: '', custom: true }, 'Fine words.')]);
		const middle = Y.encodeStateVector(attacker);
		rulesArray(attacker).get(1).set('text', 'words where a fragment belongs');
		const first = Y.encodeStateAsUpdate(attacker, start);
		const second = Y.encodeStateAsUpdate(attacker, middle);
		// The room's copy, kept in step as the room keeps it.
		const scratch = new Y.Doc();
		Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
		const tried = (update: Uint8Array) => ({ ...incoming('policy', doc, update), scratch: () => scratch });
		// The bad half alone cannot be integrated: nothing to see yet, so it waits in the document.
		expect(beforeApply(tried(second))).toEqual({ action: 'apply' });
		Y.applyUpdate(doc, second);
		expect(doc.store.pendingStructs).not.toBeNull();
		// The scratch copy carries what is pending, so the half that completes it is refused.
		expect(beforeApply(tried(first))).toMatchObject({ action: 'close', code: 4422 });
	});

	it('closes with 1007 an update that does not decode', () => {
		expect(beforeApply(incoming('model_draft', policyDoc(), new Uint8Array([1, 2, 3, 250, 250])))).toMatchObject({ action: 'close', code: 1007 });
	});

	it('lets edits into a document already off its shape, as long as they break nothing more', () => {
		const doc = policyDoc();
		rulesArray(doc).push([42 as never]);
		const edit = updateFrom(doc, (copy) => rulesArray(copy).get(0).set('title', 'Warrants'));
		const worse = updateFrom(doc, (copy) => rulesArray(copy).get(0).set('status', 'abolished'));
		expect(beforeApply(incoming('policy', doc, edit))).toEqual({ action: 'apply' });
		expect(beforeApply(incoming('policy', doc, worse))).toMatchObject({ action: 'close', code: 4422 });
	});

	it('afterApply reads rich text off the applying transaction: keystrokes pass, a map in the body does not', () => {
		const room = new Y.Doc();
		const author = new Y.Doc();
		const paragraph = new Y.XmlElement('paragraph');
		paragraph.insert(0, [new Y.XmlText('Hello')]);
		author.getXmlFragment('body').insert(0, [paragraph]);
		const verdictOf = (update: Uint8Array) => {
			let seen: Y.Transaction | null = null;
			const keep = (tr: Y.Transaction) => (seen = tr);
			room.on('afterTransaction', keep);
			Y.applyUpdate(room, update);
			room.off('afterTransaction', keep);
			return seen ? afterApply({ documentId: 'd1', kind: 'doc', doc: room, tr: seen, from: identity, by: 'u1' }) : { action: 'apply' };
		};
		expect(verdictOf(Y.encodeStateAsUpdate(author))).toEqual({ action: 'apply' });
		const typed = updateFrom(author, (copy) => ((copy.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ', council'));
		expect(verdictOf(typed)).toEqual({ action: 'apply' });
		const broken = updateFrom(author, (copy) => (copy.getXmlFragment('body') as unknown as Y.Array<unknown>).insert(0, [new Y.Map()]));
		expect(verdictOf(broken)).toMatchObject({ action: 'close', code: 4422, problems: [{ problem: 'not_xml' }] });
		// Structured kinds were checked before applying, and the server's own changes are code: nothing more to do.
		let tr: Y.Transaction | null = null;
		room.on('afterTransaction', (t: Y.Transaction) => (tr = t));
		room.transact(() => (room.getXmlFragment('body') as unknown as Y.Array<unknown>).insert(0, [new Y.Map()]));
		expect(afterApply({ documentId: 'd1', kind: 'policy', doc: room, tr: tr!, from: identity, by: 'u1' })).toEqual({ action: 'apply' });
		expect(afterApply({ documentId: 'd1', kind: 'doc', doc: room, tr: tr!, from: null, by: null })).toEqual({ action: 'apply' });
	});
});
