import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * A request the domain turns down. `code` names a message in the catalog (errors.<code>),
 * `status` is the HTTP status a route answers with.
 */
export class Refusal extends Error {
	constructor(
		readonly code: string,
		readonly status: 400 | 403 | 404 | 409 | 410 | 429 = 400,
		readonly params: Record<string, string | number> = {}
	) {
		super(code);
		this.name = 'Refusal';
	}
}

/** An unguessable identifier: 16 random bytes, base32. */
export function newId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
