import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Team } from '$lib/server/db/schema';
import { createLogger } from '$lib/server/log';
import { PASSWORD, addMember, addTeam, addUser, openFoundation, snapshot, type Foundation } from './helpers';
import { cookiesOf, startKit, type Kit } from './kit';

// Real HTTP requests to SvelteKit's own server, on a real SQLite file, with the app's real logger.
let f: Foundation;
let kit: Kit;
const lines: Record<string, unknown>[] = [];
let cookie: string;
let slug: string;
let team: Team;

beforeAll(async () => {
	f = await openFoundation();
	const sink = new Writable({
		write(chunk, _encoding, done) {
			for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
			done();
		}
	});
	f.app.log = createLogger('info', sink);
	kit = await startKit(f.app);
	const rosa = await addUser(f.db, 'Rosa Parks');
	team = await addTeam(f.db, rosa);
	slug = team.slug;
	const signedIn = await kit.post('/signin', { email: rosa.email, password: PASSWORD });
	expect(signedIn.status).toBe(303);
	cookie = cookiesOf(signedIn);
	expect(cookie).toContain('playbook_session=');
}, 120_000);
afterAll(async () => {
	await kit?.close();
	await f?.close();
});

const errorsLogged = () => lines.filter((line) => line.msg === 'unhandled error' || Number(line.level) >= 50);

describe('redirect targets from the request stay on this site (item 7)', () => {
	const OFFSITE = ['/\t/evil.example', '//evil.example', '/\\evil.example', '/\\/evil.example', 'https://evil.example/', '/\r\n/evil.example', '/\n/evil.example', '/\u0000x'];

	test.each(OFFSITE)('GET /signin?next=%j, signed in, goes home', async (next) => {
		const response = await kit.fetch(`/signin?next=${encodeURIComponent(next)}`, { cookie });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/');
	});

	test.each(OFFSITE)('the same for GET /signup?next=%j', async (next) => {
		const response = await kit.fetch(`/signup?next=${encodeURIComponent(next)}`, { cookie });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/');
	});

	test.each(OFFSITE)('POST /signin with next=%j signs in and goes home', async (next) => {
		const email = (await addUser(f.db, 'Nina Next')).email;
		const response = await kit.post('/signin', { email, password: PASSWORD, next });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/');
	});

	test.each(OFFSITE)('POST /preferences with redirectTo=%j goes home', async (redirectTo) => {
		for (const [action, field] of [['language', { locale: 'en' }], ['theme', { theme: 'dark' }]] as const) {
			const response = await kit.post(`/preferences?/${action}`, { ...field, redirectTo }, cookie);
			expect(response.status, action).toBe(303);
			expect(response.headers.get('location'), action).toBe('/');
		}
	});

	test('a path on this site is kept, wherever it comes from', async () => {
		expect((await kit.fetch(`/signin?next=${encodeURIComponent('/t/lane?x=1')}`, { cookie })).headers.get('location')).toBe('/t/lane?x=1');
		expect((await kit.post('/preferences?/theme', { theme: 'light', redirectTo: '/account' }, cookie)).headers.get('location')).toBe('/account');
		expect(errorsLogged()).toEqual([]);
	});
});

describe('the request log keeps invite and reset tokens out (item 11)', () => {
	const TOKEN = 'k3xq2ajx7u4s5mhlzq2bnsdv4xabcdef';
	test.each([`/invite/${TOKEN}`, `/reset/${TOKEN}`])('GET %s', async (path) => {
		lines.length = 0;
		const response = await kit.fetch(path);
		expect(response.status).toBe(200);
		await response.text();
		const line = lines.find((l) => l.msg === 'request');
		expect(line?.path).toMatch(/^\/(invite|reset)\/\[redacted\]$/);
		expect(JSON.stringify(lines)).not.toContain(TOKEN);
	});
});

describe('form bodies that cannot be read answer 400, change nothing and log no error (item 12)', () => {
	const BROKEN: [string, BodyInit, string][] = [
		['a multipart body without a boundary', 'x', 'multipart/form-data'],
		['a multipart body cut short', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nhalf', 'multipart/form-data; boundary=b'],
		['a text/plain form', 'title=x', 'text/plain']
	];
	const ACTIONS = ['/signin', '/signup', '/forgot', '/reset/sometoken', '/preferences?/language', '/account?/password', '/teams/new', `/t/SLUG/docs?/create`, `/t/SLUG/members?/resetLink`, `/t/SLUG/invites?/create`];

	test.each(BROKEN)('%s', async (_name, body, type) => {
		const before = await snapshot(f.db);
		lines.length = 0;
		for (const path of ACTIONS.map((p) => p.replace('SLUG', slug))) {
			const response = await kit.fetch(path, { method: 'POST', body, cookie, headers: { 'content-type': type } });
			expect(response.status, path).toBe(400);
			expect(await response.text(), path).toBe('This form could not be read. Reload the page and try again.');
		}
		expect(await snapshot(f.db)).toEqual(before);
		expect(errorsLogged()).toEqual([]);
	});

	test('sent by enhance, the 400 is an action result the page can show', async () => {
		const response = await kit.fetch('/teams/new', { method: 'POST', body: 'x', cookie, headers: { 'content-type': 'multipart/form-data', accept: 'application/json', 'x-sveltekit-action': 'true' } });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ type: 'error', status: 400, error: { message: 'This form could not be read. Reload the page and try again.' } });
	});
});

