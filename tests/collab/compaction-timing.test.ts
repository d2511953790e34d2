import { describe, expect, it } from 'vitest';
import { compactionTiming, OVERDUE_FACTOR } from '../../server/collab/compaction-timing';

const limits = { compactAfterUpdates: 1_000, compactAfterBytes: 1024 * 1024 };

describe('when a room folds its log', () => {
	it('waits while the log is under both thresholds', () => {
		expect(compactionTiming({ count: 0, bytes: 0 }, limits)).toBe('wait');
		expect(compactionTiming({ count: 999, bytes: 1024 * 1024 - 1 }, limits)).toBe('wait');
	});

	it('waits for a pause in the edits once either threshold is passed', () => {
		expect(compactionTiming({ count: 1_000, bytes: 10 }, limits)).toBe('when-quiet');
		expect(compactionTiming({ count: 3, bytes: 1024 * 1024 }, limits)).toBe('when-quiet');
		expect(compactionTiming({ count: 1_000 * OVERDUE_FACTOR - 1, bytes: 10 }, limits)).toBe('when-quiet');
	});

	it('folds at once a log well past a threshold, and anything logged when the room unloads', () => {
		expect(compactionTiming({ count: 1_000 * OVERDUE_FACTOR, bytes: 10 }, limits)).toBe('now');
		expect(compactionTiming({ count: 1, bytes: 1024 * 1024 * OVERDUE_FACTOR }, limits)).toBe('now');
		expect(compactionTiming({ count: 1, bytes: 10 }, limits, true)).toBe('now');
		expect(compactionTiming({ count: 0, bytes: 0 }, limits, true)).toBe('wait');
	});
});
