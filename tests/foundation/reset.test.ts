import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate, type Locale } from '$lib/i18n';
import { authenticate } from '$lib/server/accounts';
import { RESET_LIFETIME, checkResetToken, createResetToken, resetPassword, sendResetEmail } from '$lib/server/auth/reset';
import { createSession, generateToken, hashToken, validateSessionToken } from '$lib/server/auth/session';
import { readConfig } from '$lib/server/config';
import type { User } from '$lib/server/db/schema';
import { createLogger } from '$lib/server/log';
import { createMailer } from '$lib/server/mail';
import { PASSWORD, addUser, expectRefusal, openFoundation, type Foundation } from './helpers';
import { header, startSink } from './mail-sink';

const ORIGIN = 'http://playbook.test';
const T0 = Date.UTC(2030, 0, 1);

const messages = (locale: Locale) => (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
const linkIn = (body: string) => new RegExp(`${ORIGIN}/reset/([a-z2-7]+)`).exec(body)?.[1];

let sink: Awaited<ReturnType<typeof startSink>>;
let f: Foundation;
let rosa: User;

beforeAll(async () => {
	sink = await startSink();
	f = await openFoundation({ SMTP_URL: sink.url, MAIL_FROM: 'Playbook <no-reply@playbook.test>' });
	rosa = await addUser(f.db, 'Rosa');
});
afterAll(async () => {
	await f.close();
	await sink.close();
});

describe('reset mail over SMTP', () => {
	test('sends a working one-time link to the account', async () => {
		expect(f.app.mailer.enabled).toBe(true);
		const sessionToken = generateToken();
		await createSession(f.db, sessionToken, rosa.id);
		const count = sink.received.length;

		await sendResetEmail(f.db, f.app.mailer, rosa.email.toUpperCase(), ORIGIN, messages('en'));

		expect(sink.received).toHaveLength(count + 1);
		const mail = sink.received.at(-1)!;
		expect(mail.from).toBe('no-reply@playbook.test');
		expect(mail.to).toEqual([rosa.email]);
		expect(header(mail.headers, 'subject')).toBe('Reset your Playbook password');
		expect(mail.body).toContain('Hello Rosa,');
		const token = linkIn(mail.body);
		expect(token).toMatch(/^[a-z2-7]{32}$/);

		// Only the hash of the link is kept.
		const row = await f.db.selectFrom('password_reset').selectAll().where('id', '=', hashToken(token!)).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ user_id: rosa.id, created_by: null, used_at: null });
		expect(row.expires_at - row.created_at).toBe(RESET_LIFETIME);

		expect(await checkResetToken(f.db, token!)).toEqual({ userId: rosa.id, email: rosa.email });
		const next = 'a new password from the mail link';
		expect(await resetPassword(f.db, token!, next)).toBe(rosa.id);
		expect((await authenticate(f.db, rosa.email, next))?.id).toBe(rosa.id);
		expect(await authenticate(f.db, rosa.email, PASSWORD)).toBeNull();
		expect((await validateSessionToken(f.db, sessionToken)).session).toBeNull();
		await expectRefusal(resetPassword(f.db, token!, 'and once more with this link'), 410, 'reset_invalid');
	});

	test('speaks the language it is given', async () => {
		await sendResetEmail(f.db, f.app.mailer, rosa.email, ORIGIN, messages('es'));
		const mail = sink.received.at(-1)!;
		expect(mail.body).toContain('Hola, Rosa:');
		expect(linkIn(mail.body)).toMatch(/^[a-z2-7]{32}$/);
	});

	test('an unknown address gets no mail and no token, and the caller cannot tell', async () => {
		const count = sink.received.length;
		const resets = await f.db.selectFrom('password_reset').select('id').execute();
		await expect(sendResetEmail(f.db, f.app.mailer, 'nobody@example.org', ORIGIN, messages('en'))).resolves.toBeUndefined();
		expect(sink.received).toHaveLength(count);
		expect(await f.db.selectFrom('password_reset').select('id').execute()).toEqual(resets);
	});

	test('without SMTP_URL the mailer is off and sends nothing', async () => {
		const config = readConfig({ DATA_DIR: f.dir });
		const mailer = createMailer(config, createLogger('silent'));
		const count = sink.received.length;
		expect(mailer.enabled).toBe(false);
		await expect(mailer.send({ to: rosa.email, subject: 'x', text: 'y' })).resolves.toBeUndefined();
		expect(sink.received).toHaveLength(count);
	});

	test('an unreachable SMTP server makes sending fail, for the route to report', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const { port } = closed.address() as AddressInfo;
		await new Promise<void>((resolve) => closed.close(() => resolve()));

		const mailer = createMailer(readConfig({ DATA_DIR: f.dir, SMTP_URL: `smtp://127.0.0.1:${port}` }), createLogger('silent'));
		await expect(mailer.send({ to: rosa.email, subject: 'x', text: 'y' })).rejects.toThrow();
	});
});

