import { describe, expect, it } from 'vitest';
import { everySlice, Sliced, SLICES } from '../../server/collab/slices';
import { newId } from '../../src/lib/server/refusal';

describe('slices of the open rooms', () => {
	it('deals a thousand rooms out evenly, each in one slice, and lets go of a room that closed', () => {
		const sliced = new Sliced<string>();
		const all = () => Array.from({ length: SLICES }, (_, i) => [...sliced.in(i)]);
		const ids = Array.from({ length: 1_000 }, () => newId());
		for (const id of ids) sliced.add(id);
		sliced.add(ids[0]); // added twice: still in one slice
		// 50 a slice, every room in exactly one.
		expect(all().map((s) => s.length)).toEqual(new Array(SLICES).fill(50));
		expect(new Set(all().flat()).size).toBe(1_000);
		sliced.delete(ids[0]);
		sliced.delete(ids[0]);
		expect(all().flat()).toHaveLength(999);
		expect(all().flat()).not.toContain(ids[0]);
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
