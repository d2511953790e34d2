import { browser } from '$app/environment';
import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from './index';

// Derived once: what reads the locale re-runs only when the locale changes, not whenever the page's
// data does (every navigation, even opening a card at ?card=, gives the page new data).
// On the server every request has its own page, so it is read each time there.
function readLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
class PageLocale {
	readonly current: Locale = $derived.by(readLocale);
}
const pageLocale = browser ? new PageLocale() : null;

/** The locale of the page being shown, as the root layout loaded it. */
export function currentLocale(): Locale {
	return pageLocale ? pageLocale.current : readLocale();
}

/** Translates a catalog key for the page being shown. Use in components. */
export function t(key: string, params?: Record<string, unknown>): string {
	return translate(currentLocale(), key, params);
}

/**
 * A message whose placeholders are filled by plain string joining: the catalog is asked once, not
 * once per row, for a message shown on each of hundreds of rows (no plurals: those need `t`).
 */
export function template(key: string, names: string[]): (values: Record<string, string | number>) => string {
	const marks = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]));
	const parts = t(key, marks).split('\u0000');
	return (values) => parts.map((part, i) => (i % 2 ? String(values[names[Number(part)]] ?? '') : part)).join('');
}
