// src/lib/server/origin.ts
/** The public URL links are built on: ORIGIN when set, else the request's own. */
function publicOrigin(event) {
	return event.locals.app.config.origin ?? event.url.origin;
}
/**
* The URL for links in emails: ORIGIN, else its documented default. Never the request's Host,
* which anyone can forge to have a reset link mailed to a victim point at their own site.
*/
function mailOrigin(config) {
	return config.origin ?? `http://localhost:${config.port}`;
}

export { mailOrigin as m, publicOrigin as p };
//# sourceMappingURL=origin.js-C_K1rKSC.js.map
