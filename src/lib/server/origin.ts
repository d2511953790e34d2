import type { RequestEvent } from '@sveltejs/kit';
import type { Config } from './config';

/** The public URL links are built on: ORIGIN when set, else the request's own. */
export function publicOrigin(event: RequestEvent): string {
	return event.locals.app.config.origin ?? event.url.origin;
}

/**
 * The URL for links in emails: ORIGIN, else its documented default. Never the request's Host,
 * which anyone can forge to have a reset link mailed to a victim point at their own site.
 */
export function mailOrigin(config: Config): string {
	return config.origin ?? `http://localhost:${config.port}`;
}
