import * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { COMMENT_KINDS } from '../../src/lib/collab/document-kinds';
import { isCommentKey, RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import { baseText, suggestionAuthors, type PmNode } from '../../src/lib/collab/suggestion-base';
import { CLOSE } from './protocol';
import type { Incoming, Verdict } from './before-apply';
import type { CollabHooks } from './hooks';

const APPLY: Verdict = { action: 'apply' };

const json = (doc: Y.Doc): PmNode => ({ type: 'doc', content: yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(RICH_TEXT_FIELD)).content ?? [] });

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
	const before = json(incoming.doc());
	const scratch = incoming.scratch();
	try {
		Y.applyUpdate(scratch, incoming.update);
	} catch {
		return { action: 'close', code: CLOSE.invalid, reason: 'invalid_update' };
	}
	const after = json(scratch);
	// Comments are marks of their own in the text: a reviewer adds and removes them freely.
	if (baseText(before, isCommentKey) !== baseText(after, isCommentKey)) return refused('suggestions_only');
	const known = suggestionAuthors(before);
	for (const [id, author] of suggestionAuthors(after)) {
		const was = known.get(id);
		if (was === undefined ? author !== incoming.identity.userId : was !== author) return refused('suggestion_author');
	}
	return APPLY;
}

/** Reviewers' updates keep to suggestions (see `reviewerBeforeApply`). */
export const reviewerPolicy: CollabHooks = { name: 'reviewer', beforeApply: reviewerBeforeApply };
