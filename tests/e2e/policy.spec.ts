import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, createTeam, expectAccessible, signIn, signUp } from './helpers';

async function appendToRule(page: Page, label: string, words: string) {
	const text = page.getByRole('textbox', { name: label });
	await text.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(words);
	await expect(text).toContainText(words.trim());
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
}

test('a team adapts the model, sees its redline, and takes a later model version as suggestions', async ({ browser }) => {
	const team = await browser.newContext();
	const page = await team.newPage();
	await signUp(page, 'Paula Policy');
	const teamPath = await createTeam(page, 'Policy Team');

	// Adapt the model: the rules arrive with the county's names filled in.
	await page.goto(`${teamPath}/policy`);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Adapt the model for Travis County' }).click();
	await expect(page.getByText('Adapted from model version 1.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Text of rule 1' })).toContainText('Travis County');
	await expect(page.getByRole('textbox', { name: 'Text of rule 9' })).toBeVisible();
	await expectAccessible(page);

	// Edit rule 1; the redline shows the words the team added.
	await appendToRule(page, 'Text of rule 1', ' Our county adds this sentence.');
	await page.getByRole('combobox', { name: 'Status' }).first().selectOption('modify');
	await page.goto(`${teamPath}/policy/redline`);
	await expect(page.getByRole('heading', { name: 'Travis County against model version 1' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 modified');
	await expect(page.locator('ins', { hasText: 'Our county adds this sentence.' })).toBeVisible();
	await expectAccessible(page);

	// A campaign admin changes rule 3 in the draft and publishes version 2.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signIn(adminPage, ADMIN.email);
	await adminPage.goto('/admin/model/draft');
	await appendToRule(adminPage, 'Text of rule 3', ' The campaign adds this in version 2.');
	await expectAccessible(adminPage);
	await adminPage.goto('/admin/model');
	await adminPage.getByLabel('Release notes').fill('Rule 3 now says more about interviews.');
	await adminPage.getByRole('button', { name: 'Publish version 2' }).click();
	await expect(adminPage.getByText('Version 2 is published.')).toBeVisible();
	await expect(adminPage.getByRole('cell', { name: 'Rule 3 now says more about interviews.' })).toBeVisible();
	await expectAccessible(adminPage);

	// The team sees the new version and accepts the model's change to rule 3.
	await page.goto(`${teamPath}/policy`);
	await expect(page.getByRole('heading', { name: 'Version 2 of the model is out: 1 rule changed' })).toBeVisible();
	await page.getByRole('link', { name: 'Review the changes' }).click();
	await expect(page.getByText('Rule 3 now says more about interviews.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('radio', { name: 'Accept' }).first().check();
	await page.getByRole('button', { name: 'Apply my choices' }).click();
	await expect(page.getByText('Adapted from model version 2.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Text of rule 3' })).toContainText('The campaign adds this in version 2.');
	await expect(page.getByRole('textbox', { name: 'Text of rule 1' })).toContainText('Our county adds this sentence.');

	// The redline now compares against version 2: rule 1 still differs, rule 3 no longer does.
	await page.goto(`${teamPath}/policy/redline`);
	await expect(page.getByRole('heading', { name: 'Travis County against model version 2' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 modified');
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('8 unchanged');
	await expect(page.locator('ins', { hasText: 'The campaign adds this' })).toHaveCount(0);

	// The team home shows where the policy stands.
	await page.goto(teamPath);
	await expect(page.getByText('Adapted from model version 2')).toBeVisible();

	// A viewer reads the policy and can change none of it.
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption('viewer');
	await page.getByRole('button', { name: 'Create link' }).click();
	const invite = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const viewer = await browser.newContext();
	const viewerPage = await viewer.newPage();
	await signUp(viewerPage, 'Vero Viewer');
	await viewerPage.goto(invite);
	await viewerPage.getByRole('button', { name: 'Join team' }).click();
	await viewerPage.goto(`${teamPath}/policy`);
	const rule1 = viewerPage.getByRole('textbox', { name: 'Text of rule 1' });
	await expect(rule1).toContainText('Our county adds this sentence.');
	await expect(rule1).toHaveAttribute('contenteditable', 'false');
	await expect(viewerPage.getByRole('combobox', { name: 'Status' }).first()).toBeDisabled();
	await expect(viewerPage.getByRole('button', { name: 'Add a rule of our own' })).toHaveCount(0);
	await expectAccessible(viewerPage);
	const origin = new URL(viewerPage.url()).origin;
	const forged = await viewerPage.request.post(`${teamPath}/policy?/refill`, { form: {}, headers: { origin, 'x-sveltekit-action': 'true' } });
	expect((await forged.json()).status).toBe(403);
	const forgedAdmin = await viewerPage.request.post('/admin/model?/publish', { form: { notes: 'x', expected: '2' }, headers: { origin, 'x-sveltekit-action': 'true' } });
	expect((await forgedAdmin.json()).status).toBe(403);

	for (const context of [team, admin, viewer]) await context.close();
});

test('a member made a viewer while the adapted policy is open can no longer change it, without a reload', async ({ browser }) => {
	const owner = await browser.newContext();
	const page = await owner.newPage();
	await signUp(page, 'Olivia Owner');
	const teamPath = await createTeam(page, 'Demotion Team');
	await page.goto(`${teamPath}/policy`);
	await page.getByRole('button', { name: 'Adapt the model for Travis County' }).click();
	await expect(page.getByRole('textbox', { name: 'Text of rule 1' })).toContainText('Travis County');
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption('member');
	await page.getByRole('button', { name: 'Create link' }).click();
	const invite = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();

	const member = await browser.newContext();
	const memberPage = await member.newPage();
	await signUp(memberPage, 'Mina Member');
	await memberPage.goto(invite);
	await memberPage.getByRole('button', { name: 'Join team' }).click();
	await memberPage.goto(`${teamPath}/policy`);
	await expect(memberPage.getByRole('button', { name: 'Add a rule of our own' })).toBeVisible();
	await expect(memberPage.getByRole('textbox', { name: 'Text of rule 1' })).toHaveAttribute('contenteditable', 'true');

	await page.goto(`${teamPath}/members`);
	await page.getByLabel('Role of Mina Member').selectOption('viewer');
	await page.getByRole('row', { name: /Mina Member/ }).getByRole('button', { name: 'Change' }).click();
	await expect(page.getByText('Role changed.')).toBeVisible();

	// Within the server's 2-second re-check the page turns read-only and says so.
	await expect(memberPage.getByText('You can read this document but not change it.')).toBeVisible({ timeout: 6_000 });
	await expect(memberPage.getByRole('textbox', { name: 'Text of rule 1' })).toHaveAttribute('contenteditable', 'false');
	await expect(memberPage.getByRole('button', { name: 'Add a rule of our own' })).toHaveCount(0);
	await expectAccessible(memberPage);

	await owner.close();
	await member.close();
});
