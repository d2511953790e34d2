import type { AppContext } from '../../src/lib/server/app';
import { shapeHooks } from './before-apply';
import { documentTouched } from './document-touched';
import type { CollabHooks } from './hooks';

/** The hooks every live document runs through, in order: the shape check comes first. */
export function defaultHooks(context: AppContext): CollabHooks[] {
	const log = context.log.child({ module: 'collab' });
	return [shapeHooks, documentTouched(context.db, log)];
}
