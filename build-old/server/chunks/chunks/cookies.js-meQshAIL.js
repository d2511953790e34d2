import { S as SESSION_COOKIE, g as generateToken, c as createSession, h as hashToken } from './session.js-DRTce--L.js';
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

// src/lib/server/auth/device.ts
var DEVICE_COOKIE = "playbook_device";
/** A browser unused for this long is a stranger again. */
var DEVICE_LIFETIME = 31536e6;
var TOKEN = /^[a-z2-7]{32}$/;
/** Whether this browser's device token has signed in to the account with this email before. */
async function isKnownDevice(db, token, email, now = Date.now()) {
	if (!token || !TOKEN.test(token)) return false;
	return await db.selectFrom("known_device").innerJoin("user", "user.id", "known_device.user_id").select("known_device.user_id").where("known_device.id", "=", hashToken(token)).where("user.email", "=", email).where("known_device.last_used_at", ">", now - DEVICE_LIFETIME).executeTakeFirst() !== void 0;
}
/** Records a successful sign-in from this browser; returns the token its cookie should hold. */
async function rememberDevice(db, token, userId, now = Date.now()) {
	const kept = token && TOKEN.test(token) ? token : generateToken();
	await db.insertInto("known_device").values({
		id: hashToken(kept),
		user_id: userId,
		created_at: now,
		last_used_at: now
	}).onConflict((oc) => oc.columns(["id", "user_id"]).doUpdateSet({ last_used_at: now })).execute();
	return kept;
}
// src/lib/server/config.ts
function readConfig(env = process.env) {
	const dataDir = resolve(env.DATA_DIR || "./data");
	mkdirSync(dataDir, { recursive: true });
	const databaseUrl = env.DATABASE_URL || void 0;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error("DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); leave it unset to use SQLite in DATA_DIR");
	const redisUrl = env.REDIS_URL || void 0;
	if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error("REDIS_URL must be a Redis URL (redis://host:6379 or rediss://...); leave it unset for a single process");
	const shutdownTimeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS || 1e4);
	if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs <= 0) throw new Error("SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds above 0 (10000 when unset)");
	return {
		port: Number(env.PORT || 3e3),
		host: env.HOST || "0.0.0.0",
		dataDir,
		databaseUrl,
		redisUrl,
		origin: env.ORIGIN ? env.ORIGIN.replace(/\/$/, "") : void 0,
		smtpUrl: env.SMTP_URL || void 0,
		mailFrom: env.MAIL_FROM || "Playbook <no-reply@playbook.local>",
		logLevel: env.LOG_LEVEL || (env.NODE_ENV === "test" ? "warn" : "info"),
		shutdownTimeoutMs
	};
}
/** Cookies are marked Secure when the public URL is https. */
function secureCookies(config) {
	return config.origin?.startsWith("https://") ?? false;
}
// src/lib/server/auth/cookies.ts
/** Set at sign-in on "This is a shared computer": the browser keeps no offline copy for this session. */
var SHARED_DEVICE_COOKIE = "playbook_shared";
function setSessionCookie(event, token, expiresAt, sharedDevice = isSharedDevice(event)) {
	const options = {
		httpOnly: true,
		sameSite: "lax",
		secure: secureCookies(event.locals.app.config),
		expires: new Date(expiresAt),
		path: "/"
	};
	event.cookies.set(SESSION_COOKIE, token, sharedDevice ? {
		...options,
		expires: void 0
	} : options);
	if (sharedDevice) event.cookies.set(SHARED_DEVICE_COOKIE, "1", {
		...options,
		expires: void 0
	});
	else if (event.cookies.get("playbook_shared")) event.cookies.delete(SHARED_DEVICE_COOKIE, {
		path: "/",
		secure: options.secure
	});
}
function clearSessionCookie(event) {
	const secure = secureCookies(event.locals.app.config);
	event.cookies.delete(SESSION_COOKIE, {
		path: "/",
		secure
	});
	if (event.cookies.get("playbook_shared")) event.cookies.delete(SHARED_DEVICE_COOKIE, {
		path: "/",
		secure
	});
}
/** Whether this browser's session was started as a shared computer's. */
function isSharedDevice(event) {
	return event.cookies.get(SHARED_DEVICE_COOKIE) === "1";
}
/**
* Signs this browser out of its storage too: offline copies and anything else kept per person
* (browsers honour this in secure contexts, localhost included; the signed-out page also clears).
*/
function clearSiteStorage(event) {
	event.setHeaders(Object.fromEntries([CLEAR_SITE_STORAGE]));
}
var CLEAR_SITE_STORAGE = ["clear-site-data", "\"storage\""];
/** A long-lived, readable-by-server preference (language, theme). */
function setPreferenceCookie(event, name, value) {
	event.cookies.set(name, value, {
		httpOnly: true,
		sameSite: "lax",
		secure: secureCookies(event.locals.app.config),
		maxAge: 31536e3,
		path: "/"
	});
}
/** Signs a person in on this browser: a new session and its cookie (a shared computer's, if asked). */
async function startSession(event, userId, sharedDevice = isSharedDevice(event)) {
	const token = generateToken();
	setSessionCookie(event, token, (await createSession(event.locals.app.db, token, userId)).expiresAt, sharedDevice);
}
/** Marks this browser as one that has signed in before (see device.ts). */
function setDeviceCookie(event, token) {
	event.cookies.set(DEVICE_COOKIE, token, {
		httpOnly: true,
		sameSite: "lax",
		secure: secureCookies(event.locals.app.config),
		maxAge: DEVICE_LIFETIME / 1e3,
		path: "/"
	});
}

export { CLEAR_SITE_STORAGE as C, DEVICE_COOKIE as D, clearSiteStorage as a, startSession as b, clearSessionCookie as c, setPreferenceCookie as d, setDeviceCookie as e, isKnownDevice as f, rememberDevice as g, isSharedDevice as i, readConfig as r, setSessionCookie as s };
//# sourceMappingURL=cookies.js-meQshAIL.js.map
