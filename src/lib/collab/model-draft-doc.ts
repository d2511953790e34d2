import type * as Y from 'yjs';
import { ruleArrayProblems, stringField, type RuleShape, type ShapeProblem } from './doc-shape';
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

/** The fields of a draft rule map, besides its words in `text`. */
export const DRAFT_FIELD = { key: 'key', number: 'number', title: 'title', summary: 'summary', why: 'why' } as const;
export type DraftTextField = typeof DRAFT_FIELD.title | typeof DRAFT_FIELD.summary | typeof DRAFT_FIELD.why;

/** What the draft editor shows of one rule map. */
export interface DraftRuleView {
	map: Y.Map<unknown>;
	key: string;
	title: string;
	summary: string;
	why: string;
}

export function readDraftRule(map: Y.Map<unknown>): DraftRuleView {
	return {
		map,
		key: stringField(map, DRAFT_FIELD.key),
		title: stringField(map, DRAFT_FIELD.title),
		summary: stringField(map, DRAFT_FIELD.summary),
		why: stringField(map, DRAFT_FIELD.why)
	};
}
