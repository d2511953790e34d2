import type { DB } from '../db/index';
import { generateToken, hashToken } from './session';

export const DEVICE_COOKIE = 'playbook_device';
/** A browser unused for this long is a stranger again. */
export const DEVICE_LIFETIME = 365 * 24 * 60 * 60 * 1000;
const TOKEN = /^[a-z2-7]{32}$/;

/** Whether this browser's device token has signed in to the account with this email before. */
export async function isKnownDevice(db: DB, token: string | undefined, email: string, now = Date.now()): Promise<boolean> {
	if (!token || !TOKEN.test(token)) return false;
	// Joined on the email, so the query costs the same whether or not the account exists.
	const row = await db
		.selectFrom('known_device')
		.innerJoin('user', 'user.id', 'known_device.user_id')
		.select('known_device.user_id')
		.where('known_device.id', '=', hashToken(token))
		.where('user.email', '=', email)
		.where('known_device.last_used_at', '>', now - DEVICE_LIFETIME)
		.executeTakeFirst();
	return row !== undefined;
}

/** Records a successful sign-in from this browser; returns the token its cookie should hold. */
export async function rememberDevice(db: DB, token: string | undefined, userId: string, now = Date.now()): Promise<string> {
	const kept = token && TOKEN.test(token) ? token : generateToken();
	await db
		.insertInto('known_device')
		.values({ id: hashToken(kept), user_id: userId, created_at: now, last_used_at: now })
		.onConflict((oc) => oc.columns(['id', 'user_id']).doUpdateSet({ last_used_at: now }))
		.execute();
	return kept;
}
