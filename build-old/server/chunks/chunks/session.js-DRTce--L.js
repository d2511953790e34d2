import { encodeHexLowerCase, encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';

// src/lib/server/auth/session.ts
var SESSION_COOKIE = "playbook_session";
var DAY = 864e5;
var SESSION_LIFETIME = 30 * DAY;
/** A session is extended when less than this much of its life is left. */
var RENEW_WITHIN = 15 * DAY;
/** 20 random bytes, base32: the secret that only the browser's cookie holds. */
function generateToken() {
	const bytes = /* @__PURE__ */ new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
/** What the database keeps of a secret token: its sha256, hex. */
function hashToken(token) {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
async function createSession(db, token, userId, now = Date.now()) {
	const session = {
		id: hashToken(token),
		userId,
		expiresAt: now + SESSION_LIFETIME
	};
	await db.insertInto("session").values({
		id: session.id,
		user_id: userId,
		expires_at: session.expiresAt,
		created_at: now
	}).execute();
	return session;
}
/** Checks a token; deletes it when expired, slides its expiry when it is past half its life. */
async function validateSessionToken(db, token, now = Date.now()) {
	const id = hashToken(token);
	const row = await db.selectFrom("session").innerJoin("user", "user.id", "session.user_id").select([
		"session.id",
		"session.expires_at",
		"user.id as user_id",
		"user.email",
		"user.display_name",
		"user.is_admin",
		"user.locale"
	]).where("session.id", "=", id).executeTakeFirst();
	if (!row) return {
		session: null,
		user: null,
		fresh: false
	};
	if (now >= row.expires_at) {
		await db.deleteFrom("session").where("id", "=", id).execute();
		return {
			session: null,
			user: null,
			fresh: false
		};
	}
	const session = {
		id,
		userId: row.user_id,
		expiresAt: row.expires_at
	};
	let fresh = false;
	if (now >= row.expires_at - RENEW_WITHIN) {
		session.expiresAt = now + SESSION_LIFETIME;
		await db.updateTable("session").set({ expires_at: session.expiresAt }).where("id", "=", id).execute();
		fresh = true;
	}
	return {
		session,
		user: {
			id: row.user_id,
			email: row.email,
			display_name: row.display_name,
			is_admin: row.is_admin,
			locale: row.locale
		},
		fresh
	};
}
async function invalidateSession(db, sessionId) {
	await db.deleteFrom("session").where("id", "=", sessionId).execute();
}
async function invalidateAllSessions(db, userId) {
	await db.deleteFrom("session").where("user_id", "=", userId).execute();
}

export { SESSION_COOKIE as S, invalidateSession as a, createSession as c, generateToken as g, hashToken as h, invalidateAllSessions as i, validateSessionToken as v };
//# sourceMappingURL=session.js-DRTce--L.js.map
