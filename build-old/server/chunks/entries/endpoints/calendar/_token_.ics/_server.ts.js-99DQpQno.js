import { d as calendarTokenOwner, f as feedCards, e as feedHearings, g as feedText } from '../../../../chunks/calendar.js-Bv5xeEnq.js';
import { p as publicOrigin } from '../../../../chunks/origin.js-C_K1rKSC.js';
import { i as isLocale } from '../../../../chunks/i18n.js-DfYLM2F_.js';
import '../../../../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../../../../chunks/hearings.js-k0Avay5_.js';
import 'ical-generator';
import 'i18next';

// src/routes/calendar/[token].ics/+server.ts
/** An address no route answers. */
var NOT_FOUND = "/calendar/-/not-found";
/**
* A person's private calendar feed. Calendar apps fetch it without cookies, so the token in the
* URL is the only key; a wrong, malformed or revoked one is a plain 404, like any unknown page.
* Not throttled: apps poll it, and a 52-character random token cannot be guessed anyway.
*/
var GET = async (event) => {
	const { db } = event.locals.app;
	const owner = await calendarTokenOwner(db, event.params.token);
	if (!owner) return event.fetch(NOT_FOUND, { headers: { accept: event.request.headers.get("accept") ?? "*/*" } });
	const locale = isLocale(owner.locale) ? owner.locale : event.locals.locale;
	const [cards, hearings] = await Promise.all([feedCards(db, owner.id), feedHearings(db, owner.id, locale)]);
	const { text, etag } = feedText(owner.id, cards, publicOrigin(event), locale, hearings);
	const headers = {
		"content-type": "text/calendar; charset=utf-8",
		"content-disposition": "inline; filename=\"playbook.ics\"",
		"cache-control": "private, max-age=300",
		etag
	};
	if (event.request.headers.get("if-none-match") === etag) return new Response(null, {
		status: 304,
		headers
	});
	return new Response(text, { headers });
};

export { GET };
//# sourceMappingURL=_server.ts.js-99DQpQno.js.map
