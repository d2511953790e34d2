import { expect, test as base, type Browser, type BrowserContext } from '@playwright/test';

export { expect };

/**
 * The specs' `test`: every page a test opens, in any context it makes, records uncaught errors, and
 * the test fails when a page threw (a blank page in the browser can still render on the server).
 */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ browser, context }, use) => {
			const errors: string[] = [];
			const watch = (ctx: BrowserContext) =>
				ctx.on('page', (page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`)));
			watch(context);
			const newContext = browser.newContext.bind(browser) as Browser['newContext'];
			browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
				const ctx = await newContext(...args);
				watch(ctx);
				return ctx;
			};
			await use(errors);
			browser.newContext = newContext;
			expect(errors, 'uncaught errors in the browser').toEqual([]);
		},
		{ auto: true }
	]
});
