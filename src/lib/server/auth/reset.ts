import type { DB } from '../db/index';
import { findUserByEmail, setPassword } from '../accounts';
import type { Mailer } from '../mail';
import type { Logger } from '../log';
import { assertMayResetPassword } from '../members';
import { isLocale, translate, type Locale } from '$lib/i18n';
import { Refusal } from '../refusal';
import { passwordProblem } from './password';
import { generateToken, hashToken } from './session';

export const RESET_LIFETIME = 60 * 60 * 1000;

/** Makes a one-time reset token for an account; only its hash is stored. */
export async function createResetToken(db: DB, userId: string, createdBy: string | null, now = Date.now()): Promise<string> {
	const token = generateToken();
	await db
		.insertInto('password_reset')
		.values({ id: hashToken(token), user_id: userId, expires_at: now + RESET_LIFETIME, created_by: createdBy, used_at: null, created_at: now })
		.execute();
	return token;
}

/** Whether a reset token can still be used; returns its account. */
export async function checkResetToken(db: DB, token: string, now = Date.now()): Promise<{ userId: string; email: string }> {
	const row = await db
		.selectFrom('password_reset')
		.innerJoin('user', 'user.id', 'password_reset.user_id')
		.select(['password_reset.user_id', 'password_reset.expires_at', 'password_reset.used_at', 'user.email'])
		.where('password_reset.id', '=', hashToken(token))
		.executeTakeFirst();
	if (!row || row.used_at !== null) throw new Refusal('reset_invalid', 410);
	if (now >= row.expires_at) throw new Refusal('reset_expired', 410);
	return { userId: row.user_id, email: row.email };
}

/** Uses a reset token once: sets the password, signs out everywhere, spends every open link. */
export async function resetPassword(db: DB, token: string, password: string, now = Date.now()): Promise<string> {
	const { userId } = await checkResetToken(db, token, now);
	const problem = passwordProblem(password);
	if (problem) throw new Refusal(`password_${problem}`);
	// Spend the link first, so two racing uses cannot both set a password.
	const spent = await db
		.updateTable('password_reset')
		.set({ used_at: now })
		.where('id', '=', hashToken(token))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	if (Number(spent.numUpdatedRows) !== 1) throw new Refusal('reset_invalid', 410);
	await setPassword(db, userId, password);
	await db.updateTable('password_reset').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
	return userId;
}

/** Emails a reset link when the address has an account; says nothing either way. */
export async function sendResetEmail(
	db: DB,
	mailer: Mailer,
	email: string,
	origin: string,
	message: (key: string, params?: Record<string, unknown>) => string
): Promise<void> {
	const user = await findUserByEmail(db, email);
	if (!user) return;
	const token = await createResetToken(db, user.id, null);
	const link = `${origin}/reset/${token}`;
	await mailer.send({ to: user.email, subject: message('mail.reset_subject'), text: message('mail.reset_body', { name: user.display_name, link }) });
}

/**
 * A team owner's (or campaign admin's) one-time reset link for a member, after checking they may
 * make it; the member is told by email when SMTP is set, so a link they did not ask for is noticed.
 */
export async function makeResetLink(
	app: { db: DB; mailer: Mailer; log: Logger },
	input: { slug: string; actor: { id: string; is_admin: number; display_name: string }; targetId: string; origin: string; locale: Locale }
): Promise<{ link: string; notified: boolean }> {
	const { db, mailer, log } = app;
	await assertMayResetPassword(db, input.slug, input.actor, input.targetId);
	const token = await createResetToken(db, input.targetId, input.actor.id);
	if (mailer.enabled) {
		const target = await db.selectFrom('user').select(['email', 'display_name', 'locale']).where('id', '=', input.targetId).executeTakeFirstOrThrow();
		const team = await db.selectFrom('team').select('name').where('slug', '=', input.slug).executeTakeFirstOrThrow();
		const locale = isLocale(target.locale) ? target.locale : input.locale;
		const params = { name: target.display_name, actor: input.actor.display_name, team: team.name };
		// The link is made either way: a mail server that is down must not stop an owner helping.
		const notified = await mailer
			.send({ to: target.email, subject: translate(locale, 'mail.reset_made_subject'), text: translate(locale, 'mail.reset_made_body', params) })
			.then(() => true)
			.catch((err: unknown) => (log.error({ err }, 'reset link notice not sent'), false));
		return { link: `${input.origin}/reset/${token}`, notified };
	}
	return { link: `${input.origin}/reset/${token}`, notified: false };
}
