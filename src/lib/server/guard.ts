import { error, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './auth/session';
import { Refusal } from './refusal';
import { translate } from '$lib/i18n';

/**
 * The signed-in person for a form action. Actions run without their layout's load, so each
 * checks for itself.
 */
export function requireUser(event: RequestEvent): SessionUser {
	if (!event.locals.user) error(401, translate(event.locals.locale, 'errors.signed_out'));
	return event.locals.user;
}

/** Turns a domain refusal met while loading a page into an HTTP error page. */
export function pageError(event: RequestEvent, err: unknown): never {
	if (err instanceof Refusal) error(err.status, translate(event.locals.locale, `errors.${err.code}`, err.params));
	throw err;
}
