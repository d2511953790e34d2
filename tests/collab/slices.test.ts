import { describe, expect, it } from 'vitest';
import { everySlice, sliceOf, SLICES } from '../../server/collab/slices';
import { newId } from '../../src/lib/server/refusal';

describe('slices of the open rooms', () => {
	it('puts a room in the same slice every time, and a thousand rooms about evenly', () => {
		const ids = Array.from({ length: 1_000 }, () => newId());
		const counts = new Array(SLICES).fill(0);
		for (const id of ids) {
			const slice = sliceOf(id);
			expect(slice).toBe(sliceOf(id));
			expect(slice).toBeGreaterThanOrEqual(0);
			expect(slice).toBeLessThan(SLICES);
			counts[slice]++;
		}
		// 50 a slice on average; none empty, none holding more than twice its share.
		expect(Math.min(...counts)).toBeGreaterThan(0);
		expect(Math.max(...counts)).toBeLessThan(100);
	});

	it('runs every slice once per interval, in turn', async () => {
		const seen: { slice: number; at: number }[] = [];
		const started = performance.now();
		const timer = everySlice(400, (slice) => seen.push({ slice, at: performance.now() - started }));
		await new Promise((r) => setTimeout(r, 430));
		clearInterval(timer);
		const slices = seen.map((s) => s.slice);
		expect(new Set(slices).size).toBeGreaterThanOrEqual(SLICES - 2);
		for (let i = 1; i < slices.length; i++) expect(slices[i]).toBe((slices[i - 1] + 1) % SLICES);
		// Spread over the interval, not all at once.
		expect(seen[seen.length - 1].at - seen[0].at).toBeGreaterThan(300);
	});
});
