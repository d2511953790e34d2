import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Team, User } from '$lib/server/db/schema';
import { createLogger } from '$lib/server/log';
import { PASSWORD, addTeam, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';
import { addBoard, addCard, assign, eventsOf, starts } from './fixtures';

// Real HTTP to SvelteKit's own server on a real SQLite file: the account page's forms and the feed.
let f: Foundation;
let kit: Kit;
let member: User;
let owner: User;
let team: Team;
let cookie: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
	f = await openFoundation();
	f.app.log = createLogger('info', new Writable({ write: (chunk, _e, done) => (String(chunk).split('\n').filter(Boolean).forEach((l) => lines.push(JSON.parse(l))), done()) }));
	kit = await startKit(f.app);
	({ owner, member, team } = await teamOfFour(f.db));
	const signedIn = await kit.post('/signin', { email: member.email, password: PASSWORD });
	expect(signedIn.status).toBe(303);
	cookie = cookiesOf(signedIn);
}, 120_000);
afterAll(async () => {
	await kit?.close();
	await f?.close();
});

/** Makes (or replaces) the feed from the account page, as a browser without scripts does; returns its path. */
async function makeFeed(): Promise<string> {
	const response = await kit.post('/account?/calendarFeed', {}, cookie);
	expect(response.status).toBe(200);
	const page = await response.text();
	const url = /value="(http:\/\/[^"]+\/calendar\/[a-z2-7]{52}\.ics)"/.exec(page)?.[1];
	expect(url, 'the page shows the new feed URL').toBeTruthy();
	return new URL(url!).pathname;
}

const feed = (path: string) => fetch(`${kit.origin}${path}`, { headers: { accept: 'text/calendar, */*' } });

