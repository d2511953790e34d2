import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Role } from '$lib/roles';
import { createAppContext, type AppContext } from '$lib/server/app';
import { hashPassword } from '$lib/server/auth/password';
import { readConfig } from '$lib/server/config';
import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import { Refusal, newId } from '$lib/server/refusal';
import { createTeam } from '$lib/server/teams';
import { createDatabase } from '../storage/postgres-server';

/** The password every fixture account has; long and uncommon, so it passes the rules. */
export const PASSWORD = 'plum harbor lantern forty-two';

export interface Foundation {
	app: AppContext;
	db: DB;
	dir: string;
	close(): Promise<void>;
}

/**
 * A migrated app context on a fresh SQLite file in its own temp folder, or, with POSTGRES_URL
 * set, on a fresh database on that PostgreSQL server (the domain suites run on both).
 */
export async function openFoundation(env: Record<string, string> = {}): Promise<Foundation> {
	const dir = await mkdtemp(join(tmpdir(), 'playbook-foundation-'));
	const database = process.env.POSTGRES_URL ? { DATABASE_URL: await createDatabase(process.env.POSTGRES_URL) } : {};
	const app = await createAppContext(readConfig({ DATA_DIR: dir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ...database, ...env }));
	return {
		app,
		db: app.db,
		dir,
		async close() {
			await app.db.destroy();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

// Argon2 costs ~50 ms a hash; fixture accounts share one.
let sharedHash: Promise<string> | undefined;

/** An account with PASSWORD, inserted directly (not the first-account-is-admin path of signUp). */
export async function addUser(db: DB, name: string, opts: { admin?: boolean } = {}): Promise<User> {
	sharedHash ??= hashPassword(PASSWORD);
	return db
		.insertInto('user')
		.values({
			id: newId(),
			email: `${name.toLowerCase().replace(/\W+/g, '.')}.${newId().slice(0, 6)}@example.org`,
			display_name: name,
			password_hash: await sharedHash,
			is_admin: opts.admin ? 1 : 0,
			locale: null,
			created_at: Date.now()
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

let teamCount = 0;

/** A team created through the domain (so its owner is its first owner), plus members by role. */
export async function addTeam(db: DB, owner: User, members: [User, Role][] = [], name = `Team ${++teamCount}`): Promise<Team> {
	const team = await createTeam(db, owner.id, { name, jurisdictionKind: 'city', jurisdictionName: 'Springfield', state: 'IL' });
	for (const [user, role] of members) await addMember(db, team, user, role);
	return team;
}

/** A team with an owner, a member and a viewer, and someone from outside it. */
export async function teamOfFour(db: DB) {
	const [owner, member, viewer, outsider] = await Promise.all(['Olga Owner', 'Mateo Member', 'Vera Viewer', 'Otto Outsider'].map((n) => addUser(db, n)));
	const team = await addTeam(db, owner, [
		[member, 'member'],
		[viewer, 'viewer']
	]);
	return { owner, member, viewer, outsider, team };
}

export async function addMember(db: DB, team: Team, user: User, role: Role): Promise<void> {
	await db.insertInto('membership').values({ team_id: team.id, user_id: user.id, role, created_at: Date.now() }).execute();
}

export async function roleIn(db: DB, team: Team, user: User): Promise<Role | undefined> {
	const row = await db.selectFrom('membership').select('role').where('team_id', '=', team.id).where('user_id', '=', user.id).executeTakeFirst();
	return row?.role;
}

/** Every row of every table, in a stable order: to show a refused call changed nothing. */
export async function snapshot(db: DB) {
	return {
		user: await db.selectFrom('user').selectAll().orderBy('id').execute(),
		session: await db.selectFrom('session').selectAll().orderBy('id').execute(),
		password_reset: await db.selectFrom('password_reset').selectAll().orderBy('id').execute(),
		team: await db.selectFrom('team').selectAll().orderBy('id').execute(),
		membership: await db.selectFrom('membership').selectAll().orderBy('team_id').orderBy('user_id').execute(),
		invite: await db.selectFrom('invite').selectAll().orderBy('id').execute()
	};
}

/** Awaits a call the domain must turn down, and checks how. */
export async function expectRefusal(call: Promise<unknown>, status: number, code?: string): Promise<Refusal> {
	const error = await call.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error, 'expected a Refusal, but the call succeeded').toBeInstanceOf(Refusal);
	const refusal = error as Refusal;
	expect(refusal.status).toBe(status);
	if (code) expect(refusal.code).toBe(code);
	return refusal;
}
