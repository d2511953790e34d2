import { signUp } from '../accounts';
import type { DB } from '../db/index';
import type { User } from '../db/schema';
import type { Logger } from '../log';
import type { Mailer } from '../mail';
import { Refusal } from '../refusal';
import { isLocale, translate, type Locale } from '$lib/i18n';

/**
 * Creates an account, or, when the email already has one, changes nothing and tells its owner by
 * email: the answer (null) must not show the requester which emails have accounts, so the caller
 * treats it like a new sign-up without signing anyone in. Either way a password is hashed first.
 */
export async function register(
	app: { db: DB; mailer: Mailer; log: Logger },
	input: { email: string; displayName: string; password: string; locale: Locale },
	origin: string
): Promise<User | null> {
	try {
		return await signUp(app.db, input);
	} catch (err) {
		if (!(err instanceof Refusal) || err.code !== 'email_taken') throw err;
	}
	const owner = await app.db.selectFrom('user').select(['email', 'display_name', 'locale']).where('email', '=', input.email.trim().toLowerCase()).executeTakeFirstOrThrow();
	if (app.mailer.enabled) {
		const locale = isLocale(owner.locale) ? owner.locale : input.locale;
		const params = { name: owner.display_name, signin: `${origin}/signin`, forgot: `${origin}/forgot` };
		// Not awaited: waiting on the mail server would make this answer slower than a new account's.
		void app.mailer
			.send({ to: owner.email, subject: translate(locale, 'mail.signup_existing_subject'), text: translate(locale, 'mail.signup_existing_body', params) })
			.catch((error: unknown) => app.log.error({ err: error }, 'sign-up notice not sent'));
	}
	return null;
}
