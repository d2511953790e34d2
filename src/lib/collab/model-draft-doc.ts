import type * as Y from 'yjs';
import { ruleArrayProblems, type RuleShape, type ShapeProblem } from './doc-shape';
import { RULES } from './policy-doc';

/**
 * The campaign's draft of the next model version: the same `rules` array as an adaptation, each
 * map with the rule's `key`, `number`, `title`, `summary`, `why` and its words in `text`.
 */
export const DRAFT_SHAPE: RuleShape = {
	fields: { key: 'string', number: 'number', title: 'string', summary: 'string', why: 'string' },
	required: ['key']
};

/** Where a model draft departs from its shape; empty when every reader can use all of it. */
export function validateDraft(doc: Y.Doc): ShapeProblem[] {
	return ruleArrayProblems(doc, RULES, DRAFT_SHAPE);
}
