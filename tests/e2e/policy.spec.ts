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

/** Selects `from` inside a rule's text and types `to` over it: an edit in the middle of a rule, as a person makes one. */
async function replaceInRule(page: Page, label: string, from: string, to: string) {
	const text = page.getByRole('textbox', { name: label });
	await text.click();
	await text.evaluate((element, from) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent?.indexOf(from) ?? -1;
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + from.length);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
		throw new Error(`"${from}" is not in the rule`);
	}, from);
	await page.keyboard.type(to);
	await expect(text).toContainText(to);
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
}

test('a team adapts the model, sees its redline, and takes a later model version as suggestions', async ({ browser }) => {
	test.setTimeout(180_000); // three people, a page without JavaScript and axe on every step
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
	// Kept or modified is read from the words, not chosen.
	await expect(page.getByRole('status', { name: 'Status' }).first()).toHaveText('Modified from the model');
	// Words in the middle of rule 2, which the model will change too; rule 7 dropped.
	await replaceInRule(page, 'Text of rule 2', 'an administrative warrant', 'a civil warrant');
	await expect(page.getByRole('status', { name: 'Status' }).nth(1)).toHaveText('Modified from the model');
	await page.getByRole('checkbox', { name: 'Drop this rule' }).nth(6).check();
	await page.getByLabel('Why it was dropped').fill('The sheriff will not sign this one yet.');
	await page.getByLabel('Why it was dropped').press('Tab');
	await page.goto(`${teamPath}/policy/redline`);
	await expect(page.getByRole('heading', { name: 'Travis County against model version 1' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('2 modified');
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 dropped');
	await expect(page.locator('ins', { hasText: 'Our county adds this sentence.' })).toBeVisible();
	await expectAccessible(page);

	// A campaign admin cannot publish a draft that says what version 1 says.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signIn(adminPage, ADMIN.email);
	await adminPage.goto('/admin/model');
	await expect(adminPage.getByText('The draft is the same as version 1.')).toBeVisible();
	await expect(adminPage.getByRole('button', { name: 'Publish version 2' })).toBeDisabled();
	await expectAccessible(adminPage);
	const adminOrigin = new URL(adminPage.url()).origin;
	const unchanged = await adminPage.request.post('/admin/model?/publish', { form: { notes: 'Nothing new.', expected: '1' }, headers: { origin: adminOrigin, 'x-sveltekit-action': 'true' } });
	expect(await unchanged.json()).toMatchObject({ type: 'failure', status: 409 });

	// The admin changes words in the middle of rules 2, 3 and 7 and the end of rule 3, sees the redline, and publishes version 2.
	await adminPage.goto('/admin/model/draft');
	await replaceInRule(adminPage, 'Text of rule 3', 'a court order', 'an order signed by a judge');
	await appendToRule(adminPage, 'Text of rule 3', ' The campaign adds this in version 2.');
	await replaceInRule(adminPage, 'Text of rule 2', 'administrative', 'immigration-agency');
	await replaceInRule(adminPage, 'Text of rule 7', 'perceived immigration status', 'perceived or actual immigration status');
	await expectAccessible(adminPage);
	await adminPage.goto('/admin/model');
	const preview = adminPage.getByRole('list', { name: 'Rules changed since version 1' });
	await expect(adminPage.getByText('3 rules differ from version 1:')).toBeVisible();
	await expect(preview.getByRole('listitem')).toHaveCount(3);
	await expect(preview.locator('del', { hasText: 'a court' })).toBeVisible();
	await expect(preview.locator('ins', { hasText: 'signed by a judge' })).toBeVisible();
	await expect(preview.locator('ins', { hasText: 'or actual' })).toBeVisible();
	await expectAccessible(adminPage);
	await adminPage.getByLabel('Release notes').fill('Rule 3 now says more about interviews.');
	await adminPage.getByRole('button', { name: 'Publish version 2' }).click();
	await expect(adminPage.getByText('Version 2 is published.')).toBeVisible();
	await expect(adminPage.getByRole('cell', { name: 'Rule 3 now says more about interviews.' })).toBeVisible();
	await expectAccessible(adminPage);

	// Published, the same draft cannot go out again.
	await expect(adminPage.getByText('The draft is the same as version 2.')).toBeVisible();
	await expect(adminPage.getByRole('button', { name: 'Publish version 3' })).toBeDisabled();

	// Without JavaScript, the review page preselects nothing and refuses to apply until every change is decided.
	const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await team.storageState() });
	const plainPage = await plain.newPage();
	await plainPage.goto(`${teamPath}/policy/update`);
	await expect(plainPage.getByRole('heading', { level: 1, name: 'Model version 2' })).toBeVisible();
	await expect(plainPage.locator('input[type=radio]:checked')).toHaveCount(0);
	await plainPage.getByRole('button', { name: 'Apply my choices' }).click();
	await expect(plainPage.getByRole('alert')).toContainText('Decide every change before applying');
	await expect(plainPage.getByRole('alert').getByRole('link', { name: 'Defined access and interviews' })).toBeVisible();
	await expect(plainPage.getByRole('alert').getByRole('link', { name: 'No facilitation' })).toBeVisible();
	await expect(plainPage.getByText('Not decided yet.').first()).toBeVisible();
	// "Accept all" asks the server, which fills in every suggestion and leaves the conflict open.
	await plainPage.getByRole('button', { name: 'Accept all suggestions' }).click();
	await expect(plainPage.getByRole('radio', { name: 'Accept' }).first()).toBeChecked();
	await expect(plainPage.getByRole('radio', { name: "Take the model's words" })).not.toBeChecked();
	await plainPage.getByRole('button', { name: 'Apply my choices' }).click();
	await expect(plainPage.getByRole('alert').getByRole('link', { name: 'No facilitation' })).toBeVisible();
	await expect(plainPage.getByRole('alert').getByRole('link', { name: 'Defined access and interviews' })).toHaveCount(0);
	await plain.close();

	// The team sees the new version: three rules changed, one of them the one it dropped.
	await page.goto(`${teamPath}/policy`);
	await expect(page.getByText('Adapted from model version 1.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Version 2 of the model is out: 3 rules changed' })).toBeVisible();
	await page.getByRole('link', { name: 'Review the changes' }).click();
	await expect(page.getByText('Rule 3 now says more about interviews.')).toBeVisible();
	await expect(page.getByRole('list', { name: 'What changes' })).toContainText('3 rules changed, 1 of them one you dropped');
	await expect(page.getByRole('group', { name: 'Both your team and the model changed these words' })).toContainText('a civil');
	await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByText('See what the model changed').click();
	await expect(page.locator('ins', { hasText: 'or actual' })).toBeVisible();

	// Enter in a choice tries to apply, as in any form; it does not press "Accept all" for the person.
	await page.getByRole('radio', { name: 'Accept' }).first().focus();
	await page.keyboard.press('Enter');
	const open = page.getByRole('alert');
	await expect(open).toContainText('Decide every change before applying');
	await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);

	// Applying untouched is refused in the browser, saying what is left.
	await page.getByRole('button', { name: 'Apply my choices' }).click();
	await expect(open).toContainText(/Decide every change before applying: \d+ are still open/);
	await expect(open.getByRole('link', { name: 'No facilitation' })).toBeVisible();
	await expect(page).toHaveURL(/\/policy\/update$/);
	await expectAccessible(page);

	// Accept every suggestion, write the team's own words for the conflict, and apply.
	await page.getByRole('button', { name: 'Accept all suggestions' }).click();
	await expect(open.getByRole('link', { name: 'Defined access and interviews' })).toHaveCount(0);
	await page.getByRole('radio', { name: 'Write our own' }).check();
	const ownWords = page.getByLabel('Our own words');
	await expect(ownWords).toBeVisible();
	await ownWords.fill((await ownWords.inputValue()).replace('civil', 'civil or immigration-agency'));
	await expect(open).toHaveCount(0);
	await page.getByRole('button', { name: 'Apply my choices' }).click();
	await expect(page.getByText('Adapted from model version 2.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Text of rule 3' })).toContainText('unless they present an order signed by a judge or the access');
	await expect(page.getByRole('textbox', { name: 'Text of rule 3' })).toContainText('The campaign adds this in version 2.');
	await expect(page.getByRole('textbox', { name: 'Text of rule 2' })).toContainText('detainer, a civil or immigration-agency warrant, or');
	await expect(page.getByRole('textbox', { name: 'Text of rule 1' })).toContainText('Our county adds this sentence.');
	await expect(page.getByRole('textbox', { name: 'Text of rule 7' })).not.toContainText('or actual');

	// The redline now compares against version 2: rule 1 still differs, rule 3 no longer does.
	await page.goto(`${teamPath}/policy/redline`);
	await expect(page.getByRole('heading', { name: 'Travis County against model version 2' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('2 modified');
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('1 dropped');
	await expect(page.getByRole('list', { name: 'Rules by change' })).toContainText('6 unchanged');
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
	await expect(viewerPage.getByRole('checkbox', { name: 'Drop this rule' }).first()).toBeDisabled();
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
