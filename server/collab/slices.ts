/**
 * Work done for every open room once per interval is done a slice of the rooms at a time, spread
 * over the interval: a thousand rooms at once held the event loop long enough to delay every
 * relay queued behind them.
 */
export const SLICES = 20;

/** Which slice a room falls in, from its document id (stable for as long as the room is open). */
export function sliceOf(id: string): number {
	let hash = 0;
	for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
	return (hash >>> 0) % SLICES;
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
