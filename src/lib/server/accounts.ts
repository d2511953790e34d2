import type { DB } from './db/index';
import { cleanText } from '$lib/text';
import type { User } from './db/schema';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './auth/password';
import { invalidateAllSessions } from './auth/session';
import { Refusal, newId } from './refusal';

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

function assertPassword(password: string): void {
	const problem = passwordProblem(password);
	if (problem) throw new Refusal(`password_${problem}`);
}

/** Creates an account; the first account on an instance becomes its campaign admin. */
export async function signUp(
	db: DB,
	input: { email: string; displayName: string; password: string; locale?: string | null }
): Promise<User> {
	assertPassword(input.password);
	const displayName = cleanText(input.displayName);
	if (!displayName) throw new Refusal('required');
	const email = normalizeEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		const taken = await trx.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
		if (taken) throw new Refusal('email_taken', 409);
		const anyone = await trx.selectFrom('user').select('id').limit(1).executeTakeFirst();
		return trx
			.insertInto('user')
			.values({
				id: newId(),
				email,
				display_name: displayName,
				password_hash: passwordHash,
				is_admin: anyone ? 0 : 1,
				locale: input.locale ?? null,
				created_at: Date.now()
			})
			.returningAll()
			.executeTakeFirstOrThrow();
	});
}

/** The account for these credentials, or null; takes as long whether or not the email exists. */
export async function authenticate(db: DB, email: string, password: string): Promise<User | null> {
	const user = await db.selectFrom('user').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
	const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), password);
	return user && ok ? user : null;
}

export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
	return db.selectFrom('user').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** Sets a new password and signs the account out everywhere. */
export async function setPassword(db: DB, userId: string, password: string): Promise<void> {
	assertPassword(password);
	const passwordHash = await hashPassword(password);
	await db.updateTable('user').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
	await invalidateAllSessions(db, userId);
}

export async function changePassword(db: DB, userId: string, current: string, next: string): Promise<void> {
	const user = await db.selectFrom('user').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
	if (!(await verifyPassword(user.password_hash, current))) throw new Refusal('password_wrong');
	await setPassword(db, userId, next);
}

export async function setLocale(db: DB, userId: string, locale: string): Promise<void> {
	await db.updateTable('user').set({ locale }).where('id', '=', userId).execute();
}

export async function listUsers(db: DB) {
	return db.selectFrom('user').select(['id', 'email', 'display_name', 'is_admin', 'created_at']).orderBy('created_at').execute();
}

/** Grants or revokes the campaign admin role; an instance always keeps one admin. */
export async function setCampaignAdmin(db: DB, actor: { is_admin: number }, userId: string, admin: boolean): Promise<void> {
	if (!actor.is_admin) throw new Refusal('forbidden', 403);
	await db.transaction().execute(async (trx) => {
		const target = await trx.selectFrom('user').select('is_admin').where('id', '=', userId).executeTakeFirst();
		if (!target) throw new Refusal('user_not_found', 404);
		if (!admin && target.is_admin) {
			const admins = await trx.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).where('is_admin', '=', 1).executeTakeFirstOrThrow();
			if (Number(admins.n) <= 1) throw new Refusal('last_admin', 409);
		}
		await trx.updateTable('user').set({ is_admin: admin ? 1 : 0 }).where('id', '=', userId).execute();
	});
}