describe('reset tokens', () => {
	test.each([
		{ at: 0, ok: true },
		{ at: RESET_LIFETIME - 1, ok: true },
		{ at: RESET_LIFETIME, ok: false },
		{ at: 24 * RESET_LIFETIME, ok: false }
	])('checked $at ms after creation: usable=$ok', async ({ at, ok }) => {
		const token = await createResetToken(f.db, rosa.id, null, T0);
		if (ok) expect(await checkResetToken(f.db, token, T0 + at)).toEqual({ userId: rosa.id, email: rosa.email });
		else await expectRefusal(checkResetToken(f.db, token, T0 + at), 410, 'reset_expired');
	});

	test('an expired link does not change the password', async () => {
		const user = await addUser(f.db, 'Ivo');
		const token = await createResetToken(f.db, user.id, null, T0);
		await expectRefusal(resetPassword(f.db, token, 'too late for this link', T0 + RESET_LIFETIME), 410, 'reset_expired');
		expect((await authenticate(f.db, user.email, PASSWORD))?.id).toBe(user.id);
	});

	test('an unknown token is invalid', async () => {
		await expectRefusal(checkResetToken(f.db, generateToken()), 410, 'reset_invalid');
		await expectRefusal(resetPassword(f.db, generateToken(), 'whatever passphrase'), 410, 'reset_invalid');
	});

	test('a weak new password is refused and leaves the link usable', async () => {
		const user = await addUser(f.db, 'Wen');
		const token = await createResetToken(f.db, user.id, null);
		await expectRefusal(resetPassword(f.db, token, 'short'), 400, 'password_too_short');
		await expectRefusal(resetPassword(f.db, token, 'qwertyuiop'), 400, 'password_too_common');
		expect(await checkResetToken(f.db, token)).toMatchObject({ userId: user.id });
	});

	test('using one link signs out everywhere and spends every open link of that account only', async () => {
		const [user, other] = [await addUser(f.db, 'Uma'), await addUser(f.db, 'Otto')];
		const sessions = [generateToken(), generateToken()];
		for (const s of sessions) await createSession(f.db, s, user.id);
		const otherSession = generateToken();
		await createSession(f.db, otherSession, other.id);
		const admin = await addUser(f.db, 'Ada', { admin: true });
		const [first, second] = [await createResetToken(f.db, user.id, null), await createResetToken(f.db, user.id, admin.id)];
		const othersLink = await createResetToken(f.db, other.id, null);

		await resetPassword(f.db, first, 'fresh start for uma please');

		for (const s of sessions) expect((await validateSessionToken(f.db, s)).session).toBeNull();
		expect((await validateSessionToken(f.db, otherSession)).user?.id).toBe(other.id);
		await expectRefusal(checkResetToken(f.db, first), 410, 'reset_invalid');
		await expectRefusal(checkResetToken(f.db, second), 410, 'reset_invalid');
		expect(await checkResetToken(f.db, othersLink)).toMatchObject({ userId: other.id });
		const issued = await f.db.selectFrom('password_reset').select('created_by').where('id', '=', hashToken(second)).executeTakeFirstOrThrow();
		expect(issued.created_by).toBe(admin.id);
	});

	test('two racing uses of one link: exactly one sets the password', async () => {
		const user = await addUser(f.db, 'Rui');
		const token = await createResetToken(f.db, user.id, null);
		const candidates = ['first racer passphrase', 'second racer passphrase'];

		const results = await Promise.allSettled(candidates.map((p) => resetPassword(f.db, token, p)));

		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected');
		expect(refused).toMatchObject({ reason: { name: 'Refusal', code: 'reset_invalid', status: 410 } });
		const winner = candidates[results.findIndex((r) => r.status === 'fulfilled')];
		const loser = candidates.find((p) => p !== winner)!;
		expect((await authenticate(f.db, user.email, winner))?.id).toBe(user.id);
		expect(await authenticate(f.db, user.email, loser)).toBeNull();
	});
});
