import nodemailer from 'nodemailer';
import type { Config } from './config';
import type { Logger } from './log';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	/** Whether SMTP is configured; without it, nothing is sent. */
	readonly enabled: boolean;
	send(mail: Mail): Promise<void>;
}

export function createMailer(config: Config, log: Logger): Mailer {
	if (!config.smtpUrl) {
		return {
			enabled: false,
			async send(mail) {
				log.warn({ to: mail.to, subject: mail.subject }, 'mail not sent: SMTP_URL is not set');
			}
		};
	}
	const transport = nodemailer.createTransport(config.smtpUrl);
	return {
		enabled: true,
		async send(mail) {
			await transport.sendMail({ from: config.mailFrom, ...mail });
		}
	};
}
