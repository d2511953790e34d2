import { c as cleanText } from './text.js-De780Z__.js';
import { i as invalidateAllSessions } from './session.js-DRTce--L.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { verify, hash } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

var ARGON2 = {
	memoryCost: 19456,
	timeCost: 2,
	outputLen: 32,
	parallelism: 1
};
var common = new Set(dictionary.passwords.map((p) => p.toLowerCase()));
/** Length 8 to 128, not one of the most common passwords; no composition rules. */
function passwordProblem(password) {
	const length = [...password].length;
	if (length < 8) return "too_short";
	if (length > 128) return "too_long";
	if (common.has(password.toLowerCase())) return "too_common";
	return null;
}
function hashPassword(password) {
	return hash(password, ARGON2);
}
async function verifyPassword(passwordHash, password) {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
/** A hash to verify against when no account matches, so timing does not tell. */
var decoy;
function decoyHash() {
	decoy ??= hashPassword("decoy password for unknown accounts");
	return decoy;
}
// src/lib/server/accounts.ts
function normalizeEmail(email) {
	return email.trim().toLowerCase();
}
function assertPassword(password) {
	const problem = passwordProblem(password);
	if (problem) throw new Refusal(`password_${problem}`);
}
/** Creates an account; the first account on an instance becomes its campaign admin. */
async function signUp(db, input) {
	assertPassword(input.password);
	const displayName = cleanText(input.displayName);
	if (!displayName) throw new Refusal("required");
	const email = normalizeEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		if (await trx.selectFrom("user").select("id").where("email", "=", email).executeTakeFirst()) throw new Refusal("email_taken", 409);
		const anyone = await trx.selectFrom("user").select("id").limit(1).executeTakeFirst();
		return trx.insertInto("user").values({
			id: newId(),
			email,
			display_name: displayName,
			password_hash: passwordHash,
			is_admin: anyone ? 0 : 1,
			locale: input.locale ?? null,
			created_at: Date.now()
		}).returningAll().executeTakeFirstOrThrow();
	});
}
/** The account for these credentials, or null; takes as long whether or not the email exists. */
async function authenticate(db, email, password) {
	const user = await db.selectFrom("user").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
	const ok = await verifyPassword(user?.password_hash ?? await decoyHash(), password);
	return user && ok ? user : null;
}
async function findUserByEmail(db, email) {
	return db.selectFrom("user").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
}
/** Sets a new password and signs the account out everywhere. */
async function setPassword(db, userId, password) {
	assertPassword(password);
	const passwordHash = await hashPassword(password);
	await db.updateTable("user").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
	await invalidateAllSessions(db, userId);
}
async function changePassword(db, userId, current, next) {
	if (!await verifyPassword((await db.selectFrom("user").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow()).password_hash, current)) throw new Refusal("password_wrong");
	await setPassword(db, userId, next);
}
async function setLocale(db, userId, locale) {
	await db.updateTable("user").set({ locale }).where("id", "=", userId).execute();
}
async function listUsers(db) {
	return db.selectFrom("user").select([
		"id",
		"email",
		"display_name",
		"is_admin",
		"created_at"
	]).orderBy("created_at").execute();
}
/** Grants or revokes the campaign admin role; an instance always keeps one admin. */
async function setCampaignAdmin(db, actor, userId, admin) {
	if (!actor.is_admin) throw new Refusal("forbidden", 403);
	await db.transaction().execute(async (trx) => {
		const target = await trx.selectFrom("user").select("is_admin").where("id", "=", userId).executeTakeFirst();
		if (!target) throw new Refusal("user_not_found", 404);
		if (!admin && target.is_admin) {
			const admins = await trx.selectFrom("user").select((eb) => eb.fn.countAll().as("n")).where("is_admin", "=", 1).executeTakeFirstOrThrow();
			if (Number(admins.n) <= 1) throw new Refusal("last_admin", 409);
		}
		await trx.updateTable("user").set({ is_admin: admin ? 1 : 0 }).where("id", "=", userId).execute();
	});
}

export { setPassword as a, setLocale as b, changePassword as c, authenticate as d, signUp as e, findUserByEmail as f, listUsers as l, normalizeEmail as n, passwordProblem as p, setCampaignAdmin as s };
//# sourceMappingURL=accounts.js-BLX3_-TW.js.map
