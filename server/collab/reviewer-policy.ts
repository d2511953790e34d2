import * as Y from 'yjs';
import { COMMENT_KINDS } from '../../src/lib/collab/document-kinds';
import { isCommentKey } from '../../src/lib/collab/rich-text-doc';
import { baseText, suggestionAuthors } from '../../src/lib/collab/suggestion-base';
import { documentJson } from '../../src/lib/server/export/content';
import { CLOSE } from './protocol';
import type { Incoming, Verdict } from './before-apply';
import type { CollabHooks } from './hooks';

const APPLY: Verdict = { action: 'apply' };

interface Reading {
	/** The text without suggestions (comments, marks of their own, set aside: reviewers add them freely). */
	base: string;
	authors: Map<string, string>;
}

function reading(doc: Y.Doc): Reading {
	const pm = documentJson(doc);
	return { base: baseText(pm, isCommentKey), authors: suggestionAuthors(pm) };
}

/** What a scratch copy read after its last update, while no other change has reached it. */
const readings = new WeakMap<Y.Doc, Reading>();
const watched = new WeakSet<Y.Doc>();
function remember(doc: Y.Doc, value: Reading): void {
	if (!watched.has(doc)) {
		watched.add(doc);
		doc.on('afterTransaction', () => readings.delete(doc));
	}
	readings.set(doc, value);
}

/**
 * A reviewer (a document shared for review) comments and suggests, and changes nothing else.
 * Their update is tried on a copy of the document: the text without suggestions (every suggested
 * insertion left out, every suggested deletion kept) must read the same before and after, and
 * every suggestion it adds must be theirs. Anything else closes the connection, nothing stored.
 */
export function reviewerBeforeApply(incoming: Incoming): Verdict {
	if (!incoming.suggestOnly || incoming.readOnly) return APPLY;
	const refused = (reason: string): Verdict => ({ action: 'close', code: CLOSE.updateRefused, reason });
	if (!COMMENT_KINDS.includes(incoming.kind)) return refused('suggestions_only');
	const scratch = incoming.scratch();
	// The copy is the room's doc until the update goes in: what it read after the last reviewer
	// update still holds if nothing has changed it since.
	const before = readings.get(scratch) ?? reading(incoming.doc());
	try {
		Y.applyUpdate(scratch, incoming.update);
	} catch {
		return { action: 'close', code: CLOSE.invalid, reason: 'invalid_update' };
	}
	const after = reading(scratch);
	remember(scratch, after);
	if (before.base !== after.base) return refused('suggestions_only');
	const known = before.authors;
	for (const [id, author] of after.authors) {
		const was = known.get(id);
		if (was === undefined ? author !== incoming.identity.userId : was !== author) return refused('suggestion_author');
	}
	return APPLY;
}

/** Reviewers' updates keep to suggestions (see `reviewerBeforeApply`). */
export const reviewerPolicy: CollabHooks = { name: 'reviewer', beforeApply: reviewerBeforeApply };
