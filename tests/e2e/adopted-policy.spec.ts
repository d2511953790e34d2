import { expect, test } from './fixtures';
import { ADMIN, createTeam, expectAccessible, signIn, signUp } from './helpers';

test('a rule’s status follows its words, dropping is the one choice, and the final text, scorecard and roll-up all count the same rules', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUp(page, 'Fina Final');
	const teamPath = await createTeam(page, 'Adopted Rules Team');
	const teamName = 'Adopted Rules Team';
	await page.goto(`${teamPath}/scorecard`);
	await page.getByRole('button', { name: 'Add these targets' }).click();

	await page.goto(`${teamPath}/policy`);
	await page.getByRole('button', { name: 'Adapt the model for Travis County' }).click();
	const rule1 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Judicial warrant/ }) });
	const rule2 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /No facilitation/ }) });
	await expect(rule1.getByRole('status', { name: 'Status' })).toHaveText('Kept as in the model');

	// Changing the words is what makes a rule modified; putting them back makes it kept again.
	const text1 = page.getByRole('textbox', { name: 'Text of rule 1' });
	await text1.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(' Promptly.');
	await expect(rule1.getByRole('status', { name: 'Status' })).toHaveText('Modified from the model');
	for (let i = 0; i < ' Promptly.'.length; i++) await page.keyboard.press('Backspace');
	await expect(rule1.getByRole('status', { name: 'Status' })).toHaveText('Kept as in the model');
	await page.keyboard.type(' Within 48 hours.');
	await expect(rule1.getByRole('status', { name: 'Status' })).toHaveText('Modified from the model');

	// Dropping is chosen, with a reason.
	await rule2.getByRole('checkbox', { name: 'Drop this rule' }).check();
	await expect(rule2.getByRole('status', { name: 'Status' })).toHaveText('Dropped');
	await rule2.getByLabel('Why it was dropped').fill('The chief refused.');
	await rule2.getByLabel('Why it was dropped').press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await expectAccessible(page);

	// The redline agrees, and links to the final text.
	await page.getByRole('link', { name: 'Redline' }).click();
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 modified');
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 dropped');
	await page.getByRole('link', { name: 'Final text' }).click();

	// The final text: the rules as they read now, dropped ones out, numbered 1 to 8, no marks.
	await expect(page.getByRole('heading', { level: 1, name: 'Travis County: rules as adopted' })).toBeVisible();
	const rules = page.getByRole('heading', { level: 2 });
	await expect(rules).toHaveCount(8);
	await expect(rules.first()).toHaveText('1. Judicial warrant');
	await expect(rules.nth(1)).toHaveText('2. Defined access and interviews');
	await expect(page.getByText('No facilitation')).toHaveCount(0);
	await expect(page.getByText(/Within 48 hours\./)).toBeVisible();
	await expect(page.locator('main ins, main del')).toHaveCount(0);
	await expect(page.getByText('1 model rule dropped is left out')).toBeVisible();
	await expectAccessible(page);
	// Printing hides the site's navigation and the buttons.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Team' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await page.goto(`${teamPath}/policy`);
	await expect(page.getByRole('link', { name: 'Final text' })).toHaveAttribute('href', `${teamPath}/policy/final`);

	// The scorecard, its progress and the team home count the team's eight rules.
	await page.goto(`${teamPath}/scorecard`);
	await expect(page.getByRole('rowheader')).toHaveCount(8);
	await expect(page.getByRole('rowheader', { name: /No facilitation/ })).toHaveCount(0);
	await expect(page.getByRole('rowheader').nth(1)).toHaveText('2. Defined access and interviews');
	await page.getByRole('link', { name: "Defined access and interviews, Travis County Sheriff's Office: details and history" }).click();
	await page.getByRole('radio', { name: 'Yes', exact: true }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.goto(`${teamPath}/scorecard`);
	await expect(page.getByText('1 of 8 rules adopted')).toBeVisible();
	await page.goto(teamPath);
	await expect(page.getByText("Travis County Sheriff's Office: 1 of 8 rules")).toBeVisible();

	// The campaign roll-up counts the team against its own eight and marks the dropped rule.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signIn(adminPage, ADMIN.email);
	await adminPage.goto('/admin/rollup');
	const row = adminPage.getByRole('row').filter({ hasText: teamName });
	await expect(row).toContainText('1 of 8');
	await expect(row.getByText('Not in the team’s policy (dropped)')).toHaveCount(1);
	await expectAccessible(adminPage);
	await Promise.all([context.close(), admin.close()]);
});
