import type * as Y from 'yjs';
import type { ShapeProblem } from './doc-shape';
import { validateAdaptation } from './policy-doc';
import { validateDraft } from './model-draft-doc';

/** The kinds of live document (the `document.kind` column). */
export type LiveKind = 'doc' | 'talking_points' | 'policy' | 'model_draft';

export interface KindSchema {
	/** Structured kinds are read by the server; an update that breaks their shape is refused. */
	structured: boolean;
	validate(doc: Y.Doc): ShapeProblem[];
}

/** Rich text is one XML fragment that only editors read, and they skip what they do not know. */
const richText: KindSchema = { structured: false, validate: () => [] };

export const KIND_SCHEMAS: Record<LiveKind, KindSchema> = {
	doc: richText,
	talking_points: richText,
	policy: { structured: true, validate: validateAdaptation },
	model_draft: { structured: true, validate: validateDraft }
};
