import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
	from: string | undefined;
	to: string[];
	headers: string;
	body: string;
}

/** A real SMTP server on a random local port that keeps every message it is given. */
export async function startSink() {
	const received: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('latin1');
				const split = raw.indexOf('\r\n\r\n');
				const headers = raw.slice(0, split);
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
					to: session.envelope.rcptTo.map((r) => r.address),
					headers,
					body: decodeBody(headers, raw.slice(split + 4))
				});
				done();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		received,
		url: `smtp://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The text of a single-part message, whichever transfer encoding nodemailer chose. */
export function decodeBody(headers: string, body: string): string {
	const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1].toLowerCase();
	if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
	if (encoding === 'quoted-printable') {
		const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		return Buffer.from(bytes, 'latin1').toString('utf8');
	}
	return Buffer.from(body, 'latin1').toString('utf8');
}

export const header = (headers: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1];

/** Waits until the sink holds `count` messages (mail sent without waiting for it arrives a little later). */
export async function received(sink: { received: Received[] }, count: number, timeoutMs = 5000): Promise<Received[]> {
	const until = Date.now() + timeoutMs;
	while (sink.received.length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
	return sink.received;
}
