import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, createDocument, createTeam, expectAccessible, signIn, signUp } from './helpers';

/** Names of the IndexedDB databases this origin keeps. */
async function databases(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

async function newDocument(page: Page, teamPath: string, title: string) {
	await createDocument(page, teamPath, title);
	return page.getByRole('textbox', { name: title });
}

test('sign-out warns about unsaved changes, then leaves no offline copy and no web storage behind', async ({ page, context }) => {
	await signUp(page, 'Olive Offline');
	const teamPath = await createTeam(page, 'Offline Copies Team');
	const editor = await newDocument(page, teamPath, 'Library notes');
	expect((await page.request.get(teamPath)).headers()['cache-control']).toBe('private, no-store');
	await editor.click();
	await page.keyboard.type('Typed at the library. ');
	await expect.poll(() => databases(page)).toContainEqual(expect.stringMatching(/^playbook-doc-/));

	// Offline, the words are only in this browser: signing out asks first, and staying keeps them.
	await context.setOffline(true);
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await editor.click();
	await page.keyboard.press('End');
	await page.keyboard.type('Not sent yet.');
	await expect(page.getByRole('status').filter({ hasText: /not yet saved/ })).toBeVisible();
	const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
	await page.getByRole('button', { name: 'Sign out' }).click();
	expect(await asked).toContain('1 document has changes that are not saved yet');
	await expect(editor).toContainText('Not sent yet.');
	expect(await databases(page)).toContainEqual(expect.stringMatching(/^playbook-doc-/));

	// Back online the change is saved; sign-out then goes straight through and clears everything.
	await context.setOffline(false);
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await page.evaluate(() => localStorage.setItem('playbook-something', 'per person'));
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected dialog: ${dialog.message()}`);
	});
	const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/signout');
	await page.getByRole('button', { name: 'Sign out' }).click();
	expect((await (await response).allHeaders())['clear-site-data']).toBe('"storage"');
	await expect(page.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();
	expect(await databases(page)).toEqual([]);
	expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
	await expectAccessible(page);
	// Back does not bring the document's page out of a cache either.
	await page.goBack();
	await expect(page).toHaveURL(/\/signin/);
	await expect(page.getByText('Typed at the library.')).toHaveCount(0);
});

test('the sign-out response alone clears the browser, for a page whose scripts did not run', async ({ page }) => {
	await signUp(page, 'Nora Noscript');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const request = indexedDB.open('playbook-doc-left-behind');
				request.onsuccess = () => (request.result.close(), resolve());
			})
	);
	await page.evaluate(() => localStorage.setItem('playbook-theme-test', '1'));
	expect(await databases(page)).toContain('playbook-doc-left-behind');
	// The signed-out page is replaced by a blank one, so only the response's header can clear.
	await page.route('**/signin?signed_out', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
	await page.evaluate(() => {
		const form = document.createElement('form');
		form.method = 'POST';
		form.action = '/signout';
		document.body.append(form);
		form.submit();
	});
	await page.waitForURL(/\/signin\?signed_out$/);
	await expect.poll(() => databases(page)).toEqual([]);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await page.unroute('**/signin?signed_out');
	await page.goto('/account');
	await expect(page).toHaveURL(/\/signin/);
});

test('on a shared computer no offline copy is ever made, and the choice lasts the session', async ({ page }) => {
	const email = await signUp(page, 'Sam Shared');
	const teamPath = await createTeam(page, 'Shared Computer Team');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();

	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('This is a shared computer: keep no offline copy').check();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'My teams' })).toBeVisible();
	// The session ends with the browser: the next person to open it is not signed in.
	const cookies = await page.context().cookies();
	expect(cookies.find((c) => c.name === 'playbook_session')?.expires).toBe(-1);
	expect(cookies.find((c) => c.name === 'playbook_shared')?.expires).toBe(-1);

	const editor = await newDocument(page, teamPath, 'Office notes');
	await editor.click();
	await page.keyboard.type('Typed at the campaign office.');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Office notes' })).toContainText('Typed at the campaign office.');
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	expect((await databases(page)).filter((name) => name.startsWith('playbook-'))).toEqual([]);

	// Signed out from elsewhere, the page does not claim the words are kept in this browser.
	const phone = await page.context().browser()!.newContext();
	const home = await phone.newPage();
	await signIn(home, email);
	await home.goto('/account');
	await home.getByRole('button', { name: 'Sign out of all devices' }).click();
	await expect(page.getByRole('alert')).toContainText('what you typed is only in this tab');
	await phone.close();
});

test('signing out in one tab makes another tab with a document open let go of its copy', async ({ page, context }) => {
	await signUp(page, 'Tilda Tabs');
	const teamPath = await createTeam(page, 'Two Tabs Team');
	const editor = await newDocument(page, teamPath, 'Tab notes');
	await editor.click();
	await page.keyboard.type('Open in the first tab.');
	await expect.poll(() => databases(page)).toContainEqual(expect.stringMatching(/^playbook-doc-/));

	const other = await context.newPage();
	await other.goto(teamPath);
	await other.getByRole('button', { name: 'Sign out' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();
	// The first tab is sent to sign-in, and its stored copy is gone with it.
	await expect(page).toHaveURL(/\/signin/);
	await expect.poll(() => databases(page)).toEqual([]);
	await expect(page.getByText('Open in the first tab.')).toHaveCount(0);
});

test('signing out of all devices clears the copies of a browser signed in elsewhere, the next time it asks', async ({ browser }) => {
	const laptop = await browser.newContext();
	const library = await laptop.newPage();
	const email = await signUp(library, 'Dora Devices');
	const teamPath = await createTeam(library, 'All Devices Team');
	const editor = await newDocument(library, teamPath, 'Left open');
	await editor.click();
	await library.keyboard.type('Left open at the library.');
	await expect.poll(() => databases(library)).toContainEqual(expect.stringMatching(/^playbook-doc-/));

	const phone = await browser.newContext();
	const home = await phone.newPage();
	await signIn(home, email);
	await home.goto('/account');
	await home.getByRole('button', { name: 'Sign out of all devices' }).click();
	await expect(home.getByRole('status').filter({ hasText: 'You are signed out' })).toBeVisible();

	await library.goto(teamPath);
	await expect(library).toHaveURL(/\/signin/);
	await expect.poll(() => databases(library)).toEqual([]);
	await Promise.all([laptop.close(), phone.close()]);
});
