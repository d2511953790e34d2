/**
 * Work done for every open room once per interval is done a slice of the rooms at a time, spread
 * over the interval: a thousand rooms at once held the event loop long enough to delay every
 * relay queued behind them.
 */
export const SLICES = 20;

/**
 * Items dealt out to the slices in turn as they come, so each slice holds as few as can be, and
 * each slice's items found without walking the others.
 */
export class Sliced<T> {
	private readonly slices = Array.from({ length: SLICES }, () => new Set<T>());
	private readonly sliceOf = new Map<T, number>();
	private next = 0;

	add(item: T): void {
		if (this.sliceOf.has(item)) return;
		const slice = this.next++ % SLICES;
		this.sliceOf.set(item, slice);
		this.slices[slice].add(item);
	}

	delete(item: T): void {
		const slice = this.sliceOf.get(item);
		if (slice === undefined) return;
		this.sliceOf.delete(item);
		this.slices[slice].delete(item);
	}

	in(slice: number): Iterable<T> {
		return this.slices[slice];
	}
}

/** Calls `run` with each slice in turn, all of them once per `ms`; the timer does not hold the process. */
export function everySlice(ms: number, run: (slice: number) => void): NodeJS.Timeout {
	let slice = 0;
	const timer = setInterval(() => {
		slice = (slice + 1) % SLICES;
		run(slice);
	}, ms / SLICES);
	timer.unref();
	return timer;
}
