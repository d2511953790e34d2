import type * as Y from 'yjs';
import type { ShapeProblem } from './doc-shape';
import { validateAdaptation } from './policy-doc';
import { validateDraft } from './model-draft-doc';
import { richTextProblems } from './rich-text-doc';
import { validateBoard, validateBoardChanges } from './board-doc';

/** The kinds of live document (the `document.kind` column). */
export type LiveKind = 'doc' | 'talking_points' | 'policy' | 'model_draft' | 'board' | 'testimony';

/**
 * The rich-text kinds whose passages take anchored comments (their threads in SQLite, the
 * `comment` mark and the server's activity map in the document). Testimony joins when it lands.
 */
export const COMMENT_KINDS: readonly LiveKind[] = ['doc', 'talking_points', 'testimony'];

export interface KindSchema {
	/** Structured kinds are read by the server; an update that breaks their shape is refused. */
	structured: boolean;
	validate(doc: Y.Doc): ShapeProblem[];
	/** What a transaction that applied an update added against the schema (read off its new items). */
	checkApplied?(tr: Y.Transaction): ShapeProblem[];
	/**
	 * For a structured kind whose full check costs too much per update: `validate` limited to what
	 * a transaction on a document touched. Empty exactly when `validate` would be, given the
	 * document had no problems before.
	 */
	validateChanges?(doc: Y.Doc, tr: Y.Transaction): ShapeProblem[];
}

/** Rich text is one XML fragment only editors read: its updates are checked by what they added, not on a copy. */
const richText: KindSchema = { structured: false, validate: () => [], checkApplied: richTextProblems };

export const KIND_SCHEMAS: Record<LiveKind, KindSchema> = {
	doc: richText,
	talking_points: richText,
	// Testimony for a hearing: rich text like a document; its speaker's settings live in SQLite.
	testimony: richText,
	policy: { structured: true, validate: validateAdaptation },
	model_draft: { structured: true, validate: validateDraft },
	board: { structured: true, validate: validateBoard, validateChanges: validateBoardChanges }
};
