import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, createTeam, expectAccessible, PASSWORD, signIn, signUp, uniqueEmail } from './helpers';

const SHERIFF = "Travis County Sheriff's Office";

async function setCell(page: Page, teamPath: string, rule: string, status: string, note = ''): Promise<void> {
	await page.goto(`${teamPath}/scorecard`);
	await page.getByRole('link', { name: `${rule}, ${SHERIFF}: details and history` }).click();
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(rule) })).toBeVisible();
	await page.getByRole('radio', { name: status, exact: true }).check();
	if (note) await page.getByLabel('Note').fill(note);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
}

test('scorecard and tactics: targets, entries that persist, progress, the log, viewers read only, the roll-up', async ({ browser }) => {
	const owner = await browser.newContext();
	const page = await owner.newPage();
	await signUp(page, 'Sofia Scorekeeper');
	const teamPath = await createTeam(page, 'Travis Scorecard Team');
	const teamName = 'Travis Scorecard Team';

	// A new team is offered the targets its details name.
	await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Scorecard' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Scorecard' })).toBeVisible();
	await expect(page.getByText('No targets yet')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Add these targets' }).click();
	await expect(page.getByRole('columnheader', { name: SHERIFF })).toBeVisible();
	await expectAccessible(page);

	// A second target, added by hand.
	await page.getByLabel('Name', { exact: true }).fill('Travis County Commissioners Court');
	await page.getByLabel('Kind').selectOption('council');
	await page.getByRole('button', { name: 'Add target' }).click();
	await expect(page.getByRole('columnheader', { name: 'Travis County Commissioners Court' })).toBeVisible();

	// Entries: two rules adopted, one mixed, with a note and a source.
	await setCell(page, teamPath, 'Judicial warrant', 'Yes', 'Signed the policy at the May meeting.');
	await expectAccessible(page);
	await setCell(page, teamPath, 'No facilitation', 'Yes');
	await setCell(page, teamPath, 'Don’t ask', 'Mixed');
	// A refused value keeps what was typed and changes nothing.
	await page.getByLabel('Source link').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Enter a web address that starts with http:// or https://.')).toBeVisible();
	await expect(page.getByLabel('Source link')).toHaveValue('javascript:alert(1)');
	await page.getByLabel('Source link').fill('https://example.org/minutes');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'By Sofia Scorekeeper' })).toHaveCount(2);

	// Reloaded, the grid shows what was saved.
	await page.goto(`${teamPath}/scorecard`);
	await page.reload();
	await expect(page.getByRole('link', { name: `Judicial warrant, ${SHERIFF}: details and history` })).toContainText('Yes');
	await expect(page.getByRole('link', { name: `No facilitation, ${SHERIFF}: details and history` })).toContainText('Yes');
	await expect(page.getByRole('link', { name: `Don’t ask, ${SHERIFF}: details and history` })).toContainText('Mixed');
	await expect(page.getByText('2 of 9 rules adopted')).toBeVisible();
	await page.getByRole('link', { name: `Judicial warrant, ${SHERIFF}: details and history` }).click();
	await expect(page.getByText('Signed the policy at the May meeting.').first()).toBeVisible();

	// The team home shows progress per target.
	await page.goto(teamPath);
	await expect(page.getByText(`${SHERIFF}: 2 of 9 rules`)).toBeVisible();
	await expect(page.getByText('Travis County Commissioners Court: 0 of 9 rules')).toBeVisible();
	await expectAccessible(page);

	// A tactic is logged.
	await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Tactics' }).click();
	await expect(page.getByText('Nothing logged yet.')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Date').fill('2024-05-03');
	await page.getByLabel('What', { exact: true }).selectOption('meeting');
	await page.getByLabel('Target').selectOption({ label: SHERIFF });
	await page.getByLabel('What happened').fill('Met the sheriff with six volunteers and the nine rules.');
	await page.getByLabel('Outcome').fill('He will sign rules 1 and 2. Follow-up in two weeks.');
	await page.getByLabel('Links').fill('https://example.org/news/meeting');
	await page.getByRole('button', { name: 'Add to the log' }).click();
	await expect(page.getByText('Added to the log.')).toBeVisible();
	const entry = page.getByRole('article').filter({ hasText: 'Met the sheriff with six volunteers' });
	await expect(entry.getByRole('heading', { name: /May 3, 2024 · Meeting/ })).toBeVisible();
	await expect(entry.getByText(SHERIFF)).toBeVisible();
	await expect(entry.getByRole('link', { name: 'https://example.org/news/meeting' })).toBeVisible();
	await expect(page.getByLabel('What happened')).toHaveValue('');
	await page.reload();
	await expect(page.getByRole('article').filter({ hasText: 'Met the sheriff with six volunteers' })).toBeVisible();
	await expectAccessible(page);

	// A viewer reads the scorecard and the log, with no edit controls anywhere.
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption('viewer');
	await page.getByRole('button', { name: 'Create link' }).click();
	const viewerLink = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const viewer = await browser.newContext();
	const viewerPage = await viewer.newPage();
	await viewerPage.goto('/signup?next=' + encodeURIComponent(new URL(viewerLink).pathname));
	await viewerPage.getByLabel('Email').fill(uniqueEmail('vico'));
	await viewerPage.getByLabel('Your name').fill('Vico Viewer');
	await viewerPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await viewerPage.getByRole('button', { name: 'Create account' }).click();
	await expect(viewerPage.getByText('You are: Viewer')).toBeVisible();

	await viewerPage.goto(`${teamPath}/scorecard`);
	await expect(viewerPage.getByRole('link', { name: `Judicial warrant, ${SHERIFF}: details and history` })).toContainText('Yes');
	await expect(viewerPage.locator('main form')).toHaveCount(0);
	await expect(viewerPage.getByRole('heading', { name: 'Targets' })).toHaveCount(0);
	await expectAccessible(viewerPage);
	await viewerPage.getByRole('link', { name: `Judicial warrant, ${SHERIFF}: details and history` }).click();
	await expect(viewerPage.getByRole('heading', { name: 'History' })).toBeVisible();
	await expect(viewerPage.getByText('Signed the policy at the May meeting.').first()).toBeVisible();
	await expect(viewerPage.locator('main form')).toHaveCount(0);
	await expect(viewerPage.getByRole('radio')).toHaveCount(0);
	await expectAccessible(viewerPage);
	await viewerPage.goto(`${teamPath}/tactics`);
	await expect(viewerPage.getByRole('article').filter({ hasText: 'Met the sheriff' })).toBeVisible();
	await expect(viewerPage.locator('main form')).toHaveCount(0);
	await expect(viewerPage.getByRole('link', { name: /^Edit/ })).toHaveCount(0);

	// A forged write from the viewer is refused by the server.
	const forged = await viewerPage.request.post(`${teamPath}/scorecard?/addTarget`, {
		form: { name: 'Forged', kind: 'other' },
		headers: { origin: new URL(viewerPage.url()).origin, 'x-sveltekit-action': 'true' }
	});
	expect((await forged.json()).status).toBe(403);

	// Not a campaign admin: no roll-up, no CSV.
	expect((await viewerPage.request.get('/admin/rollup.csv')).status()).toBe(403);

	// The campaign admin sees the team in the roll-up and downloads it.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signIn(adminPage, ADMIN.email);
	await adminPage.goto('/admin');
	await adminPage.getByRole('link', { name: 'Campaign roll-up' }).click();
	await adminPage.getByLabel('State').selectOption('TX');
	await adminPage.getByRole('button', { name: 'Show' }).click();
	await expect(adminPage).toHaveURL(/state=TX/);
	const row = adminPage.getByRole('row').filter({ hasText: teamName });
	await expect(row).toContainText('2 of 9');
	await expectAccessible(adminPage);
	const csv = await adminPage.request.get('/admin/rollup.csv?state=TX');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="playbook-rollup-\d{4}-\d{2}-\d{2}-TX\.csv"$/);
	expect(await csv.text()).toContain(`${teamName},Travis County,TX,1,judicial-warrant,Judicial warrant,yes,${SHERIFF},sheriff,yes`);

	await Promise.all([owner.close(), viewer.close(), admin.close()]);
});
