import type { DB } from '../db/index';
import type { User } from '../db/schema';
import { authenticate, normalizeEmail } from '../accounts';
import { isKnownDevice, rememberDevice } from './device';
import type { Throttles } from './throttle';
import { hashToken } from './session';

export type SignInResult =
	| { ok: true; user: User; deviceToken: string }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	| { ok: false; reason: 'failed' };

/**
 * Checks a sign-in against the throttles and the password. Wrong guesses from strangers use up the
 * account's allowance; a browser that has signed in to the account before has an allowance of its
 * own, so its owner still gets in while someone else is guessing.
 */
export async function signIn(
	app: { db: DB; throttles: Throttles },
	input: { email: string; password: string; ip: string; deviceToken: string | undefined },
	now = Date.now()
): Promise<SignInResult> {
	const { db, throttles } = app;
	const email = normalizeEmail(input.email);
	const known = await isKnownDevice(db, input.deviceToken, email, now);
	const [bucket, key] = known ? [throttles.signInByDevice, `${hashToken(input.deviceToken!)}:${email}`] : [throttles.signInByAccount, email];
	for (const [b, k] of [[throttles.signInByIp, input.ip], [bucket, key]] as const) {
		const taken = await b.consume(k);
		if (!taken.ok) return { ok: false, reason: 'throttled', retryAfterMs: taken.retryAfterMs };
	}
	const user = await authenticate(db, email, input.password);
	if (!user) return { ok: false, reason: 'failed' };
	await bucket.reset(key);
	return { ok: true, user, deviceToken: await rememberDevice(db, input.deviceToken, user.id, now) };
}
