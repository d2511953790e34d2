// src/lib/server/auth/redirect.ts
/** Any base will do: only whether a target stays on it matters. */
var BASE = "http://playbook.invalid";
var UNSAFE = /[\u0000-\u001f\u007f\\]/;
/**
* Where to send someone after a form, from a value the request gave (`next`, `redirectTo`):
* only a path on this site, re-serialized so the Location header is always valid.
*/
function safeNext(value, fallback = "/") {
	if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048 || UNSAFE.test(value)) return fallback;
	let url;
	try {
		url = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	return url.pathname + url.search + url.hash;
}

export { safeNext as s };
//# sourceMappingURL=redirect.js-vQb-wdfz.js.map
