import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDocument, createTeam, expectAccessible, inviteLink, person, screenshots } from './helpers';

const SHOTS = '/tmp/shots-comments';
const shoot = screenshots(SHOTS);

/** Selects `words` in the editor, as a person dragging over them would (or puts the caret just after them). */
async function selectWords(editor: Locator, words: string, caretAfter = false) {
	await editor.click();
	await editor.evaluate((element, [words, caretAfter]) => {
		// Highlights split the words into several text nodes: find them in the text as a whole.
		const nodes: Text[] = [];
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
		const whole = nodes.map((n) => n.data).join('');
		const start = whole.indexOf(words);
		if (start < 0) throw new Error(`"${words}" is not in the editor`);
		const locate = (offset: number, end: boolean): [Text, number] => {
			let seen = 0;
			for (const node of nodes) {
				if (offset < seen + node.data.length || (end && offset === seen + node.data.length)) return [node, offset - seen];
				seen += node.data.length;
			}
			throw new Error('offset out of range');
		};
		const [from, fromOffset] = locate(start, false);
		const [to, toOffset] = locate(start + words.length, true);
		if (caretAfter) getSelection()!.setBaseAndExtent(to, toOffset, to, toOffset);
		else getSelection()!.setBaseAndExtent(from, fromOffset, to, toOffset);
	}, [words, caretAfter] as const);
	// ProseMirror reads the DOM selection on selectionchange.
	await expect.poll(() => editor.evaluate(() => getSelection()!.toString())).toBe(caretAfter ? '' : words);
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Comments' });

test('a comment on a passage is seen live by another member, answered, resolved and reopened; text removed; axe; 375 px', async ({ browser }) => {
	const ana = await person(browser, 'Ana Writer');
	const teamPath = await createTeam(ana.page, 'Comments Team');
	const memberLink = await inviteLink(ana.page, teamPath, 'member');
	const viewerLink = await inviteLink(ana.page, teamPath, 'viewer');

	const docUrl = await createDocument(ana.page, teamPath, 'Hearing testimony');
	const editorA = ana.page.getByRole('textbox', { name: 'Hearing testimony' });
	await editorA.click();
	await ana.page.keyboard.type('We ask the council to adopt all nine rules.');
	await ana.page.keyboard.press('Enter');
	await ana.page.keyboard.type('Our county holds people for federal agents without a warrant.');
	await expect(panel(ana.page)).toContainText('No comments yet.');

	const ben = await person(browser, 'Ben Writer');
	await ben.page.goto(memberLink);
	await ben.page.getByRole('button', { name: 'Join team' }).click();
	await ben.page.goto(docUrl);
	const editorB = ben.page.getByRole('textbox', { name: 'Hearing testimony' });
	await expect(editorB).toContainText('without a warrant.');

	// Ana selects words and comments on them from the toolbar.
	await selectWords(editorA, 'all nine rules');
	await ana.page.getByRole('toolbar').getByRole('button', { name: 'Comment' }).click();
	await expect(panel(ana.page).getByText('New comment on “all nine rules”')).toBeVisible();
	await expect(panel(ana.page).getByLabel('Your comment')).toBeFocused();
	await panel(ana.page).getByLabel('Your comment').fill('Should we name all nine here?');
	await expectAccessible(ana.page);
	await panel(ana.page).getByRole('button', { name: 'Post comment' }).click();
	await expect(panel(ana.page).getByText('Should we name all nine here?')).toBeVisible();
	await expect(editorA.locator('.comment-highlight')).toHaveText('all nine rules');
	// Typing at the edge of the passage does not stretch it.
	await selectWords(editorA, 'all nine rules', true);
	await ana.page.keyboard.type(' here');
	await expect(editorA).toContainText('adopt all nine rules here.');
	await expect(editorA.locator('.comment-highlight')).toHaveText('all nine rules');

	// Ben sees it without reloading: in his panel and highlighted in his text.
	await expect(panel(ben.page).getByText('Should we name all nine here?')).toBeVisible();
	await expect(panel(ben.page)).toContainText('Ana Writer');
	await expect(editorB.locator('.comment-highlight')).toHaveText('all nine rules');

	// Clicking the highlighted words opens the thread; Ben answers.
	await editorB.locator('.comment-highlight').click();
	const threadB = panel(ben.page).locator('li.thread').first();
	await expect(threadB).toHaveClass(/active/);
	await threadB.getByRole('button', { name: 'Reply' }).click();
	await threadB.getByLabel('Your reply').fill('Yes, one line each.');
	await threadB.getByRole('button', { name: 'Reply' }).click();
	await expect(panel(ana.page).getByText('Yes, one line each.')).toBeVisible();
	await expect(panel(ana.page).locator('li.thread').first().locator('.comments > li')).toHaveCount(2);
	await expectAccessible(ben.page);
	// Ben corrects his reply; Ana only reads it (not hers to edit).
	await threadB.getByRole('button', { name: 'Edit' }).click();
	await threadB.getByLabel('Edit your comment').fill('Yes, one line each, in our words.');
	await threadB.getByRole('button', { name: 'Save' }).click();
	const replyA = panel(ana.page).locator('li.thread').first().locator('.comments > li').nth(1);
	await expect(replyA).toContainText('Yes, one line each, in our words.');
	await expect(replyA).toContainText('(edited)');
	await expect(replyA.getByRole('button', { name: 'Edit' })).toHaveCount(0);
	// Ana, the owner, may delete anyone's comment: she deletes a stray one of Ben's.
	await threadB.getByRole('button', { name: 'Reply' }).click();
	await threadB.getByLabel('Your reply').fill('Oops, wrong thread.');
	await threadB.getByRole('button', { name: 'Reply' }).click();
	const stray = panel(ana.page).locator('.comments > li', { hasText: 'Oops, wrong thread.' });
	await expect(stray).toBeVisible();
	ana.page.once('dialog', (dialog) => void dialog.accept());
	await stray.getByRole('button', { name: 'Delete' }).click();
	await expect(panel(ben.page).getByText('Oops, wrong thread.')).toHaveCount(0);
	await expect(panel(ben.page).locator('li.thread').first().locator('.comments > li')).toHaveCount(2);

	// Ctrl+Alt+M comments on a selection too; Escape gives it up and leaves no mark.
	await selectWords(editorB, 'federal agents');
	await ben.page.keyboard.press('Control+Alt+m');
	await expect(panel(ben.page).getByLabel('Your comment')).toBeFocused();
	await ben.page.keyboard.press('Escape');
	await expect(panel(ben.page).getByLabel('Your comment')).toHaveCount(0);
	await expect(editorB.locator('[data-comment]')).toHaveCount(1);
	// A second thread, which Ana then deletes the words of.
	await selectWords(editorB, 'federal agents');
	await ben.page.keyboard.press('Control+Alt+m');
	await panel(ben.page).getByLabel('Your comment').fill('Which agency, exactly?');
	await panel(ben.page).getByRole('button', { name: 'Post comment' }).click();
	await expect(panel(ana.page).getByText('Which agency, exactly?')).toBeVisible();
	// Open threads are listed in the order of the text.
	await expect(panel(ana.page).locator('li.thread .quote')).toHaveText(['“all nine rules”', '“federal agents”']);
	await selectWords(editorA, 'for federal agents ');
	await ana.page.keyboard.press('Backspace');
	await expect(editorB).not.toContainText('federal agents');
	await expect(panel(ben.page).getByRole('heading', { name: 'On text that was removed' })).toBeVisible();
	await expect(panel(ben.page)).toContainText('Text removed');
	await expect(panel(ben.page).getByText('Which agency, exactly?')).toBeVisible();

	// Ben resolves the first thread: it leaves both panels, behind "Show resolved".
	await threadB.getByRole('button', { name: 'Resolve' }).click();
	await expect(panel(ana.page).getByText('Should we name all nine here?')).toHaveCount(0);
	await expect(editorA.locator('.comment-highlight')).toHaveCount(0);
	await panel(ana.page).getByLabel('Show resolved (1)').check();
	await expect(panel(ana.page)).toContainText('Resolved by Ben Writer');
	await expect(panel(ana.page).getByText('Should we name all nine here?')).toBeVisible();
	await expectAccessible(ana.page);
	await panel(ana.page).getByRole('button', { name: 'Reopen' }).click();
	await expect(panel(ben.page).getByText('Should we name all nine here?')).toBeVisible();
	await expect(editorB.locator('.comment-highlight')).toHaveText('all nine rules');

	await shoot(ben.page, 'document-comments');
	await ben.page.emulateMedia({ colorScheme: 'dark' });
	await ben.page.screenshot({ path: `${SHOTS}/document-comments-dark-1280.png`, fullPage: true });
	await ben.page.emulateMedia({ colorScheme: 'light' });

	// 375 px: the panel comes below the text, and nothing scrolls sideways.
	await ben.page.setViewportSize({ width: 375, height: 800 });
	const text = await editorB.boundingBox();
	const side = await panel(ben.page).boundingBox();
	expect(side!.y).toBeGreaterThan(text!.y + text!.height - 1);
	expect(side!.x + side!.width).toBeLessThanOrEqual(375);
	expect(await ben.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	// Clicking the words brings their thread into view below.
	await editorB.locator('.comment-highlight').click();
	await expect(panel(ben.page).locator('li.thread.active')).toBeInViewport();
	await expectAccessible(ben.page);

	// A viewer, in Spanish, reads the comments and has no controls.
	const vera = await person(browser, 'Vera Viewer');
	await vera.page.goto(viewerLink);
	await vera.page.getByRole('button', { name: 'Join team' }).click();
	await vera.page.goto(docUrl);
	await vera.page.getByLabel('Language').selectOption('es');
	await expect(vera.page.getByRole('link', { name: 'Documentos' }).first()).toBeVisible();
	await vera.page.goto(docUrl);
	const veraPanel = vera.page.getByRole('complementary', { name: 'Comentarios' });
	await expect(veraPanel.getByText('Should we name all nine here?')).toBeVisible();
	await expect(veraPanel).toContainText('Texto eliminado');
	await expect(veraPanel.getByRole('button', { name: 'Responder' })).toHaveCount(0);
	await expect(veraPanel.getByRole('button', { name: 'Resolver' })).toHaveCount(0);
	await expect(vera.page.getByRole('toolbar')).toHaveCount(0);
	await expectAccessible(vera.page);
	await shoot(vera.page, 'document-comments-viewer-es');

	await ana.context.close();
	await ben.context.close();
	await vera.context.close();
});
