import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, signUp } from './helpers';

async function pdfText(bytes: Uint8Array): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
	let text = '';
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
	}
	await pdf.destroy();
	return text;
}

async function download(page: Page, name: RegExp): Promise<{ file: Download; bytes: Uint8Array }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
	return { file, bytes: new Uint8Array(await readFile((await file.path())!)) };
}

test('the meter counts as people type; the PDF and Word downloads hold the text, accents and all', async ({ page }) => {
	await signUp(page, 'Marta Export');
	const teamPath = await createTeam(page, 'Export Team');
	await createDocument(page, teamPath, 'Testimonio de José');
	const editor = page.getByRole('textbox', { name: 'Testimonio de José' });
	const meter = page.getByRole('region', { name: 'Speaking time' });
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await expect(meter).toContainText('0 words');
	await expect(meter).toContainText('about 0:00 to say');
	// No limit on a team document: no character count and nothing to announce.
	await expect(meter).not.toContainText('characters');
	await expect(meter.getByRole('status')).toBeEmpty();

	await editor.click();
	await page.keyboard.type('Buenas noches. Me llamo José Núñez y vivo aquí.');
	await expect(meter).toContainText('9 words');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Control+b');
	await page.keyboard.type('Pedimos órdenes judiciales');
	await page.keyboard.press('Control+b');
	await page.keyboard.press('Enter');
	await page.keyboard.type('- Primero: escuchar');
	await page.keyboard.press('Enter');
	await page.keyboard.type('Segundo: votar sí');
	await expect(meter).toContainText('17 words');
	await expect(meter).toContainText('about 0:08 to say');
	await expect(meter).toContainText('at 140 words a minute');
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await expectAccessible(page);

	const pdf = await download(page, /^Download Testimonio de José as PDF$/);
	expect(pdf.file.suggestedFilename()).toBe('Testimonio de José.pdf');
	const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
	for (const line of ['Testimonio de José', 'Buenas noches. Me llamo José Núñez y vivo aquí.', 'Pedimos órdenes judiciales', 'Primero: escuchar', 'Segundo: votar sí']) {
		expect(text).toContain(line);
	}

	const docx = await download(page, /^Download Testimonio de José as Word/);
	expect(docx.file.suggestedFilename()).toBe('Testimonio de José.docx');
	const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
	expect(xml).toContain('José Núñez y vivo aquí.');
	expect(xml).toMatch(/<w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Pedimos órdenes judiciales<\/w:t>/);
	expect(xml.match(/<w:numPr>/g)).toHaveLength(2);

	// The files' check: with no hearing, each file's size.
	await page.getByRole('button', { name: 'Check the files' }).click();
	await expect(page.getByText(/^This file is [\d.]+ (kB|bytes)\.$/)).toHaveCount(3);
	await expectAccessible(page);
	await page.screenshot({ path: 'test-results/export-1280.png', fullPage: true });
});

test('at 375 px the meter stays in sight at the bottom of a long text, and nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await signUp(page, 'Nico Phone');
	const teamPath = await createTeam(page, 'Phone Team');
	await createDocument(page, teamPath, 'Largo');
	const meter = page.getByRole('region', { name: 'Speaking time' });
	await page.getByRole('textbox', { name: 'Largo' }).click();
	const paragraph = 'Vivo en este condado desde hace veinte años y pido que adopten las nueve reglas.';
	for (let i = 0; i < 30; i++) {
		await page.keyboard.insertText(paragraph);
		await page.keyboard.press('Enter');
	}
	await expect(meter).toContainText(`${30 * 15} words`);
	await expect(meter).toContainText('about 3:13 to say');
	// Scrolled to the middle of the text, the meter is on screen, at its bottom.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
	const box = (await meter.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(740 + 1);
	expect(box.y).toBeGreaterThan(740 / 2);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: 'test-results/export-375.png' });
	await expectAccessible(page);

	// Below the text, the downloads and their check fit the phone's width too.
	await page.getByRole('button', { name: 'Check the files' }).click();
	await expect(page.getByText(/^This file is [\d.]+ (kB|bytes)\.$/)).toHaveCount(3);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.getByRole('region', { name: 'Download' }).screenshot({ path: 'test-results/export-375-downloads.png' });
});
