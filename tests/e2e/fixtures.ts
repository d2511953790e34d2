import { expect, test as base, type Browser, type BrowserContext } from '@playwright/test';

export { expect };

let contexts = 0;
/**
 * Each browser context comes from an address of its own (the e2e server reads X-Forwarded-For, as
 * behind a proxy), as each volunteer's browser would: the per-address sign-up allowance is then
 * one person's, not the whole suite's.
 */
const ownAddress = () => ({ 'x-forwarded-for': `198.51.100.${(contexts++ % 250) + 1}` });

/**
 * The specs' `test`: every page a test opens, in any context it makes, records uncaught errors, and
 * the test fails when a page threw (a blank page in the browser can still render on the server).
 */
export const test = base.extend<{ pageErrors: string[] }>({
	extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, ...ownAddress() }),
	pageErrors: [
		async ({ browser, context }, use) => {
			const errors: string[] = [];
			const watch = (ctx: BrowserContext) =>
				ctx.on('page', (page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`)));
			watch(context);
			const newContext = browser.newContext.bind(browser) as Browser['newContext'];
			browser.newContext = async (options = {}) => {
				const ctx = await newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, ...ownAddress() } });
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
