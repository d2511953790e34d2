import { expect, test } from './fixtures';
import { createTeam, expectAccessible, PASSWORD, signUp, uniqueEmail } from './helpers';

test('a team forms: sign up, create a team, invite, join, roles, Spanish, sign out', async ({ browser }) => {
	// The organizer signs up and starts a team.
	const owner = await browser.newContext();
	const page = await owner.newPage();
	await page.goto('/');
	await expectAccessible(page);
	await page.goto('/signup');
	await expectAccessible(page);
	await signUp(page, 'Olivia Owner');
	await expectAccessible(page);
	await page.goto('/teams/new');
	await expectAccessible(page);
	const teamPath = await createTeam(page, 'Freedom Cities Travis');
	await expect(page.getByText("Travis County Sheriff's Office")).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Model policy' })).toBeVisible();
	await expectAccessible(page);

	// Two invite links: one for a member, one for a viewer.
	await page.goto(`${teamPath}/invites`);
	await expectAccessible(page);
	await page.getByLabel('Role').selectOption('member');
	await page.getByRole('button', { name: 'Create link' }).click();
	const memberLink = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	expect(memberLink).toContain('/invite/');
	await page.getByLabel('Role').selectOption('viewer');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('textbox', { name: 'Invite link' })).not.toHaveValue(memberLink);
	const viewerLink = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	await expect(page.getByRole('row')).toHaveCount(3);
	await expectAccessible(page);

	// A second person opens the member invite signed out, signs up through it, and lands in the team.
	const guest = await browser.newContext();
	const guestPage = await guest.newPage();
	await guestPage.goto(memberLink);
	await expect(guestPage.getByRole('heading', { name: 'Join Freedom Cities Travis' })).toBeVisible();
	await expectAccessible(guestPage);
	await guestPage.getByRole('main').getByRole('link', { name: 'Create account' }).click();
	await guestPage.getByLabel('Email').fill(uniqueEmail('mateo'));
	await guestPage.getByLabel('Your name').fill('Mateo Member');
	await guestPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await guestPage.getByRole('button', { name: 'Create account' }).click();
	// Signing up from the invite joins at once: no second "Join team" click.
	await expect(guestPage).toHaveURL(new RegExp(`${teamPath}$`));
	await expect(guestPage.getByText('You are: Member')).toBeVisible();
	await guestPage.goto(`${teamPath}/members`);
	await expect(guestPage.getByRole('cell', { name: /Olivia Owner/ })).toBeVisible();
	await expectAccessible(guestPage);

	// A viewer joins: no edit controls, and a forged POST is refused by the server.
	const viewer = await browser.newContext();
	const viewerPage = await viewer.newPage();
	await viewerPage.goto('/signup?next=' + encodeURIComponent(new URL(viewerLink).pathname));
	await viewerPage.getByLabel('Email').fill(uniqueEmail('vera'));
	await viewerPage.getByLabel('Your name').fill('Vera Viewer');
	await viewerPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await viewerPage.getByRole('button', { name: 'Create account' }).click();
	await expect(viewerPage.getByText('You are: Viewer')).toBeVisible();
	await expect(viewerPage.getByRole('link', { name: 'Invites' })).toHaveCount(0);
	await expect(viewerPage.getByRole('link', { name: 'Settings' })).toHaveCount(0);
	await viewerPage.goto(`${teamPath}/members`);
	await expect(viewerPage.getByRole('button', { name: 'Change' })).toHaveCount(0);
	await expect(viewerPage.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
	await expectAccessible(viewerPage);

	const forged = await viewerPage.request.post(`${teamPath}/invites?/create`, {
		form: { role: 'owner', days: '7', maxUses: '5' },
		headers: { origin: new URL(viewerPage.url()).origin, 'x-sveltekit-action': 'true' }
	});
	const forgedBody = await forged.json();
	expect(forgedBody.type).toBe('failure');
	expect(forgedBody.status).toBe(403);
	const forgedSettings = await viewerPage.request.post(`${teamPath}/settings?/save`, {
		form: { name: 'Hijacked', jurisdictionKind: 'city', jurisdictionName: 'X', state: 'TX' },
		headers: { origin: new URL(viewerPage.url()).origin, 'x-sveltekit-action': 'true' }
	});
	expect((await forgedSettings.json()).status).toBe(403);
	// A cross-site form post is refused by SvelteKit's origin check.
	const crossSite = await viewerPage.request.post(`${teamPath}/members?/leave`, { form: {}, headers: { origin: 'https://evil.example' } });
	expect(crossSite.status()).toBe(403);
	await page.goto(`${teamPath}/invites`);
	await expect(page.getByRole('row')).toHaveCount(3);
	await page.goto(teamPath);
	await expect(page.getByRole('heading', { level: 1, name: 'Freedom Cities Travis' })).toBeVisible();

	// The owner makes the member an organizer.
	await page.goto(`${teamPath}/members`);
	await page.getByLabel('Role of Mateo Member').selectOption('organizer');
	await page.getByRole('row', { name: /Mateo Member/ }).getByRole('button', { name: 'Change' }).click();
	await expect(page.getByText('Role changed.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Role of Mateo Member')).toHaveValue('organizer');

	// Switch to Spanish: remembered for this account on another device too.
	await page.getByLabel('Language').selectOption('es');
	await expect(page.getByRole('heading', { name: 'Integrantes' })).toBeVisible();
	await expectAccessible(page);
	const otherDevice = await browser.newContext();
	const otherPage = await otherDevice.newPage();
	await otherPage.goto('/signin');
	await otherPage.getByLabel('Email').fill(await page.locator('.user').getAttribute('title').then((e) => e ?? ''));
	await otherPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await otherPage.getByRole('button', { name: 'Sign in' }).click();
	await expect(otherPage.getByRole('heading', { name: 'Mis equipos' })).toBeVisible();

	// Sign out.
	await page.getByRole('button', { name: 'Cerrar sesión' }).click();
	await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
	await page.goto(teamPath);
	await expect(page).toHaveURL(/\/signin\?next=/);

	for (const context of [owner, guest, viewer, otherDevice]) await context.close();
});