describe('the calendar feed over HTTP', () => {
	test('lists my due dates: all-day as VALUE=DATE, timed in UTC; a card of a team I left is not in it', async () => {
		const board = await addBoard(f.db, team, 'Campaign');
		await assign(f.db, await addCard(f.db, board, { title: 'Collect 200 signatures', dueDate: '2026-12-14' }), member, owner);
		await assign(f.db, await addCard(f.db, board, { title: 'Call the sheriff', dueDate: '2026-12-15', dueAt: Date.UTC(2026, 11, 15, 14, 30) }), member, owner);
		await assign(f.db, await addCard(f.db, board, { title: 'Already done', dueDate: '2026-12-15', done: true }), member, owner);
		const left = await addTeam(f.db, owner, [[member, 'member']], 'Team I left');
		await assign(f.db, await addCard(f.db, await addBoard(f.db, left), { title: 'Not mine any more', dueDate: '2026-12-16' }), member, owner);
		await f.db.deleteFrom('membership').where('team_id', '=', left.id).where('user_id', '=', member.id).execute();

		const path = await makeFeed();
		const response = await feed(path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('cache-control')).toMatch(/^private/);
		const ics = await response.text();
		const byTitle = starts(ics);
		expect([...byTitle.keys()].sort()).toEqual(['Call the sheriff', 'Collect 200 signatures']);
		expect(byTitle.get('Collect 200 signatures')).toBe('DTSTART;VALUE=DATE:20261214');
		expect(byTitle.get('Call the sheriff')).toBe('DTSTART:20261215T143000Z');
		const event = eventsOf(ics).find((e) => e.includes('Call the sheriff'))!;
		expect(event).toContain(`${kit.origin}/t/${team.slug}/boards/${board.id}?card=`);
		expect(event).toContain(`Team: ${team.name} · Board: Campaign`);
		// The token never reaches the log.
		const token = path.slice('/calendar/'.length, -'.ics'.length);
		expect(JSON.stringify(lines)).not.toContain(token);
		expect(lines.some((l) => l.path === '/calendar/[redacted]')).toBe(true);
	});

	test('a wrong, malformed or revoked token gets the site\'s ordinary 404 page, the same for each', async () => {
		const good = await makeFeed();
		const wrong = await feed(`/calendar/${'a'.repeat(52)}.ics`);
		const malformed = await feed('/calendar/not-a-token.ics');
		const almost = await feed(good.replace(/.\.ics$/, (m) => (m[0] === 'a' ? 'b' : 'a') + '.ics'));
		const unknown = await feed('/calendar/-/not-found');
		// Each page carries its own request id for support and its own script nonce; everything else must match.
		const body = async (r: Response) => {
			const text = await r.text();
			const id = /Reference for support: (\w+)/.exec(text)?.[1] ?? 'none';
			return text.replaceAll(id, 'ID').replace(/nonce="[^"]*"/g, 'nonce=""');
		};
		const bodies = [];
		for (const r of [wrong, malformed, almost, unknown]) {
			expect(r.status).toBe(404);
			expect(r.headers.get('content-type')).toContain('text/html');
			bodies.push(await body(r));
		}
		expect(new Set(bodies).size).toBe(1);
		expect(bodies[0]).toContain('There is nothing at this address.');
		expect(bodies[0]).not.toMatch(/token|revoked|expired/i);
		expect((await feed(good)).status).toBe(200);
	});

	test('a replaced token 404s at once and the new one works; a revoked one 404s', async () => {
		const first = await makeFeed();
		expect((await feed(first)).status).toBe(200);
		const second = await makeFeed();
		expect(second).not.toBe(first);
		expect((await feed(first)).status).toBe(404);
		expect((await feed(second)).status).toBe(200);

		const page = await (await kit.fetch('/account', { cookie })).text();
		expect(page).toContain('Replace the link');
		expect(page).not.toContain(second);

		const off = await kit.post('/account?/calendarOff', {}, cookie);
		expect(off.status).toBe(200);
		expect(await off.text()).toContain('its link no longer works');
		expect((await feed(second)).status).toBe(404);
		expect(await f.db.selectFrom('calendar_token').select('id').where('user_id', '=', member.id).execute()).toEqual([]);
	});

	test('odd card rows (a due date that is not a day, a time out of range, control characters) still give a 200 feed', async () => {
		const board = await addBoard(f.db, team, 'Odd');
		for (const [title, dueDate, dueAt] of [
			['Not a day', 'tomorrow', null],
			['Out of range', '2026-12-14', 1e16],
			['Ctrl \u0000\u0007\r\nEND:VCALENDAR', '2026-12-20', null],
			['x'.repeat(5000), '2026-12-21', Date.UTC(2026, 11, 21, 9)]
		] as const) {
			await assign(f.db, await addCard(f.db, board, { title, dueDate, dueAt }), member, owner);
		}
		const response = await feed(await makeFeed());
		expect(response.status).toBe(200);
		const ics = await response.text();
		expect(ics.match(/^END:VCALENDAR/gm)).toHaveLength(1);
		expect(ics).not.toContain('Not a day');
		expect(ics).not.toContain('Out of range');
		expect(ics).toContain('DTSTART;VALUE=DATE:20261220');
		expect(ics).toContain('DTSTART:20261221T090000Z');
	});

	test('an app that already has the text gets 304, until a card changes', async () => {
		const path = await makeFeed();
		const first = await feed(path);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
		const again = await fetch(`${kit.origin}${path}`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const board = await addBoard(f.db, team, 'Later');
		await assign(f.db, await addCard(f.db, board, { title: 'New since', dueDate: '2027-01-05' }), member, owner);
		const changed = await fetch(`${kit.origin}${path}`, { headers: { 'if-none-match': etag } });
		expect(changed.status).toBe(200);
		expect(await changed.text()).toContain('SUMMARY:New since');
	});

	test('the feed needs no cookie, and is not throttled for an app that polls it', async () => {
		const path = await makeFeed();
		const statuses = await Promise.all(Array.from({ length: 40 }, () => feed(path).then((r) => r.status)));
		expect(new Set(statuses)).toEqual(new Set([200]));
	});

	test('the account forms need a session', async () => {
		const response = await kit.post('/account?/calendarFeed', {});
		expect([303, 401]).toContain(response.status);
		expect(await f.db.selectFrom('calendar_token').select('id').where('user_id', '=', owner.id).execute()).toEqual([]);
	});
});

describe('the assignment email setting', () => {
	const setting = async () => (await f.db.selectFrom('user').select('assignment_email').where('id', '=', member.id).executeTakeFirstOrThrow()).assignment_email;

	test('is on by default, turns off without the box and on with it', async () => {
		expect(await setting()).toBe(1);
		expect((await kit.post('/account?/assignmentEmail', {}, cookie)).status).toBe(200);
		expect(await setting()).toBe(0);
		const page = await (await kit.fetch('/account', { cookie })).text();
		expect(page).toMatch(/name="assignmentEmail" value="1"(?![^>]*checked)/);
		expect((await kit.post('/account?/assignmentEmail', { assignmentEmail: '1' }, cookie)).status).toBe(200);
		expect(await setting()).toBe(1);
	});

	test('a crafted value is a 400 and changes nothing', async () => {
		const response = await kit.post('/account?/assignmentEmail', { assignmentEmail: 'yes please' }, cookie);
		expect(response.status).toBe(400);
		expect(await setting()).toBe(1);
	});
});
