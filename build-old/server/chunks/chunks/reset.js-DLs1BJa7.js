import { f as findUserByEmail, p as passwordProblem, a as setPassword } from './accounts.js-BLX3_-TW.js';
import { a as assertMayResetPassword } from './members.js-L2XGN1de.js';
import { i as isLocale, t as translate } from './i18n.js-DfYLM2F_.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import { h as hashToken, g as generateToken } from './session.js-DRTce--L.js';

// src/lib/server/auth/reset.ts
var RESET_LIFETIME = 36e5;
/** Makes a one-time reset token for an account; only its hash is stored. */
async function createResetToken(db, userId, createdBy, now = Date.now()) {
	const token = generateToken();
	await db.insertInto("password_reset").values({
		id: hashToken(token),
		user_id: userId,
		expires_at: now + RESET_LIFETIME,
		created_by: createdBy,
		used_at: null,
		created_at: now
	}).execute();
	return token;
}
/** Whether a reset token can still be used; returns its account. */
async function checkResetToken(db, token, now = Date.now()) {
	const row = await db.selectFrom("password_reset").innerJoin("user", "user.id", "password_reset.user_id").select([
		"password_reset.user_id",
		"password_reset.expires_at",
		"password_reset.used_at",
		"user.email"
	]).where("password_reset.id", "=", hashToken(token)).executeTakeFirst();
	if (!row || row.used_at !== null) throw new Refusal("reset_invalid", 410);
	if (now >= row.expires_at) throw new Refusal("reset_expired", 410);
	return {
		userId: row.user_id,
		email: row.email
	};
}
/** Uses a reset token once: sets the password, signs out everywhere, spends every open link. */
async function resetPassword(db, token, password, now = Date.now()) {
	const { userId } = await checkResetToken(db, token, now);
	const problem = passwordProblem(password);
	if (problem) throw new Refusal(`password_${problem}`);
	const spent = await db.updateTable("password_reset").set({ used_at: now }).where("id", "=", hashToken(token)).where("used_at", "is", null).executeTakeFirst();
	if (Number(spent.numUpdatedRows) !== 1) throw new Refusal("reset_invalid", 410);
	await setPassword(db, userId, password);
	await db.updateTable("password_reset").set({ used_at: now }).where("user_id", "=", userId).where("used_at", "is", null).execute();
	return userId;
}
/** Emails a reset link when the address has an account; says nothing either way. */
async function sendResetEmail(db, mailer, email, origin, message) {
	const user = await findUserByEmail(db, email);
	if (!user) return;
	const link = `${origin}/reset/${await createResetToken(db, user.id, null)}`;
	await mailer.send({
		to: user.email,
		subject: message("mail.reset_subject"),
		text: message("mail.reset_body", {
			name: user.display_name,
			link
		})
	});
}
/**
* A team owner's (or campaign admin's) one-time reset link for a member, after checking they may
* make it; the member is told by email when SMTP is set, so a link they did not ask for is noticed.
*/
async function makeResetLink(app, input) {
	const { db, mailer, log } = app;
	await assertMayResetPassword(db, input.slug, input.actor, input.targetId);
	const token = await createResetToken(db, input.targetId, input.actor.id);
	if (mailer.enabled) {
		const target = await db.selectFrom("user").select([
			"email",
			"display_name",
			"locale"
		]).where("id", "=", input.targetId).executeTakeFirstOrThrow();
		const team = await db.selectFrom("team").select("name").where("slug", "=", input.slug).executeTakeFirstOrThrow();
		const locale = isLocale(target.locale) ? target.locale : input.locale;
		const params = {
			name: target.display_name,
			actor: input.actor.display_name,
			team: team.name
		};
		const notified = await mailer.send({
			to: target.email,
			subject: translate(locale, "mail.reset_made_subject"),
			text: translate(locale, "mail.reset_made_body", params)
		}).then(() => true).catch((err) => (log.error({ err }, "reset link notice not sent"), false));
		return {
			link: `${input.origin}/reset/${token}`,
			notified
		};
	}
	return {
		link: `${input.origin}/reset/${token}`,
		notified: false
	};
}

export { checkResetToken as c, makeResetLink as m, resetPassword as r, sendResetEmail as s };
//# sourceMappingURL=reset.js-DLs1BJa7.js.map
