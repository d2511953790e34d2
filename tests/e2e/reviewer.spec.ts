import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, person, screenshots, signUp } from './helpers';

const shoot = screenshots('/tmp/shots-reviewer');

const blocks = (editor: Locator) =>
	editor.evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
		return [...copy.querySelectorAll('p')].map((p) => p.textContent!.replaceAll('\u200B', '')).filter(Boolean);
	});

test('an outside reviewer suggests and comments only; the team accepts; the review ends; Spanish; axe; 375 px', async ({ browser }) => {
	const ana = await person(browser, 'Ana Organizer');
	const teamPath = await createTeam(ana.page, 'Review Team');
	await createDocument(ana.page, teamPath, 'Statement for the 14th');
	const editorA = ana.page.getByRole('textbox', { name: 'Statement for the 14th' });
	await editorA.click();
	await ana.page.keyboard.type('We ask the council to vote no.');

	// Lena, a staff lawyer with an account of her own, is not on the team.
	const lenaContext = await browser.newContext();
	const lena = await lenaContext.newPage();
	const lenaEmail = await signUp(lena, 'Lena Lawyer');

	const card = ana.page.getByRole('region', { name: 'Reviewers' });
	await card.getByLabel("Reviewer's email address").fill('nobody@example.org');
	await card.getByRole('button', { name: 'Share for review' }).click();
	await expect(card.getByText('No Playbook account uses this email address')).toBeVisible();
	await card.getByLabel("Reviewer's email address").fill(lenaEmail);
	await card.getByRole('button', { name: 'Share for review' }).click();
	await expect(card.getByRole('status')).toHaveText('Lena Lawyer can now review this document.');
	await expect(card.getByText(lenaEmail)).toBeVisible();
	const link = await card.getByRole('textbox', { name: 'Reviewers open it at this link' }).inputValue();
	expect(link).toMatch(/\/review\//);
	await expectAccessible(ana.page);
	await shoot(ana.page, 'reviewers-card');

	// Lena finds it on her home page and opens it: suggesting only, no headings, no accept.
	await lena.goto('/');
	await lena.getByRole('link', { name: 'Statement for the 14th' }).click();
	await expect(lena.getByRole('heading', { level: 1, name: 'Statement for the 14th' })).toBeVisible();
	await expect(lena.getByRole('note')).toContainText('asked you to review this');
	const editorL = lena.getByRole('textbox', { name: 'Statement for the 14th' });
	await expect(editorL).toContainText('vote no');
	const toggle = lena.getByRole('toolbar').getByRole('button', { name: 'Suggesting' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle).toHaveAttribute('aria-disabled', 'true');
	await expect(lena.getByRole('toolbar').getByRole('button', { name: /Heading/ })).toHaveCount(0);
	await editorL.getByText('vote no').click();
	await lena.keyboard.press('End');
	await lena.keyboard.press('ArrowLeft');
	await lena.keyboard.type(' on item 7');
	await expect(editorL.locator('ins.suggestion-insertion')).toHaveText('on item 7');
	// A heading shortcut changes nothing (it would not be a suggestion).
	await lena.keyboard.press('Control+Alt+1');
	await expect(editorL.locator('h1')).toHaveCount(0);
	// A comment on a passage.
	await lena.keyboard.press('Control+Home');
	for (let i = 0; i < 6; i++) await lena.keyboard.press('Shift+ArrowRight');
	await lena.getByRole('toolbar').getByRole('button', { name: 'Comment' }).click();
	const comments = lena.getByRole('complementary', { name: 'Comments' });
	await comments.getByLabel('Your comment').fill('Name the ordinance here.');
	await comments.getByRole('button', { name: 'Post comment' }).click();
	await expect(comments).toContainText('Name the ordinance here.');
	// Commenting while suggesting is a comment, not a suggested change.
	await expect(editorL.locator('.comment-highlight')).toHaveText('We ask');
	await expect(editorL.locator('del')).toHaveCount(0);
	await expect(lena.getByRole('region', { name: /Suggested changes/ }).getByRole('button', { name: 'Accept' })).toHaveCount(0);
	await expect(lena.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await expectAccessible(lena);
	await shoot(lena, 'review-page');

	// Ana sees both, with Lena's name, and accepts the suggestion; Lena's text follows.
	const changes = ana.page.getByRole('region', { name: /Suggested changes/ });
	await expect(changes.locator('li')).toHaveCount(1);
	await expect(changes.locator('li').first()).toContainText('Lena Lawyer');
	await expect(ana.page.getByRole('complementary', { name: 'Comments' })).toContainText('Name the ordinance here.');
	await changes.getByRole('button', { name: 'Accept' }).click();
	await expect.poll(() => blocks(editorL)).toEqual(['We ask the council to vote no on item 7.']);
	await expect(editorL.locator('ins')).toHaveCount(0);

	// In Spanish, the review page speaks Spanish.
	await lena.getByLabel('Language').selectOption('es');
	await lena.reload();
	await expect(lena.getByRole('note')).toContainText('te pidió revisar esto');
	await expect(lena.getByText('Revisando: sugerencias y comentarios')).toBeVisible();
	await shoot(lena, 'review-page-es');

	// Ana ends the review: Lena's open page loses access within seconds, and the link is a 404.
	await card.getByRole('button', { name: 'End the review of Lena Lawyer' }).click();
	await expect(card.getByText('No one outside the team reviews this document.')).toBeVisible();
	await expect(lena.getByRole('alert').first()).toBeVisible({ timeout: 15_000 });
	const response = await lena.goto(new URL(link).pathname);
	expect(response?.status()).toBe(404);
	await lenaContext.close();
});
