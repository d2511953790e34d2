import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import { t as translate } from './i18n.js-DfYLM2F_.js';
import { v as error } from './utils.js-Cx36Gts4.js';

// src/lib/server/guard.ts
/**
* The signed-in person for a form action. Actions run without their layout's load, so each
* checks for itself.
*/
function requireUser(event) {
	if (!event.locals.user) error(401, translate(event.locals.locale, "errors.signed_out"));
	return event.locals.user;
}
/** Turns a domain refusal met while loading a page into an HTTP error page. */
function pageError(event, err) {
	if (err instanceof Refusal) error(err.status, translate(event.locals.locale, `errors.${err.code}`, err.params));
	throw err;
}

export { pageError as p, requireUser as r };
//# sourceMappingURL=guard.js-DiCDU1AF.js.map
