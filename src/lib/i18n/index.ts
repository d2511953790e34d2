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

/**
 * Messages already made, by locale, key and parameters: the catalog never changes while the app
 * runs, and asking i18next again costs more than looking up (a board's first render asks for the
 * same few dozen messages hundreds of times; i18next was a fifth of its hydration). Bounded, as a
 * server process lives long and parameters can be people's names.
 */
const made = new Map<string, string>();
export const MADE_MAX = 2_000;

function madeKey(locale: Locale, key: string, params?: Record<string, unknown>): string | null {
	if (!params) return `${locale}\u0000${key}`;
	// Only plain values: anything else (a date to format, say) is made each time.
	for (const value of Object.values(params)) if (value !== null && typeof value === 'object') return null;
	return `${locale}\u0000${key}\u0000${JSON.stringify(params)}`;
}

/** The message `key` in `locale`, with `{{name}}` placeholders filled from `params`. */
export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
	const id = madeKey(locale, key, params);
	const known = id === null ? undefined : made.get(id);
	if (known !== undefined) return known;
	const text = (translators.get(locale) ?? translators.get(DEFAULT_LOCALE)!)(key, params) as string;
	if (id !== null) {
		if (made.size >= MADE_MAX) made.clear();
		made.set(id, text);
	}
	return text;
}

/** How many messages are kept made (for tests). */
export const madeCount = () => made.size;

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
