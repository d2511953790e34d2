import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, signUp } from './helpers';

const SHOTS = '/tmp/shots-versions';
mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, name: string) {
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
	}
}

test('a named version is saved, the text changed, compared word by word and restored; Spanish', async ({ page }) => {
	await signUp(page, 'Vicky Versions');
	const teamPath = await createTeam(page, 'Versions Team');
	const docUrl = await createDocument(page, teamPath, 'Testimony draft');
	const editor = page.getByRole('textbox', { name: 'Testimony draft' });
	await editor.click();
	await page.keyboard.type('We ask the council to adopt all nine rules.');
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();

	await page.getByRole('link', { name: 'Version history' }).click();
	await expect(page.getByRole('heading', { name: 'Version history', level: 1 })).toBeVisible();
	await page.getByLabel('Name this version').fill('Sent to the clerk');
	await page.getByRole('button', { name: 'Save version' }).click();
	await expect(page.getByText('Version saved.')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Sent to the clerk' })).toContainText('by Vicky Versions');
	await expectAccessible(page);

	// Change the text, then compare the named version with it.
	await page.goto(docUrl);
	await editor.click();
	await page.keyboard.press('End');
	for (let i = 0; i < 'all nine rules.'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('the rules.');
	await expect(editor).toHaveText('We ask the council to adopt the rules.');
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await page.getByRole('link', { name: 'Version history' }).click();
	await page.getByRole('listitem').filter({ hasText: 'Sent to the clerk' }).getByRole('link', { name: 'Compare with now' }).click();
	const comparison = page.getByRole('region', { name: /Sent to the clerk/ });
	await expect(comparison.locator('del')).toContainText(['all nine']);
	await expect(comparison.locator('ins').first()).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'compare');

	await comparison.getByRole('button', { name: 'Restore this version' }).click();
	await expect(page.getByText('Version restored.')).toBeVisible();
	// The text just before the restore is kept as a version too.
	await expect(page.getByRole('listitem').filter({ hasText: 'Kept before a restore' })).toHaveCount(1);
	await page.goto(docUrl);
	await expect(editor).toHaveText('We ask the council to adopt all nine rules.');

	await page.goto(docUrl + '/history');
	await page.getByLabel('Language').selectOption('es');
	await expect(page.getByRole('heading', { name: 'Historial de versiones', level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Guardar versión' })).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'history-es');
});