test('bad input keeps what was typed and says what is wrong', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Your name').fill('Pat');
	await page.getByLabel('Password', { exact: true }).fill('password');
	// Skip the browser's own checks: the server must catch this on its own.
	await page.evaluate(() => document.querySelectorAll('form').forEach((f) => (f.noValidate = true)));
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('Enter an email address like name@example.org.')).toBeVisible();
	await expect(page.getByLabel('Your name')).toHaveValue('Pat');
	await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
	await expectAccessible(page);

	await page.getByLabel('Email').fill(uniqueEmail('pat'));
	await page.getByLabel('Password', { exact: true }).fill('password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('This password is too common.')).toBeVisible();

	await page.goto('/signin');
	await page.getByLabel('Email').fill('nobody@example.org');
	await page.getByLabel('Password', { exact: true }).fill('wrong password here');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('The email or password is not right.')).toBeVisible();
	await expectAccessible(page);

	// Five wrong passwords in all for one account, then the sixth attempt is held back with a wait time.
	const attempt = async (password: string) => {
		await page.getByLabel('Password', { exact: true }).fill(password);
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/signin')),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
	};
	for (let n = 0; n < 4; n++) {
		await attempt(`wrong password ${n}`);
		await expect(page.getByText('The email or password is not right.')).toBeVisible();
	}
	await attempt('wrong password again');
	await expect(page.getByText(/Too many attempts\. Try again in \d+ seconds\./)).toBeVisible();

	await page.goto('/invite/not-a-real-token');
	await expect(page.getByText('This invite link is not valid.')).toBeVisible();
	await expectAccessible(page);
});
