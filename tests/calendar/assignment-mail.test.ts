import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createAppContext } from '$lib/server/app';
import { assignmentMailOptions, sendAssignmentEmails, startAssignmentMail, type AssignmentMailApp } from '$lib/server/assignment-mail';
import { readConfig } from '$lib/server/config';
import { databaseFile, openDatabase } from '$lib/server/db/index';
import { createMailer } from '$lib/server/mail';
import type { Team, User } from '$lib/server/db/schema';
import { addTeam, addUser, openFoundation, type Foundation } from '../foundation/helpers';
import { header, received, startSink } from '../foundation/mail-sink';
import { addBoard, addCard, assign, notice } from './fixtures';

// A real SMTP sink and a real SQLite file; the worker's clock is passed in, so batching is exact.
const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 9, 0);
let sink: Awaited<ReturnType<typeof startSink>>;
let f: Foundation;
let app: AssignmentMailApp;
let olga: User;
let team: Team;
let board: { id: string; team: Team; title: string };

beforeAll(async () => {
	sink = await startSink();
	f = await openFoundation({ SMTP_URL: sink.url, ORIGIN: 'https://playbook.example' });
	app = f.app;
	olga = await addUser(f.db, 'Olga Owner');
	team = await addTeam(f.db, olga, [], 'Lane County');
	board = await addBoard(f.db, team, 'Campaign');
}, 60_000);
afterAll(async () => {
	await f?.close();
	await sink?.close();
});
beforeEach(() => {
	sink.received.length = 0;
});

/** A member of the team with a card assigned to them by Olga, and its notice at `at`. */
async function assigned(person: User, title: string, at: number) {
	const card = await addCard(f.db, board, { title, dueDate: '2026-12-14' });
	await assign(f.db, card, person, olga, at);
	const id = await notice(f.db, card, person, olga, at);
	return { card, id };
}

async function member(name: string, locale: string | null = null): Promise<User> {
	const user = await addUser(f.db, name);
	await f.db.insertInto('membership').values({ team_id: team.id, user_id: user.id, role: 'member', created_at: T0 }).execute();
	if (locale) await f.db.updateTable('user').set({ locale }).where('id', '=', user.id).execute();
	return user;
}

const unsent = async (user: User) =>
	(await f.db.selectFrom('assignment_notice').select('id').where('user_id', '=', user.id).where('sent_at', 'is', null).execute()).length;
const mailsTo = (user: User) => sink.received.filter((m) => m.to.includes(user.email));

