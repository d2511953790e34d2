import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTeam, expectAccessible, PASSWORD, signUp, uniqueEmail } from './helpers';

const SHOTS = process.env.SHOTS_DIR;

/** Screenshots for a person to look at, when SHOTS_DIR is set (never in the repo). */
async function shoot(page: Page, name: string): Promise<void> {
	if (!SHOTS) return;
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
	}
}

/** Makes an invite link for `role` on the owner's page. */
async function invite(page: Page, teamPath: string, role: string): Promise<string> {
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption(role);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('textbox', { name: 'Invite link' })).toHaveValue(/\/invite\//);
	return page.getByRole('textbox', { name: 'Invite link' }).inputValue();
}

/** Someone new signs up through an invite link and joins. */
async function join(browser: Browser, link: string, name: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/signup?next=' + encodeURIComponent(new URL(link).pathname));
	await page.getByLabel('Email').fill(uniqueEmail(name));
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	// Signing up through an invite joins the team at once.
	await expect(page.getByText(/You are: /)).toBeVisible();
	return page;
}

test("an owner's reset link is offered only for members whose account is this team's alone", async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	await signUp(page, 'Olga Owner');
	const teamPath = await createTeam(page, 'Lane Jail Watch');
	const coOwner = await join(browser, await invite(page, teamPath, 'owner'), 'Cora Coowner');
	const viewer = await join(browser, await invite(page, teamPath, 'viewer'), 'Vera Viewer');

	await page.goto(`${teamPath}/members`);
	await expect(page.getByRole('button', { name: 'Make a password reset link for Vera Viewer' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Make a password reset link for Cora Coowner' })).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Make a password reset link for Vera Viewer' }).click();
	await expect(page.getByRole('textbox', { name: 'One-time reset link' })).toHaveValue(/\/reset\/[a-z2-7]{32}$/);
	await expectAccessible(page);
	await shoot(page, 'members-owner');

	// The co-owner, an owner too, gets no button for the first owner either.
	await coOwner.goto(`${teamPath}/members`);
	await expect(coOwner.getByRole('button', { name: /Make a password reset link/ })).toHaveCount(1);
	await expect(coOwner.getByRole('button', { name: 'Make a password reset link for Olga Owner' })).toHaveCount(0);
	await viewer.goto(`${teamPath}/members`);
	await expect(viewer.getByRole('button', { name: /Make a password reset link/ })).toHaveCount(0);
});

test('signing up with a taken email looks like a new sign-up, and signs no one in', async ({ page }) => {
	const email = await signUp(page, 'Tana Taken');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();
	await page.goto('/signup');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Your name').fill('Mallory');
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { name: 'My teams' })).toHaveCount(0);
	await expect(page.getByText('This email')).toHaveCount(0);
	await expectAccessible(page);
	await shoot(page, 'signup-taken');
});

test('a next that leads off the site, or breaks the header, lands at home', async ({ page }) => {
	await signUp(page, 'Nina Next');
	for (const next of ['/\t/evil.example', '/\r\n/evil.example', '//evil.example', '/\\evil.example']) {
		const response = await page.goto(`/signin?next=${encodeURIComponent(next)}`);
		expect(response?.status(), next).toBe(200);
		await expect(page.getByRole('heading', { name: 'My teams' }), next).toBeVisible();
		expect(new URL(page.url()).pathname, next).toBe('/');
	}
});
