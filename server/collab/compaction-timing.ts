import type { CollabOptions } from './limits';

/**
 * When a room folds its update log into the snapshot. Compacting reads the log back, builds the
 * document from it and rewrites the snapshot: a few milliseconds of the event loop, which every
 * relay queued behind it waits for. So a log past its threshold waits for a pause in the
 * document's edits, and is folded at once only when it has grown well past the threshold (a
 * document edited without a pause for a long while) or when the room unloads.
 */

/** A log this many times past its threshold is folded without waiting for a pause. */
export const OVERDUE_FACTOR = 4;

export interface Tail {
	/** Updates logged since the snapshot. */
	count: number;
	bytes: number;
}

export type Thresholds = Pick<CollabOptions, 'compactAfterUpdates' | 'compactAfterBytes'>;

/**
 * `wait`: nothing to fold yet; `when-quiet`: fold once edits pause; `now`: fold now. On unload
 * anything logged is folded.
 */
export function compactionTiming(tail: Tail, limits: Thresholds, unloading = false): 'wait' | 'when-quiet' | 'now' {
	if (!tail.count) return 'wait';
	if (unloading) return 'now';
	const past = (factor: number) => tail.count >= limits.compactAfterUpdates * factor || tail.bytes >= limits.compactAfterBytes * factor;
	if (past(OVERDUE_FACTOR)) return 'now';
	return past(1) ? 'when-quiet' : 'wait';
}
