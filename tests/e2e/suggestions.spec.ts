import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, inviteLink, person, screenshots } from './helpers';

const SHOTS = '/tmp/shots-suggestions';
const shoot = screenshots(SHOTS);

/** The text of an editor's blocks, without other people's carets. */
const blocks = (editor: Locator) =>
	editor.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
		// Tiptap keeps an empty paragraph after a list at the end.
		return [...copy.querySelectorAll('p')].map((p) => p.textContent!.replaceAll('\u200B', '')).filter(Boolean);
	});

const changes = (page: Page, name = 'Suggested changes') => page.getByRole('region', { name: new RegExp(name) });

test('a suggestion made in one browser is accepted in the other, another rejected; a new list item; viewer in Spanish; axe; 375 px', async ({ browser }) => {
	const ana = await person(browser, 'Ana Drafter');
	const teamPath = await createTeam(ana.page, 'Suggestions Team');
	const memberLink = await inviteLink(ana.page, teamPath, 'member');
	const viewerLink = await inviteLink(ana.page, teamPath, 'viewer');

	const docUrl = await createDocument(ana.page, teamPath, 'Council testimony');
	const editorA = ana.page.getByRole('textbox', { name: 'Council testimony' });
	await editorA.click();
	await ana.page.keyboard.type('We ask the council to act.');
	await ana.page.keyboard.press('Enter');
	await ana.page.keyboard.press('Control+Shift+8');
	await ana.page.keyboard.type('First rule');

	const ben = await person(browser, 'Ben Reviewer');
	await ben.page.goto(memberLink);
	await ben.page.getByRole('button', { name: 'Join team' }).click();
	await ben.page.goto(docUrl);
	const editorB = ben.page.getByRole('textbox', { name: 'Council testimony' });
	await expect(editorB).toContainText('First rule');

	// Ben switches to suggesting from the keyboard and makes three changes.
	const toggle = ben.page.getByRole('toolbar').getByRole('button', { name: 'Suggesting' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.focus();
	await ben.page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await editorB.getByText('We ask the council to act.').click();
	await ben.page.keyboard.press('End');
	await ben.page.keyboard.press('ArrowLeft');
	await ben.page.keyboard.type(' today');
	await expect(editorB.locator('ins.suggestion-insertion')).toHaveText('today');
	// A whole new list item.
	await editorB.getByText('First rule').click();
	await ben.page.keyboard.press('End');
	await ben.page.keyboard.press('Enter');
	await ben.page.keyboard.type('Second rule');
	// Ana has it before Ben selects, so no change from her side moves his selection meanwhile.
	await expect(editorA).toContainText('Second rule');
	// And a deletion: "the council " struck, not removed. Its trailing space counts, and
	// toHaveText would not tell it apart, so the exact text is compared.
	await editorB.getByText('We ask').click();
	await ben.page.keyboard.press('Home');
	for (let i = 0; i < 7; i++) await ben.page.keyboard.press('ArrowRight');
	for (let i = 0; i < 12; i++) await ben.page.keyboard.press('Shift+ArrowRight');
	await expect.poll(() => ben.page.evaluate(() => getSelection()?.toString())).toBe('the council ');
	await ben.page.keyboard.press('Backspace');
	await expect.poll(() => editorB.locator('del.suggestion-deletion').allTextContents()).toEqual(['the council ']);
	await ben.page.keyboard.press('End');
	await expect(changes(ben.page).locator('li')).toHaveCount(3);
	await expect(changes(ben.page)).toContainText('Ben Reviewer');

	// Ana sees them live, each with Ben's name, and decides.
	await expect(editorA.locator('ins.suggestion-insertion').first()).toBeVisible();
	const panelA = changes(ana.page);
	await expect(panelA.locator('li')).toHaveCount(3);
	await expect(panelA.locator('li').first()).toContainText('Ben Reviewer');
	await expectAccessible(ana.page);
	await shoot(ana.page, 'suggestions-open');
	// Exports leave open suggestions out unless asked for.
	const markdown = ana.page.getByRole('link', { name: /Markdown/ });
	expect(await markdown.getAttribute('href')).not.toContain('suggestions=include');
	const plainFile = await (await ana.page.request.get((await markdown.getAttribute('href'))!)).text();
	expect(plainFile).toContain('We ask the council to act.');
	expect(plainFile).not.toContain('today');
	await ana.page.getByLabel('Include open suggestions').check();
	expect(await markdown.getAttribute('href')).toContain('suggestions=include');
	const withSuggestions = await (await ana.page.request.get((await markdown.getAttribute('href'))!)).text();
	expect(withSuggestions).toContain('{++ today++}');
	expect(withSuggestions).toContain('{--the council --}');
	const item = (words: string) => panelA.locator('li').filter({ hasText: words });
	await item('today').getByRole('button', { name: 'Accept' }).click();
	await item('the council').getByRole('button', { name: 'Reject' }).click();
	await item('Second rule').getByRole('button', { name: 'Accept' }).click();
	await expect(panelA).toHaveCount(0);
	await expect(editorA.locator('ins, del')).toHaveCount(0);
	await expect(editorA.locator('li')).toHaveCount(2);
	const accepted = ['We ask the council to act today.', 'First rule', 'Second rule'];
	await expect.poll(() => blocks(editorA)).toEqual(accepted);
	// Both converge.
	await expect.poll(() => blocks(editorB)).toEqual(accepted);
	await expect(changes(ben.page)).toHaveCount(0);

	// A new suggestion; Ana rejects it with Reject all, also seen by Ben.
	await editorB.getByText('Second rule').click();
	await ben.page.keyboard.press('End');
	await ben.page.keyboard.type(' now');
	await expect(panelA.locator('li')).toHaveCount(1);

	// A viewer, in Spanish, sees the suggestion and cannot accept or reject it.
	const vera = await person(browser, 'Vera Viewer');
	await vera.page.goto(viewerLink);
	await vera.page.getByRole('button', { name: 'Join team' }).click();
	await vera.page.goto(docUrl);
	await vera.page.getByLabel('Language').selectOption('es');
	await expect(vera.page.getByRole('link', { name: 'Documentos' }).first()).toBeVisible();
	await vera.page.goto(docUrl);
	const veraPanel = changes(vera.page, 'Cambios sugeridos');
	await expect(veraPanel).toContainText('Ben Reviewer');
	await expect(veraPanel).toContainText('Añade');
	await expect(veraPanel.getByRole('button', { name: 'Aceptar' })).toHaveCount(0);
	await expect(veraPanel.getByRole('button', { name: 'Rechazar' })).toHaveCount(0);
	await expectAccessible(vera.page);
	await shoot(vera.page, 'suggestions-viewer-es');

	await panelA.getByRole('button', { name: 'Reject' }).click();
	await expect(changes(ben.page)).toHaveCount(0);
	await expect.poll(() => blocks(editorB)).toEqual(accepted);
	await expect.poll(() => blocks(editorA)).toEqual(accepted);
	await expect.poll(() => blocks(vera.page.getByRole('textbox', { name: 'Council testimony' }))).toEqual(accepted);
});
