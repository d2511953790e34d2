/** Any base will do: only whether a target stays on it matters. */
const BASE = 'http://playbook.invalid';

// Browsers drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil" leaves the site.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to send someone after a form, from a value the request gave (`next`, `redirectTo`):
 * only a path on this site, re-serialized so the Location header is always valid.
 */
export function safeNext(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2048 || UNSAFE.test(value)) return fallback;
	let url: URL;
	try {
		url = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	return url.pathname + url.search + url.hash;
}
