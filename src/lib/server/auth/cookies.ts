import type { RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE, createSession, generateToken } from './session';
import { DEVICE_COOKIE, DEVICE_LIFETIME } from './device';
import { secureCookies } from '../config';

export function setSessionCookie(event: RequestEvent, token: string, expiresAt: number): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookies(event.locals.app.config),
		expires: new Date(expiresAt),
		path: '/'
	});
}

export function clearSessionCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, { path: '/', secure: secureCookies(event.locals.app.config) });
}

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

/** Signs a person in on this browser: a new session and its cookie. */
export async function startSession(event: RequestEvent, userId: string): Promise<void> {
	const token = generateToken();
	const session = await createSession(event.locals.app.db, token, userId);
	setSessionCookie(event, token, session.expiresAt);
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
