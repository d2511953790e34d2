import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, createTeam, expectAccessible, PASSWORD, signIn, signUp, uniqueEmail } from './helpers';

/** UTC+14: for ten hours of every day its calendar is a day ahead of the server's UTC one. */
const TIME_ZONE = 'Pacific/Kiritimati';
const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Whether an element shows all of its text (not cut with an ellipsis or a line clamp). */
const showsAll = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);

test('a new team finds its policy, adapts it from the team home, logs a tactic about it, and a viewer sees it is view only', async ({ browser }) => {
	const owner = await browser.newContext({ timezoneId: TIME_ZONE, viewport: { width: 1280, height: 800 } });
	const page = await owner.newPage();
	await signUp(page, 'Olga Owner');
	await expect(page.getByText('You are a campaign admin')).toHaveCount(0);
	const teamPath = await createTeam(page, 'Freedom Cities Travis County');

	// The team home: the policy in the team nav, the tactics log, and the boards' Tasks card; nothing promised.
	const nav = page.getByRole('navigation', { name: 'Team' });
	await expect(nav.getByRole('link', { name: 'Policy' })).toHaveAttribute('href', `${teamPath}/policy`);
	await expect(page.getByRole('main')).not.toContainText(/Coming soon/);
	await expect(page.getByRole('link', { name: 'Open the boards' })).toHaveAttribute('href', `${teamPath}/boards`);
	await expect(page.getByRole('link', { name: 'Tactics log' })).toHaveAttribute('href', `${teamPath}/tactics`);
	await expect(page.getByText('Not adapted yet')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Adapt now' })).toBeVisible();
	await expectAccessible(page);

	// The documents list has the policy first, before it is even adapted.
	await nav.getByRole('link', { name: 'Documents' }).click();
	const policyEntry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Policy for Travis County' }) });
	await expect(policyEntry).toContainText('Not adapted yet');
	await expect(policyEntry.getByRole('link')).toHaveAttribute('href', `${teamPath}/policy`);
	await expectAccessible(page);
	// So do the talking points, before anyone has opened (and so made) them, and once only after.
	await page.getByRole('link', { name: 'Talking points', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Talking points' })).toBeVisible();
	await nav.getByRole('link', { name: 'Documents' }).click();
	await expect(page.getByRole('link', { name: 'Talking points', exact: true })).toHaveCount(1);

	// A viewer signs up through an invite and is in the team at once; nothing to adapt for them.
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption('viewer');
	await page.getByRole('button', { name: 'Create link' }).click();
	const viewerLink = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const viewer = await browser.newContext();
	const viewerPage = await viewer.newPage();
	await viewerPage.goto(viewerLink);
	await expect(viewerPage.getByText('Create an account or sign in, and you join the team at once.')).toBeVisible();
	await viewerPage.getByRole('main').getByRole('link', { name: 'Create account' }).click();
	await viewerPage.getByLabel('Email').fill(uniqueEmail('vera'));
	await viewerPage.getByLabel('Your name').fill('Vera Viewer');
	await viewerPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await viewerPage.getByRole('button', { name: 'Create account' }).click();
	await expect(viewerPage).toHaveURL(new RegExp(`${teamPath}$`));
	await expect(viewerPage.getByText('You are: Viewer')).toBeVisible();
	await expect(viewerPage.getByText('Not adapted yet')).toBeVisible();
	await expect(viewerPage.getByRole('button', { name: 'Adapt now' })).toHaveCount(0);

	// Someone with an account signs in from an invite: in the team at once too.
	await page.getByLabel('Role').selectOption('member');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('textbox', { name: 'Invite link' })).not.toHaveValue(viewerLink);
	const memberLink = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const member = await browser.newContext();
	const memberPage = await member.newPage();
	const memberEmail = await signUp(memberPage, 'Mia Member');
	await memberPage.getByRole('button', { name: 'Sign out' }).click();
	await expect(memberPage.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();
	await memberPage.goto(memberLink);
	await memberPage.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
	await memberPage.getByLabel('Email').fill(memberEmail);
	await memberPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await memberPage.getByRole('button', { name: 'Sign in' }).click();
	await expect(memberPage).toHaveURL(new RegExp(`${teamPath}$`));
	await expect(memberPage.getByText('You are: Member')).toBeVisible();

	// The owner adapts from the team home and lands on the policy.
	await page.goto(teamPath);
	await page.getByRole('button', { name: 'Adapt now' }).click();
	await expect(page).toHaveURL(new RegExp(`${teamPath}/policy$`));
	await expect(page.getByText('Adapted from model version 1.')).toBeVisible();
	await expect(page.getByText('View only', { exact: true })).toHaveCount(0);
	// At 1280 px a rule's status reads whole ("Kept as in the model"), and dropping is offered.
	const status = page.getByRole('status', { name: 'Status' }).first();
	await expect(status).toHaveText('Kept as in the model');
	const fits = await status.evaluate((el) => el.scrollWidth <= el.clientWidth);
	expect(fits, 'the status is shown whole').toBe(true);
	await expect(page.getByRole('checkbox', { name: 'Drop this rule' }).first()).toBeEnabled();

	// The viewer is told, on the policy page itself, that they only read it.
	await viewerPage.goto(`${teamPath}/policy`);
	await expect(viewerPage.getByText('View only', { exact: true })).toBeVisible();
	await expect(viewerPage.getByRole('checkbox', { name: 'Drop this rule' }).first()).toBeDisabled();
	await expectAccessible(viewerPage);

	// A new tactic is dated today where the person is, and the next one again once it is saved.
	await page.goto(`${teamPath}/tactics`);
	await expect(page.getByLabel('Date')).toHaveValue(todayIn(TIME_ZONE));
	await page.getByLabel('What happened').fill('Walked the sheriff through our policy.');
	await page.getByRole('checkbox', { name: 'Policy for Travis County' }).check();
	await page.getByRole('button', { name: 'Add to the log' }).click();
	await expect(page.getByText('Added to the log.')).toBeVisible();
	await expect(page.getByLabel('Date')).toHaveValue(todayIn(TIME_ZONE));
	const logged = page.getByRole('article').filter({ hasText: 'Walked the sheriff through our policy.' });
	await expect(logged.getByRole('link', { name: 'Policy for Travis County' })).toHaveAttribute('href', `${teamPath}/policy`);
	await expectAccessible(page);

	// On a phone the team name takes two lines in the header rather than being cut short.
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(teamPath);
	const teamLink = page.getByRole('link', { name: 'Current team: Freedom Cities Travis County' });
	await expect(teamLink).toBeVisible();
	expect(await showsAll(teamLink), 'the whole team name is shown').toBe(true);
	// The brand's name is hidden to make room, but screen readers still hear it.
	await expect(page.getByRole('banner').getByRole('link', { name: 'Playbook', exact: true })).toBeAttached();
	await expectAccessible(page);

	for (const context of [owner, viewer, member]) await context.close();
});

test('the error page speaks the reader’s language, says what to do, and the footer stays at the bottom', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/signin');
	const footer = await page.locator('footer').boundingBox();
	expect(footer!.y + footer!.height, 'the footer ends at the bottom of the window').toBeGreaterThanOrEqual(899);

	await page.getByLabel('Language').selectOption('es');
	await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
	const response = await page.goto('/no-such-page');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
	await expect(page.getByText('No hay nada en esta dirección. Revisa el enlace')).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText('Not Found');
	await expect(page.getByText(/^Referencia para soporte: \w+$/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ir a mis equipos' })).toBeVisible();
	await expectAccessible(page);
});

test('the first account is told it is the campaign admin', async ({ page }) => {
	await signIn(page, ADMIN.email);
	await expect(page.getByText('You are a campaign admin of this Playbook')).toBeVisible();
	await page.getByRole('link', { name: 'Open Campaign admin' }).click();
	await expect(page.getByRole('heading', { name: 'Campaign admins' })).toBeVisible();
});
