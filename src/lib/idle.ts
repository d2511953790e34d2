/**
 * Runs `run` once the browser is idle, or after `timeoutMs` at the latest (a busy page still gets
 * there); where there is no idle callback (Safari), on the next task. Returns a cancel.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(() => run(), { timeout: timeoutMs });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 0);
	return () => clearTimeout(handle);
}
