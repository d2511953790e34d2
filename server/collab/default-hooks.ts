import type { AppContext } from '../../src/lib/server/app';
import { shapeHooks } from './before-apply';
import { boardPolicy } from './board-policy';
import { boardProjection } from './board-projection';
import { commentActivityPolicy } from './comment-activity';
import { reviewerPolicy } from './reviewer-policy';
import { documentTouched } from './document-touched';
import type { CollabHooks } from './hooks';
import { versionCheckpoints } from './version-checkpoints';

/** The hooks every live document runs through, in order: the shape check comes first. */
export function defaultHooks(context: AppContext): CollabHooks[] {
	const log = context.log.child({ module: 'collab' });
	return [
		shapeHooks,
		reviewerPolicy,
		commentActivityPolicy,
		boardPolicy(context.db, log),
		documentTouched(context.db, log),
		boardProjection(context.db, log),
		versionCheckpoints(context.db, log)
	];
}
