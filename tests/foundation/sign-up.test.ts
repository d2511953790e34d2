import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authenticate } from '$lib/server/accounts';
import { register } from '$lib/server/auth/sign-up';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, expectRefusal, openFoundation, snapshot, type Foundation } from './helpers';
import { header, received, startSink } from './mail-sink';

const ORIGIN = 'http://playbook.test';

let sink: Awaited<ReturnType<typeof startSink>>;
let f: Foundation;
let rosa: User;

beforeAll(async () => {
	sink = await startSink();
	f = await openFoundation({ SMTP_URL: sink.url });
	rosa = await addUser(f.db, 'Rosa');
});
afterAll(async () => {
	await f.close();
	await sink.close();
});

describe('signing up with an email that already has an account', () => {
	test('changes nothing, answers as for a new account, and emails the owner how to sign in', async () => {
		const before = await snapshot(f.db);
		const count = sink.received.length;
		const result = await register(f.app, { email: ` ${rosa.email.toUpperCase()} `, displayName: 'Mallory', password: 'another long passphrase', locale: 'en' }, ORIGIN);
		expect(result).toBeNull();
		expect(await snapshot(f.db)).toEqual(before);
		expect((await authenticate(f.db, rosa.email, PASSWORD))?.id).toBe(rosa.id);
		expect(await authenticate(f.db, rosa.email, 'another long passphrase')).toBeNull();

		const [mail] = (await received(sink, count + 1)).slice(count);
		expect(mail.to).toEqual([rosa.email]);
		expect(header(mail.headers, 'subject')).toBe('Someone tried to sign up to Playbook with your email');
		expect(mail.body).toContain('Hello Rosa,');
		expect(mail.body).toContain(`${ORIGIN}/signin`);
		expect(mail.body).toContain(`${ORIGIN}/forgot`);
		// Nothing the requester typed, other than the address, goes into the owner's mail.
		expect(mail.body).not.toContain('Mallory');
	});

	test("the notice is in the owner's language", async () => {
		await f.db.updateTable('user').set({ locale: 'es' }).where('id', '=', rosa.id).execute();
		const count = sink.received.length;
		await register(f.app, { email: rosa.email, displayName: 'X', password: 'another long passphrase', locale: 'en' }, ORIGIN);
		const [mail] = (await received(sink, count + 1)).slice(count);
		expect(mail.body).toContain('Hola, Rosa:');
		await f.db.updateTable('user').set({ locale: null }).where('id', '=', rosa.id).execute();
	});

	test('a weak password gets the same refusal as for a new email, so it tells nothing either', async () => {
		const count = sink.received.length;
		const taken = await expectRefusal(register(f.app, { email: rosa.email, displayName: 'X', password: '12345678', locale: 'en' }, ORIGIN), 400);
		const fresh = await expectRefusal(register(f.app, { email: 'fresh@example.org', displayName: 'X', password: '12345678', locale: 'en' }, ORIGIN), 400);
		expect([taken.code, taken.params]).toEqual([fresh.code, fresh.params]);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(sink.received).toHaveLength(count);
	});

	test('a new email gets an account, and no mail', async () => {
		const count = sink.received.length;
		const user = await register(f.app, { email: 'Lee@Example.org', displayName: 'Lee', password: PASSWORD, locale: 'es' }, ORIGIN);
		expect(user).toMatchObject({ email: 'lee@example.org', display_name: 'Lee', locale: 'es' });
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(sink.received).toHaveLength(count);
	});
});

test('without SMTP, an existing email still changes nothing and answers null', async () => {
	const quiet = await openFoundation();
	try {
		const ivo = await addUser(quiet.db, 'Ivo');
		const before = await snapshot(quiet.db);
		expect(await register(quiet.app, { email: ivo.email, displayName: 'X', password: 'another long passphrase', locale: 'en' }, ORIGIN)).toBeNull();
		expect(await snapshot(quiet.db)).toEqual(before);
	} finally {
		await quiet.close();
	}
});
