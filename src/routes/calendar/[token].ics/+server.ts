import { calendarTokenOwner, feedCards, feedHearings, feedText } from '$lib/server/calendar';
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
	const [cards, hearings] = await Promise.all([feedCards(db, owner.id), feedHearings(db, owner.id, locale)]);
	const { text, etag } = feedText(owner.id, cards, publicOrigin(event), locale, hearings);
	const headers = {
		'content-type': 'text/calendar; charset=utf-8',
		'content-disposition': 'inline; filename="playbook.ics"',
		'cache-control': 'private, max-age=300',
		etag
	};
	// An app that already has this text is told so, without it.
	if (event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(text, { headers });
};