describe('assignment emails', () => {
	test('two assignments within the window give one email, once the window has passed, and never again', async () => {
		const mateo = await member('Mateo Member');
		await assigned(mateo, 'Book the library room', T0);
		await assigned(mateo, 'Call the sheriff', T0 + MIN);

		expect(await sendAssignmentEmails(app, undefined, T0 + 2 * MIN)).toMatchObject({ emails: 0 });
		expect(await unsent(mateo)).toBe(2);

		const run = await sendAssignmentEmails(app, undefined, T0 + 4.5 * MIN);
		expect(run).toMatchObject({ emails: 1, listed: 2 });
		const [mail] = await received(sink, 1);
		expect(mail.to).toEqual([mateo.email]);
		expect(header(mail.headers, 'subject')).toBe('2 cards were assigned to you on Playbook');
		expect(mail.body).toContain('Hello Mateo Member');
		expect(mail.body).toContain('Book the library room');
		expect(mail.body).toContain('Call the sheriff');
		expect(mail.body).toContain('Lane County · Campaign, assigned by Olga Owner');
		expect(mail.body).toMatch(new RegExp(`https://playbook\\.example/t/${team.slug}/boards/${board.id}\\?card=\\w+`));
		expect(mail.body).toContain('https://playbook.example/account');
		expect(await unsent(mateo)).toBe(0);

		expect(await sendAssignmentEmails(app, undefined, T0 + 60 * MIN)).toMatchObject({ emails: 0 });
		expect(mailsTo(mateo)).toHaveLength(1);
	});

	test('someone assigned card after card still gets one email ten minutes after the first', async () => {
		const rosa = await member('Rosa');
		for (let i = 0; i < 6; i++) await assigned(rosa, `Task ${i}`, T0 + i * 2 * MIN);
		expect(await sendAssignmentEmails(app, undefined, T0 + 9 * MIN)).toMatchObject({ emails: 0 });
		expect(await sendAssignmentEmails(app, undefined, T0 + 10.5 * MIN)).toMatchObject({ emails: 1, listed: 6 });
		expect(mailsTo(rosa)).toHaveLength(1);
	});

	test('with the setting off, none is sent, and the notices are marked so they never go later', async () => {
		const vera = await member('Vera');
		await f.db.updateTable('user').set({ assignment_email: 0 }).where('id', '=', vera.id).execute();
		await assigned(vera, 'Quiet card', T0);
		expect(await sendAssignmentEmails(app, undefined, T0 + 5 * MIN)).toMatchObject({ emails: 0, skipped: 1 });
		expect(await unsent(vera)).toBe(0);
		await f.db.updateTable('user').set({ assignment_email: 1 }).where('id', '=', vera.id).execute();
		await sendAssignmentEmails(app, undefined, T0 + 20 * MIN);
		expect(mailsTo(vera)).toHaveLength(0);
	});

	test('in Spanish for a Spanish-speaking person', async () => {
		const lucia = await member('Lucía', 'es');
		await assigned(lucia, 'Redactar el testimonio', T0);
		expect(await sendAssignmentEmails(app, undefined, T0 + 4 * MIN)).toMatchObject({ emails: 1 });
		const [mail] = await received(sink, 1);
		expect(header(mail.headers, 'subject')).toMatch(/Te asignaron una tarjeta en Playbook/);
		expect(mail.body).toContain('Hola, Lucía:');
		expect(mail.body).toContain('asignada por Olga Owner');
		expect(mail.body).toContain('Redactar el testimonio');
	});

	test('cards no longer assigned to the person, archived, or of a team they left are left out', async () => {
		const ana = await member('Ana');
		const kept = await assigned(ana, 'Still mine', T0);
		const unassigned = await assigned(ana, 'Given to someone else', T0);
		await f.db.deleteFrom('card_assignee').where('card_id', '=', unassigned.card.id).execute();
		const archived = await assigned(ana, 'Archived meanwhile', T0);
		await f.db.updateTable('card').set({ archived: 1 }).where('id', '=', archived.card.id).execute();
		expect(kept.id).toBeGreaterThan(0);
		expect(await sendAssignmentEmails(app, undefined, T0 + 4 * MIN)).toMatchObject({ emails: 1, listed: 1, skipped: 2 });
		const [mail] = await received(sink, 1);
		expect(mail.body).toContain('Still mine');
		expect(mail.body).not.toContain('Given to someone else');
		expect(mail.body).not.toContain('Archived meanwhile');

		const ben = await member('Ben');
		await assigned(ben, 'Before leaving', T0);
		await f.db.deleteFrom('membership').where('team_id', '=', team.id).where('user_id', '=', ben.id).execute();
		expect(await sendAssignmentEmails(app, undefined, T0 + 4 * MIN)).toMatchObject({ emails: 0, skipped: 1 });
		expect(mailsTo(ben)).toHaveLength(0);
		expect(await unsent(ben)).toBe(0);
	});

	test('two workers on two connections to the same file never send a notice twice', async () => {
		const other = openDatabase(databaseFile(f.dir));
		try {
			const people = await Promise.all(['P1', 'P2', 'P3', 'P4'].map((n) => member(n)));
			for (const person of people) for (let i = 0; i < 3; i++) await assigned(person, `${person.display_name} card ${i}`, T0);
			const second: AssignmentMailApp = { ...app, db: other };
			const runs = await Promise.all([
				sendAssignmentEmails(app, undefined, T0 + 5 * MIN),
				sendAssignmentEmails(second, undefined, T0 + 5 * MIN),
				sendAssignmentEmails(app, undefined, T0 + 5 * MIN)
			]);
			expect(runs.reduce((n, r) => n + r.emails, 0)).toBe(4);
			await received(sink, 4);
			for (const person of people) expect(mailsTo(person)).toHaveLength(1);
			expect(sink.received).toHaveLength(4);
		} finally {
			await other.destroy();
		}
	});

	test('a mail server that is down loses nothing: the notices are tried again', async () => {
		const down = { ...app, mailer: createMailer({ ...app.config, smtpUrl: 'smtp://127.0.0.1:9' }, app.log) };
		const ivy = await member('Ivy');
		await assigned(ivy, 'Try again', T0);
		expect(await sendAssignmentEmails(down, undefined, T0 + 5 * MIN)).toMatchObject({ emails: 0 });
		expect(await unsent(ivy)).toBe(1);
		expect(await sendAssignmentEmails(app, undefined, T0 + 6 * MIN)).toMatchObject({ emails: 1 });
		expect(mailsTo(ivy)).toHaveLength(1);
	});

	test('the worker started with the server sends on its own clock', async () => {
		const kim = await member('Kim');
		const now = Date.now();
		await assigned(kim, 'Worker card', now - 4 * MIN);
		const worker = startAssignmentMail(app, { ...assignmentMailOptions({ ASSIGNMENT_MAIL_INTERVAL_MS: '50' }) });
		try {
			await received(sink, 1);
			expect(mailsTo(kim)).toHaveLength(1);
		} finally {
			await worker.stop();
		}
	});
});

describe('with no SMTP configured', () => {
	test('nothing is sent, nothing fails, and the notices do not pile up', async () => {
		const plain = await createAppContext(readConfig({ DATA_DIR: f.dir, LOG_LEVEL: 'silent' }));
		expect(plain.mailer.enabled).toBe(false);
		const zoe = await member('Zoe');
		await assigned(zoe, 'No mail', T0);
		expect(await sendAssignmentEmails(plain, undefined, T0 + 5 * MIN)).toMatchObject({ emails: 0, skipped: 1 });
		expect(await unsent(zoe)).toBe(0);
		expect(sink.received).toHaveLength(0);
		await plain.db.destroy();
	});
});

describe('timings', () => {
	test('default to a minute, three minutes quiet, ten at most; tests may shorten them', () => {
		expect(assignmentMailOptions({})).toEqual({ intervalMs: 60_000, quietMs: 180_000, maxWaitMs: 600_000 });
		expect(assignmentMailOptions({ ASSIGNMENT_MAIL_INTERVAL_MS: '1000', ASSIGNMENT_MAIL_QUIET_MS: '0', ASSIGNMENT_MAIL_MAX_WAIT_MS: 'x' })).toEqual({
			intervalMs: 1000,
			quietMs: 0,
			maxWaitMs: 600_000
		});
	});
});
