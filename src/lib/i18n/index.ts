import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import es from './es.json';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const catalog = i18next.createInstance();
void catalog.init({
	resources: { en: { translation: en }, es: { translation: es } },
	lng: DEFAULT_LOCALE,
	fallbackLng: DEFAULT_LOCALE,
	supportedLngs: [...LOCALES],
	initAsync: false,
	// Svelte escapes what it renders; escaping here too would double it.
	interpolation: { escapeValue: false },
	returnNull: false
});

const translators = new Map<Locale, TFunction>(LOCALES.map((l) => [l, catalog.getFixedT(l)]));

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The message `key` in `locale`, with `{{name}}` placeholders filled from `params`. */
export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
	return (translators.get(locale) ?? translators.get(DEFAULT_LOCALE)!)(key, params) as string;
}

/** The best of our locales for an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
	if (!header) return DEFAULT_LOCALE;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...rest] = part.trim().split(';');
			const q = rest.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
		})
		.filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q);
	return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}
