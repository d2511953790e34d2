import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

// src/lib/server/refusal.ts
/**
* A request the domain turns down. `code` names a message in the catalog (errors.<code>),
* `status` is the HTTP status a route answers with.
*/
var Refusal = class extends Error {
	code;
	status;
	params;
	constructor(code, status = 400, params = {}) {
		super(code);
		this.code = code;
		this.status = status;
		this.params = params;
		this.name = "Refusal";
	}
};
/** An unguessable identifier: 16 random bytes, base32. */
function newId() {
	const bytes = /* @__PURE__ */ new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export { Refusal as R, newId as n };
//# sourceMappingURL=refusal.js-CqIAUhOf.js.map
