import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, person } from './helpers';

test('two people write one document live, and offline edits sync when the connection returns', async ({ browser }) => {
	const ana = await person(browser, 'Ana Writer');
	const teamPath = await createTeam(ana.page, 'Live Docs Team');
	await ana.page.goto(`${teamPath}/invites`);
	await ana.page.getByRole('button', { name: 'Create link' }).click();
	const invite = await ana.page.getByRole('textbox', { name: 'Invite link' }).inputValue();

	await ana.page.goto(`${teamPath}/docs`);
	await expectAccessible(ana.page);
	await ana.page.getByLabel('New document').fill('Hearing testimony');
	await ana.page.getByRole('button', { name: 'Create', exact: true }).click();
	await ana.page.waitForURL(/\/docs\/[a-z0-9]+$/);
	const editorA = ana.page.getByRole('textbox', { name: 'Hearing testimony' });
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await editorA.click();
	await ana.page.keyboard.type('Good evening, council. ');
	const docUrl = ana.page.url();
	await expectAccessible(ana.page);

	const ben = await person(browser, 'Ben Writer');
	await ben.page.goto(invite);
	await ben.page.getByRole('button', { name: 'Join team' }).click();
	await ben.page.goto(docUrl);
	const editorB = ben.page.getByRole('textbox', { name: 'Hearing testimony' });
	await expect(editorB).toContainText('Good evening, council.');
	await editorB.click();
	await ben.page.keyboard.press('End');
	await ben.page.keyboard.type('We ask you to adopt all nine rules.');

	// Each sees the other's words, the other's named caret, and the other in the list of who is here.
	await expect(editorA).toContainText('We ask you to adopt all nine rules.');
	await expect(ana.page.locator('.collaboration-carets__label', { hasText: 'Ben Writer' })).toBeVisible();
	await expect(ben.page.locator('.collaboration-carets__label', { hasText: 'Ana Writer' })).toBeVisible();
	await expect(ana.page.getByRole('list', { name: 'Here now' })).toContainText('Ben Writer');
	// Names and roles in the list come from the server, not from what each browser says.
	await expect(ana.page.getByRole('list', { name: 'Here now' }).locator('li[title="Ben Writer (Member)"]')).toBeVisible();

	// Ana loses her connection and keeps typing.
	await ana.context.setOffline(true);
	await expect(ana.page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await editorA.click();
	await ana.page.keyboard.press('End');
	await ana.page.keyboard.type(' Written offline.');
	await expect(ana.page.getByRole('status').filter({ hasText: /not yet saved/ })).toBeVisible();
	await ben.page.waitForTimeout(1000);
	await expect(editorB).not.toContainText('Written offline.');

	// Back online: Ben sees what Ana wrote while offline.
	await ana.context.setOffline(false);
	await expect(editorB).toContainText('Written offline.');
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();

	// A reload shows the document as the server stored it.
	await ben.page.reload();
	await expect(ben.page.getByRole('textbox', { name: 'Hearing testimony' })).toContainText('Good evening, council. We ask you to adopt all nine rules. Written offline.');

	await ana.context.close();
	await ben.context.close();
});

test('words written offline and left in this browser reach the others when the document is opened again', async ({ browser }) => {
	const ana = await person(browser, 'Ana Keeper');
	const teamPath = await createTeam(ana.page, 'Kept Copy Team');
	const docUrl = await createDocument(ana.page, teamPath, 'Jail contract testimony');
	const editor = ana.page.getByRole('textbox', { name: 'Jail contract testimony' });
	await editor.click();
	await ana.page.keyboard.type('Seen by the server. ');
	const long = 'Rule 4: no access to the jail for immigration agents without a judicial warrant. '.repeat(80);
	await ana.page.keyboard.insertText(long);
	await ana.page.keyboard.type(' ');
	// Offline, she writes more, then closes the tab: the words are only in this browser's copy.
	await ana.context.setOffline(true);
	await expect(ana.page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await ana.page.keyboard.type('Kept in this browser.');
	await expect(ana.page.getByRole('status').filter({ hasText: /not yet saved/ })).toBeVisible();
	await ana.page.waitForTimeout(300);
	await ana.page.close();
	await ana.context.setOffline(false);

	// The page comes from the server without them; the copy loads before the socket opens, and the
	// server, asking for what it lacks, gets them.
	const received = (page: typeof ana.page) => {
		const sizes: number[] = [];
		page.on('websocket', (ws) => ws.on('framereceived', (frame) => sizes.push(typeof frame.payload === 'string' ? frame.payload.length : frame.payload.byteLength)));
		return sizes;
	};
	const again = await ana.context.newPage();
	const sizesAgain = received(again);
	await again.goto(docUrl);
	await expect(again.getByRole('textbox', { name: 'Jail contract testimony' })).toContainText('Kept in this browser.');
	await expect(again.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	// The copy had all the server has: the server sent none of the document again.
	expect(Math.max(...sizesAgain)).toBeLessThan(1000);
	// Another browser, with no copy, gets the whole document from the server, the words included.
	const fresh = await browser.newContext();
	await fresh.addCookies(await ana.context.cookies());
	const elsewhere = await fresh.newPage();
	const sizesElsewhere = received(elsewhere);
	await elsewhere.goto(docUrl);
	await expect(elsewhere.getByRole('textbox', { name: 'Jail contract testimony' })).toContainText('Seen by the server. Rule 4');
	await expect(elsewhere.getByRole('textbox', { name: 'Jail contract testimony' })).toContainText('Kept in this browser.');
	expect(Math.max(...sizesElsewhere)).toBeGreaterThan(long.length);
	await fresh.close();
	await ana.context.close();
});

test('a viewer reads a live document but cannot change it', async ({ browser }) => {
	const owner = await person(browser, 'Olga Owner');
	const teamPath = await createTeam(owner.page, 'Viewer Docs Team');
	await owner.page.goto(`${teamPath}/invites`);
	await owner.page.getByLabel('Role').selectOption('viewer');
	await owner.page.getByRole('button', { name: 'Create link' }).click();
	const invite = await owner.page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const docUrl = await createDocument(owner.page, teamPath, 'Talking points');
	await owner.page.getByRole('textbox', { name: 'Talking points' }).click();
	await owner.page.keyboard.type('Rule 1: no holds without a judicial warrant.');

	const viewer = await person(browser, 'Vic Viewer');
	await viewer.page.goto(invite);
	await viewer.page.getByRole('button', { name: 'Join team' }).click();
	await viewer.page.goto(`${teamPath}/docs`);
	await expect(viewer.page.getByLabel('New document')).toHaveCount(0);
	await viewer.page.goto(docUrl);
	const text = viewer.page.getByRole('textbox', { name: 'Talking points' });
	await expect(text).toContainText('Rule 1: no holds without a judicial warrant.');
	await expect(text).toHaveAttribute('contenteditable', 'false');
	await expect(viewer.page.getByText('View only')).toBeVisible();
	await expect(viewer.page.getByRole('toolbar')).toHaveCount(0);
	await expect(viewer.page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
	await expectAccessible(viewer.page);

	await owner.context.close();
	await viewer.context.close();
});

test('archiving a document turns an editor that has it open read-only, without a reload', async ({ browser }) => {
	const owner = await person(browser, 'Ari Archiver');
	const teamPath = await createTeam(owner.page, 'Archive Docs Team');
	await owner.page.goto(`${teamPath}/invites`);
	await owner.page.getByRole('button', { name: 'Create link' }).click();
	const invite = await owner.page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const docUrl = await createDocument(owner.page, teamPath, 'Old plan');

	const member = await person(browser, 'Mel Member');
	await member.page.goto(invite);
	await member.page.getByRole('button', { name: 'Join team' }).click();
	await member.page.goto(docUrl);
	const text = member.page.getByRole('textbox', { name: 'Old plan' });
	await expect(member.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await text.click();
	await member.page.keyboard.type('Meet the sheriff in May.');
	await expect(owner.page.getByRole('textbox', { name: 'Old plan' })).toContainText('Meet the sheriff in May.');

	await owner.page.getByRole('button', { name: 'Archive' }).click();
	// The server re-checks open connections every 2 seconds.
	await expect(member.page.getByText('This document is archived: you can read it but not change it.')).toBeVisible({ timeout: 6_000 });
	await expect(text).toHaveAttribute('contenteditable', 'false');
	await expect(text).toHaveAttribute('aria-readonly', 'true');
	await expect(member.page.getByRole('toolbar')).toHaveCount(0);
	await expectAccessible(member.page);
	for (const width of [375, 1280]) {
		await member.page.setViewportSize({ width, height: 800 });
		await member.page.screenshot({ path: `/tmp/shots-engine/archived-open-${width}.png`, fullPage: true });
	}

	await text.click();
	await member.page.keyboard.type(' Too late.');
	await owner.page.reload();
	await expect(owner.page.getByRole('textbox', { name: 'Old plan' })).toContainText('Meet the sheriff in May.');
	await expect(owner.page.getByRole('textbox', { name: 'Old plan' })).not.toContainText('Too late.');

	await owner.context.close();
	await member.context.close();
});
