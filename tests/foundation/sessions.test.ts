import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import {
	SESSION_LIFETIME,
	createSession,
	generateToken,
	hashToken,
	invalidateAllSessions,
	invalidateSession,
	validateSessionToken
} from '$lib/server/auth/session';
import type { User } from '$lib/server/db/schema';
import { addUser, openFoundation, type Foundation } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2030, 0, 1);

let f: Foundation;
let sam: User;
let kim: User;

beforeAll(async () => {
	f = await openFoundation();
	sam = await addUser(f.db, 'Sam');
	kim = await addUser(f.db, 'Kim');
});
afterAll(() => f.close());

async function sessionRow(id: string) {
	return f.db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}

describe('sessions', () => {
	test('create keeps only the token hash; validate returns the account', async () => {
		const token = generateToken();
		const session = await createSession(f.db, token, sam.id, T0);

		expect(session).toEqual({ id: hashToken(token), userId: sam.id, expiresAt: T0 + SESSION_LIFETIME });
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
		const row = await sessionRow(session.id);
		expect(row).toEqual({ id: hashToken(token), user_id: sam.id, expires_at: T0 + SESSION_LIFETIME, created_at: T0 });
		expect(Object.values(row!)).not.toContain(token);

		const result = await validateSessionToken(f.db, token, T0 + DAY);
		expect(result.fresh).toBe(false);
		expect(result.session).toEqual(session);
		expect(result.user).toEqual({ id: sam.id, email: sam.email, display_name: 'Sam', is_admin: 0, locale: null });
	});

	test('the token itself never reaches the database files', async () => {
		const token = generateToken();
		await createSession(f.db, token, sam.id, T0);
		let bytes: Buffer;
		if (f.app.config.databaseUrl) {
			// On PostgreSQL the files are the server's: read every session row as the server writes it.
			const { rows } = await sql<{ dump: string }>`select string_agg(s::text, ' ') as dump from session s`.execute(f.db);
			bytes = Buffer.from(rows[0].dump);
		} else {
			const files = (await readdir(f.dir)).filter((name) => name.startsWith('playbook.sqlite'));
			bytes = Buffer.concat(await Promise.all(files.map((name) => readFile(join(f.dir, name)))));
		}
		// The hash is there (so the scan reads what the database wrote), the token is not.
		expect(bytes.includes(hashToken(token))).toBe(true);
		expect(bytes.includes(token)).toBe(false);
	});

	test('an unknown or tampered token finds no session', async () => {
		const token = generateToken();
		await createSession(f.db, token, sam.id, T0);
		for (const other of [generateToken(), token.slice(0, -1), hashToken(token), '']) {
			expect(await validateSessionToken(f.db, other, T0)).toEqual({ session: null, user: null, fresh: false });
		}
	});

	// Sessions live 30 days and are renewed to a full 30 days once fewer than 15 are left.
	test.each([
		{ elapsed: 0, outcome: 'valid' },
		{ elapsed: 15 * DAY - 1, outcome: 'valid' },
		{ elapsed: 15 * DAY, outcome: 'renewed' },
		{ elapsed: 29 * DAY, outcome: 'renewed' },
		{ elapsed: 30 * DAY - 1, outcome: 'renewed' },
		{ elapsed: 30 * DAY, outcome: 'expired' },
		{ elapsed: 90 * DAY, outcome: 'expired' }
	] as const)('validated $elapsed ms after creation: $outcome', async ({ elapsed, outcome }) => {
		const token = generateToken();
		const { id } = await createSession(f.db, token, sam.id, T0);
		const now = T0 + elapsed;
		const result = await validateSessionToken(f.db, token, now);

		if (outcome === 'expired') {
			expect(result).toEqual({ session: null, user: null, fresh: false });
			expect(await sessionRow(id)).toBeUndefined();
			return;
		}
		const expiresAt = outcome === 'renewed' ? now + SESSION_LIFETIME : T0 + SESSION_LIFETIME;
		expect(result.fresh).toBe(outcome === 'renewed');
		expect(result.session).toEqual({ id, userId: sam.id, expiresAt });
		expect((await sessionRow(id))?.expires_at).toBe(expiresAt);
	});

	test('a renewed session outlives its first expiry; an idle one does not', async () => {
		const active = generateToken();
		const idle = generateToken();
		await createSession(f.db, active, sam.id, T0);
		await createSession(f.db, idle, sam.id, T0);

		expect((await validateSessionToken(f.db, active, T0 + 20 * DAY)).fresh).toBe(true);
		const later = T0 + 45 * DAY;
		expect((await validateSessionToken(f.db, active, later)).user?.id).toBe(sam.id);
		expect((await validateSessionToken(f.db, idle, later)).session).toBeNull();
	});

	test('invalidateSession ends one session and leaves the others', async () => {
		const [a, b] = [generateToken(), generateToken()];
		const first = await createSession(f.db, a, sam.id, T0);
		await createSession(f.db, b, sam.id, T0);

		await invalidateSession(f.db, first.id);

		expect((await validateSessionToken(f.db, a, T0)).session).toBeNull();
		expect((await validateSessionToken(f.db, b, T0)).user?.id).toBe(sam.id);
	});

	test("invalidateAllSessions signs one account out everywhere, and nobody else", async () => {
		const samTokens = [generateToken(), generateToken(), generateToken()];
		const kimToken = generateToken();
		for (const token of samTokens) await createSession(f.db, token, sam.id, T0);
		await createSession(f.db, kimToken, kim.id, T0);

		await invalidateAllSessions(f.db, sam.id);

		for (const token of samTokens) expect((await validateSessionToken(f.db, token, T0)).session).toBeNull();
		const left = await f.db.selectFrom('session').select('user_id').where('user_id', '=', sam.id).execute();
		expect(left).toEqual([]);
		expect((await validateSessionToken(f.db, kimToken, T0)).user?.id).toBe(kim.id);
	});

	test('tokens are 20 random bytes in base32, never repeated', () => {
		const tokens = new Set(Array.from({ length: 200 }, generateToken));
		expect(tokens.size).toBe(200);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
	});
});
