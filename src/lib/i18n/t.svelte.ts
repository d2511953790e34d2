import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from './index';

/** The locale of the page being shown, as the root layout loaded it. */
export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Translates a catalog key for the page being shown. Use in components. */
export function t(key: string, params?: Record<string, unknown>): string {
	return translate(currentLocale(), key, params);
}