describe('anonymous __data.json requests never run a page load without a person (item 12)', () => {
	const PAGES = [
		'/account',
		'/admin',
		'/admin/model',
		'/admin/model/draft',
		'/admin/rollup',
		'/teams/new',
		'/t/SLUG',
		'/t/SLUG/docs',
		'/t/SLUG/docs/someid',
		'/t/SLUG/members',
		'/t/SLUG/invites',
		'/t/SLUG/policy',
		'/t/SLUG/policy/redline',
		'/t/SLUG/policy/update',
		'/t/SLUG/scorecard',
		'/t/SLUG/scorecard/sometarget/1',
		'/t/SLUG/settings',
		'/t/SLUG/tactics',
		'/t/SLUG/tactics/someid',
		'/t/SLUG/talking-points'
	];

	test.each(PAGES)('%s/__data.json, every node alone and all together', async (page) => {
		lines.length = 0;
		const path = `${page.replace('SLUG', slug)}/__data.json`;
		// x-sveltekit-invalidated picks which loads run: '0001' runs only the fourth (the page's, past three layouts).
		for (const only of ['', '01', '001', '0001', '00001']) {
			const response = await kit.fetch(only ? `${path}?x-sveltekit-invalidated=${only}` : path);
			const body = await response.text();
			expect(response.status, `${path} ${only}`).toBeLessThan(500);
			expect(body, `${path} ${only}`).not.toMatch(/Internal Error|Cannot read prop/);
			if (response.status !== 200) continue;
			// The layout's redirect, or the page's load refusing (401, or 403 on admin pages): never a crash.
			const data = JSON.parse(body) as { type: string; nodes?: { type: string; status?: number }[] };
			expect(data.type, `${path} ${only}: ${body}`).not.toBe('error');
			for (const node of data.nodes ?? []) if (node.type === 'error') expect([401, 403], `${path} ${only}: ${body}`).toContain(node.status);
		}
		expect(errorsLogged()).toEqual([]);
	});
});

describe("the members page offers an owner's reset link only where it would be made (item 8)", () => {
	test('a viewer whose only team is this one gets the button, a co-owner does not, and posting for the co-owner is refused', async () => {
		const [coOwner, viewer] = [await addUser(f.db, 'Cora Coowner'), await addUser(f.db, 'Vera Viewer')];
		await addMember(f.db, team, coOwner, 'owner');
		await addMember(f.db, team, viewer, 'viewer');
		const page = await (await kit.fetch(`/t/${slug}/members`, { cookie })).text();
		expect(page).toContain('aria-label="Make a password reset link for Vera Viewer"');
		expect(page).not.toContain('aria-label="Make a password reset link for Cora Coowner"');

		const before = await snapshot(f.db);
		const refused = await kit.post(`/t/${slug}/members?/resetLink`, { userId: coOwner.id }, cookie);
		expect(refused.status).toBe(403);
		expect(await snapshot(f.db)).toEqual(before);
		const made = await kit.post(`/t/${slug}/members?/resetLink`, { userId: viewer.id }, cookie);
		expect(made.status).toBe(200);
		expect(await made.text()).toMatch(/\/reset\/[a-z2-7]{32}/);
	});
});

describe('sign-in from a known browser while someone guesses the password (item 9)', () => {
	test('the owner gets in from the browser they used before; a new browser waits', async () => {
		const owner = await addUser(f.db, 'Gina Guessed');
		const first = await kit.post('/signin', { email: owner.email, password: PASSWORD });
		expect(first.status).toBe(303);
		const device = first.headers.getSetCookie().find((c) => c.startsWith('playbook_device='));
		expect(device).toMatch(/HttpOnly/i);
		const deviceCookie = cookiesOf(first).split('; ').find((c) => c.startsWith('playbook_device='))!;

		for (let i = 0; i < 6; i++) await kit.post('/signin', { email: owner.email, password: `wrong guess ${i}` });
		const stranger = await kit.post('/signin', { email: owner.email, password: PASSWORD });
		expect(stranger.status).toBe(429);
		expect(cookiesOf(stranger)).not.toContain('playbook_session=');

		const known = await kit.post('/signin', { email: owner.email, password: PASSWORD }, deviceCookie);
		expect(known.status).toBe(303);
		expect(cookiesOf(known)).toContain('playbook_session=');
	});
});

describe('signing up with an email that has an account (item 10)', () => {
	test('answers exactly as a new sign-up does, but signs no one in and changes nothing', async () => {
		const taken = await addUser(f.db, 'Tana Taken');
		const fresh = await kit.post('/signup', { email: `fresh.${Date.now()}@example.org`, displayName: 'Fresh', password: PASSWORD, next: '/t/lane' });
		const before = await snapshot(f.db);
		const existing = await kit.post('/signup', { email: taken.email, displayName: 'Mallory', password: PASSWORD, next: '/t/lane' });
		expect([existing.status, existing.headers.get('location')]).toEqual([fresh.status, fresh.headers.get('location')]);
		expect([existing.status, existing.headers.get('location')]).toEqual([303, '/t/lane']);
		expect(cookiesOf(fresh)).toContain('playbook_session=');
		expect(cookiesOf(existing)).not.toContain('playbook_session=');
		expect(await snapshot(f.db)).toEqual(before);
	});
});
