import type { RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE, createSession, generateToken } from './session';
import { DEVICE_COOKIE, DEVICE_LIFETIME } from './device';
import { secureCookies } from '../config';

/** Set at sign-in on "This is a shared computer": the browser keeps no offline copy for this session. */
export const SHARED_DEVICE_COOKIE = 'playbook_shared';

export function setSessionCookie(event: RequestEvent, token: string, expiresAt: number, sharedDevice = isSharedDevice(event)): void {
	const options = { httpOnly: true, sameSite: 'lax', secure: secureCookies(event.locals.app.config), expires: new Date(expiresAt), path: '/' } as const;
	// On a shared computer the cookie dies with the browser, so the next person is not signed in.
	event.cookies.set(SESSION_COOKIE, token, sharedDevice ? { ...options, expires: undefined } : options);
	// The choice lives exactly as long as the session: set with it, cleared with it.
	if (sharedDevice) event.cookies.set(SHARED_DEVICE_COOKIE, '1', { ...options, expires: undefined });
	else if (event.cookies.get(SHARED_DEVICE_COOKIE)) event.cookies.delete(SHARED_DEVICE_COOKIE, { path: '/', secure: options.secure });
}

export function clearSessionCookie(event: RequestEvent): void {
	const secure = secureCookies(event.locals.app.config);
	event.cookies.delete(SESSION_COOKIE, { path: '/', secure });
	if (event.cookies.get(SHARED_DEVICE_COOKIE)) event.cookies.delete(SHARED_DEVICE_COOKIE, { path: '/', secure });
}

/** Whether this browser's session was started as a shared computer's. */
export function isSharedDevice(event: Pick<RequestEvent, 'cookies'>): boolean {
	return event.cookies.get(SHARED_DEVICE_COOKIE) === '1';
}

/**
 * Signs this browser out of its storage too: offline copies and anything else kept per person
 * (browsers honour this in secure contexts, localhost included; the signed-out page also clears).
 */
export function clearSiteStorage(event: RequestEvent): void {
	event.setHeaders(Object.fromEntries([CLEAR_SITE_STORAGE]));
}

// Not "cache": Chromium holds the response until its whole HTTP cache is cleared (a minute, seen).
export const CLEAR_SITE_STORAGE = ['clear-site-data', '"storage"'] as const;

/** A long-lived, readable-by-server preference (language, theme). */
export function setPreferenceCookie(event: RequestEvent, name: string, value: string): void {
	event.cookies.set(name, value, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookies(event.locals.app.config),
		maxAge: 365 * 24 * 60 * 60,
		path: '/'
	});
}

/** Signs a person in on this browser: a new session and its cookie (a shared computer's, if asked). */
export async function startSession(event: RequestEvent, userId: string, sharedDevice = isSharedDevice(event)): Promise<void> {
	const token = generateToken();
	const session = await createSession(event.locals.app.db, token, userId);
	setSessionCookie(event, token, session.expiresAt, sharedDevice);
}

/** Marks this browser as one that has signed in before (see device.ts). */
export function setDeviceCookie(event: RequestEvent, token: string): void {
	event.cookies.set(DEVICE_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookies(event.locals.app.config),
		maxAge: DEVICE_LIFETIME / 1000,
		path: '/'
	});
}
