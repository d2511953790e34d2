import { calendarTokenOwner, feedCards, renderFeed } from '$lib/server/calendar';
import { publicOrigin } from '$lib/server/origin';
import { isLocale } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** An address no route answers. */
const NOT_FOUND = '/calendar/-/not-found';

/**
 * A person's private calendar feed. Calendar apps fetch it without cookies, so the token in the
 * URL is the only key; a wrong, malformed or revoked one is a plain 404, like any unknown page.
 * Not throttled: apps poll it, and a 52-character random token cannot be guessed anyway.
 */
export const GET: RequestHandler = async (event) => {
	const { db } = event.locals.app;
	const owner = await calendarTokenOwner(db, event.params.token);
	// The site's own 404 page, as for any address that does not exist: nothing says a token was tried.
	if (!owner) return event.fetch(NOT_FOUND, { headers: { accept: event.request.headers.get('accept') ?? '*/*' } });
	const locale = isLocale(owner.locale) ? owner.locale : event.locals.locale;
	const body = renderFeed(await feedCards(db, owner.id), publicOrigin(event), locale);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="playbook.ics"',
			'cache-control': 'private, max-age=300'
		}
	});
};
