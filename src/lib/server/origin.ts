import type { RequestEvent } from '@sveltejs/kit';

/** The public URL links are built on: ORIGIN when set, else the request's own. */
export function publicOrigin(event: RequestEvent): string {
	return event.locals.app.config.origin ?? event.url.origin;
}
