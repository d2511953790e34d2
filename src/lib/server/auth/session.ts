import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { DB } from '../db/index';
import type { User } from '../db/schema';

export const SESSION_COOKIE = 'playbook_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
/** A session is extended when less than this much of its life is left. */
const RENEW_WITHIN = 15 * DAY;

export interface Session {
	id: string;
	userId: string;
	expiresAt: number;
}

export type SessionUser = Pick<User, 'id' | 'email' | 'display_name' | 'is_admin' | 'locale'>;

export type SessionValidation =
	| { session: Session; user: SessionUser; fresh: boolean }
	| { session: null; user: null; fresh: false };

/** 20 random bytes, base32: the secret that only the browser's cookie holds. */
export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What the database keeps of a secret token: its sha256, hex. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(db: DB, token: string, userId: string, now = Date.now()): Promise<Session> {
	const session = { id: hashToken(token), userId, expiresAt: now + SESSION_LIFETIME };
	await db
		.insertInto('session')
		.values({ id: session.id, user_id: userId, expires_at: session.expiresAt, created_at: now })
		.execute();
	return session;
}

/** Checks a token; deletes it when expired, slides its expiry when it is past half its life. */
export async function validateSessionToken(db: DB, token: string, now = Date.now()): Promise<SessionValidation> {
	const id = hashToken(token);
	const row = await db
		.selectFrom('session')
		.innerJoin('user', 'user.id', 'session.user_id')
		.select(['session.id', 'session.expires_at', 'user.id as user_id', 'user.email', 'user.display_name', 'user.is_admin', 'user.locale'])
		.where('session.id', '=', id)
		.executeTakeFirst();
	if (!row) return { session: null, user: null, fresh: false };
	if (now >= row.expires_at) {
		await db.deleteFrom('session').where('id', '=', id).execute();
		return { session: null, user: null, fresh: false };
	}
	const session: Session = { id, userId: row.user_id, expiresAt: row.expires_at };
	let fresh = false;
	if (now >= row.expires_at - RENEW_WITHIN) {
		session.expiresAt = now + SESSION_LIFETIME;
		await db.updateTable('session').set({ expires_at: session.expiresAt }).where('id', '=', id).execute();
		fresh = true;
	}
	const user: SessionUser = {
		id: row.user_id,
		email: row.email,
		display_name: row.display_name,
		is_admin: row.is_admin,
		locale: row.locale
	};
	return { session, user, fresh };
}

export async function invalidateSession(db: DB, sessionId: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function invalidateAllSessions(db: DB, userId: string): Promise<void> {
	await db.deleteFrom('session').where('user_id', '=', userId).execute();
}
