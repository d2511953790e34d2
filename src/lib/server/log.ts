import pino, { type Logger } from 'pino';

export type { Logger };

// The secret of an invite, reset or calendar-feed link is the last segment of its path.
const LINK_SECRET = /\/(invite|reset|calendar)\/[^/?#\s"'<>]+/g;

/** Text (a path, a URL, an error message) with every invite, reset and calendar token taken out. */
export function redactLinks(text: string): string {
	return text.replace(LINK_SECRET, '/$1/[redacted]');
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
	return pino(
		{
			level,
			base: { app: 'playbook' },
			serializers: {
				// An error's message or stack can quote the URL it was met on.
				err: (error: Error) => {
					const out = pino.stdSerializers.err(error);
					if (!out || typeof out !== 'object') return out;
					if (typeof out.message === 'string') out.message = redactLinks(out.message);
					if (typeof out.stack === 'string') out.stack = redactLinks(out.stack);
					return out;
				}
			}
		},
		destination
	);
}
