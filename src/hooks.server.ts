import { sequence } from '@sveltejs/kit/hooks';
import { isHttpError, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { appContext } from '$lib/server/app';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { setSessionCookie, clearSessionCookie, CLEAR_SITE_STORAGE } from '$lib/server/auth/cookies';
import { isLocale, localeFromAcceptLanguage, translate } from '$lib/i18n';
import { newId } from '$lib/server/refusal';
import { redactLinks } from '$lib/server/log';

export const init: ServerInit = async () => {
	await appContext();
};

const LOCALE_COOKIE = 'playbook_lang';
const THEME_COOKIE = 'playbook_theme';

/** Gives every request the shared context and an id, and logs one line when it is answered. */
const context: Handle = async ({ event, resolve }) => {
	const app = await appContext();
	event.locals.app = app;
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) || newId().slice(0, 12);
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	app.log.info(
		{
			reqId: event.locals.requestId,
			method: event.request.method,
			path: redactLinks(event.url.pathname),
			status: response.status,
			ms: Math.round(performance.now() - started),
			user: event.locals.user?.id
		},
		'request'
	);
	return response;
};

/** Reads the session cookie; slides a fresh session's cookie forward. */
const auth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	let endedElsewhere = false;
	if (token) {
		const { session, user, fresh } = await validateSessionToken(event.locals.app.db, token);
		if (session) {
			event.locals.user = user;
			event.locals.session = session;
			if (fresh) setSessionCookie(event, token, session.expiresAt);
		} else {
			clearSessionCookie(event);
			endedElsewhere = true;
		}
	}
	const response = await resolve(event);
	// Signed out from elsewhere ("sign out of all devices"): this browser's copies go too.
	if (endedElsewhere) response.headers.set(...CLEAR_SITE_STORAGE);
	return response;
};

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * A form post whose body cannot be read as a form (broken multipart, text/plain) is answered 400
 * here, once, instead of a 500 from every action's `request.formData()`.
 */
const readableForms: Handle = async ({ event, resolve }) => {
	const type = event.request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	if (event.request.method === 'GET' || event.request.method === 'HEAD' || !FORM_TYPES.has(type)) return resolve(event);
	try {
		await event.request.clone().formData();
	} catch (err) {
		if (isHttpError(err)) throw err; // the adapter's 413 for a body over its limit
		const message = translate(event.locals.locale, 'errors.form_unreadable');
		const wantsJson = event.request.headers.get('accept')?.includes('application/json') || event.isDataRequest;
		return wantsJson
			? Response.json({ type: 'error', status: 400, error: { message } }, { status: 400 })
			: new Response(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};

/** The account's language, else the cookie's, else the browser's. */
const locale: Handle = async ({ event, resolve }) => {
	const chosen = event.locals.user?.locale ?? event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(event.request.headers.get('accept-language'));
	const theme = event.cookies.get(THEME_COOKIE);
	const themeAttr = theme === 'light' || theme === 'dark' ? theme : 'system';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale).replace('<html ', `<html data-theme="${themeAttr}" `)
	});
};

/** Headers SvelteKit's CSP setting does not cover. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on form posts,
	// which the origin check must refuse. Invite and reset links never leave the site in a Referer.
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('x-frame-options', 'DENY');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

export const handle = sequence(context, securityHeaders, auth, locale, readableForms);

export const handleError: HandleServerError = async ({ error, event, status }) => {
	const requestId = event.locals.requestId;
	if (status >= 500) {
		const app = await appContext();
		app.log.error({ reqId: requestId, path: redactLinks(event.url.pathname), err: error }, 'unhandled error');
	}
	// SvelteKit's own message ("Not Found", "Internal Error") is English and says nothing to do.
	return { message: translate(event.locals.locale, status === 404 ? 'error_page.not_found' : 'error_page.unexpected'), requestId };
};
