import type { Config } from './config';
import type { DB } from './db/index';
import type { Logger } from './log';
import type { Mailer } from './mail';
import { cardUrl } from './calendar';
import { mailOrigin } from './origin';
import { DEFAULT_LOCALE, isLocale, translate } from '$lib/i18n';

const MINUTE = 60 * 1000;

export interface AssignmentMailOptions {
	/** How often the worker looks for notices to send. */
	intervalMs: number;
	/** A person's notices wait until none has arrived for this long, so several go out as one email. */
	quietMs: number;
	/** …but never longer than this after the first, for someone who keeps being assigned cards. */
	maxWaitMs: number;
}

export const DEFAULT_ASSIGNMENT_MAIL: AssignmentMailOptions = { intervalMs: MINUTE, quietMs: 3 * MINUTE, maxWaitMs: 10 * MINUTE };

/** The worker's timings, from ASSIGNMENT_MAIL_INTERVAL_MS / _QUIET_MS / _MAX_WAIT_MS when set (tests shorten them). */
export function assignmentMailOptions(env: NodeJS.ProcessEnv = process.env): AssignmentMailOptions {
	const read = (name: string, fallback: number) => {
		const value = Number(env[name]);
		return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
	};
	return {
		intervalMs: Math.max(50, read('ASSIGNMENT_MAIL_INTERVAL_MS', DEFAULT_ASSIGNMENT_MAIL.intervalMs)),
		quietMs: read('ASSIGNMENT_MAIL_QUIET_MS', DEFAULT_ASSIGNMENT_MAIL.quietMs),
		maxWaitMs: read('ASSIGNMENT_MAIL_MAX_WAIT_MS', DEFAULT_ASSIGNMENT_MAIL.maxWaitMs)
	};
}

export interface AssignmentMailApp {
	db: DB;
	mailer: Mailer;
	log: Logger;
	config: Config;
}

export interface AssignmentMailRun {
	/** Emails sent. */
	emails: number;
	/** Notices listed in them. */
	listed: number;
	/** Notices marked sent without an email: the setting is off, the card moved on, the person left, no SMTP. */
	skipped: number;
}

/**
 * One pass: for each person whose unsent notices are ready, claims them (a conditional update, so
 * two workers never both take a row), then sends one email listing the cards still theirs.
 */
export async function sendAssignmentEmails(
	app: AssignmentMailApp,
	options: Pick<AssignmentMailOptions, 'quietMs' | 'maxWaitMs'> = DEFAULT_ASSIGNMENT_MAIL,
	now = Date.now()
): Promise<AssignmentMailRun> {
	const { db } = app;
	const run: AssignmentMailRun = { emails: 0, listed: 0, skipped: 0 };
	const ready = await db
		.selectFrom('assignment_notice')
		.select((eb) => ['user_id', eb.fn.max('id').as('last_id'), eb.fn.min('created_at').as('first_at'), eb.fn.max('created_at').as('last_at')])
		.where('sent_at', 'is', null)
		.groupBy('user_id')
		.execute();
	for (const person of ready) {
		if (Number(person.last_at) > now - options.quietMs && Number(person.first_at) > now - options.maxWaitMs) continue;
		const claimed = await db
			.updateTable('assignment_notice')
			.set({ sent_at: now })
			.where('user_id', '=', person.user_id)
			.where('sent_at', 'is', null)
			.where('id', '<=', Number(person.last_id))
			.returning('id')
			.execute();
		if (claimed.length === 0) continue; // another worker took them
		const ids = claimed.map((row) => row.id);
		try {
			const result = await sendOne(app, person.user_id, ids);
			run.emails += result.sent ? 1 : 0;
			run.listed += result.listed;
			run.skipped += ids.length - result.listed;
		} catch (err) {
			// Not sent: give the rows back, so the next pass tries again.
			await db.updateTable('assignment_notice').set({ sent_at: null }).where('id', 'in', ids).execute();
			app.log.error({ err, user: person.user_id }, 'assignment email not sent');
		}
	}
	return run;
}

async function sendOne(app: AssignmentMailApp, userId: string, ids: number[]): Promise<{ sent: boolean; listed: number }> {
	const { db } = app;
	const user = await db.selectFrom('user').select(['email', 'display_name', 'locale', 'assignment_email']).where('id', '=', userId).executeTakeFirst();
	if (!user || user.assignment_email !== 1 || !app.mailer.enabled) return { sent: false, listed: 0 };
	// Only cards still assigned to the person, in a team they are still in, on a live board.
	const rows = await db
		.selectFrom('assignment_notice as n')
		.innerJoin('card_assignee as a', (join) =>
			join.onRef('a.board_id', '=', 'n.board_id').onRef('a.card_id', '=', 'n.card_id').onRef('a.user_id', '=', 'n.user_id')
		)
		.innerJoin('card', (join) => join.onRef('card.board_id', '=', 'n.board_id').onRef('card.id', '=', 'n.card_id'))
		.innerJoin('membership as m', (join) => join.onRef('m.team_id', '=', 'card.team_id').onRef('m.user_id', '=', 'n.user_id'))
		.innerJoin('team', 'team.id', 'card.team_id')
		.innerJoin('document', 'document.id', 'card.board_id')
		.leftJoin('user as by', 'by.id', 'n.assigned_by')
		.select(['n.id', 'n.board_id', 'n.card_id', 'card.title', 'team.slug', 'team.name as team_name', 'document.title as board_name', 'by.display_name as by_name'])
		.where('n.id', 'in', ids)
		.where('card.archived', '=', 0)
		.where('document.archived_at', 'is', null)
		.orderBy('n.id')
		.execute();
	// One line per card, however many times it was (re)assigned in the batch.
	const cards = new Map<string, (typeof rows)[number]>();
	for (const row of rows) cards.set(`${row.board_id}/${row.card_id}`, row);
	if (cards.size === 0) return { sent: false, listed: 0 };

	const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
	const origin = mailOrigin(app.config);
	const lines = [...cards.values()].map((card) =>
		translate(locale, 'notify.assigned_line', {
			title: card.title,
			team: card.team_name,
			board: card.board_name,
			by: card.by_name ?? translate(locale, 'notify.someone'),
			link: cardUrl(origin, { teamSlug: card.slug, boardId: card.board_id, cardId: card.card_id })
		})
	);
	await app.mailer.send({
		to: user.email,
		subject: translate(locale, 'notify.assigned_subject', { count: cards.size }),
		text: translate(locale, 'notify.assigned_body', {
			name: user.display_name,
			count: cards.size,
			cards: lines.join('\n\n'),
			account: `${origin}/account`
		})
	});
	return { sent: true, listed: rows.length };
}

/** Whether the person wants an email when someone assigns them a card (on unless turned off). */
export async function assignmentEmailSetting(db: DB, userId: string): Promise<boolean> {
	const row = await db.selectFrom('user').select('assignment_email').where('id', '=', userId).executeTakeFirst();
	return row?.assignment_email !== 0;
}

export async function setAssignmentEmail(db: DB, userId: string, on: boolean): Promise<void> {
	await db.updateTable('user').set({ assignment_email: on ? 1 : 0 }).where('id', '=', userId).execute();
}

/** Starts the worker; `stop` waits for a pass under way to finish. */
export function startAssignmentMail(app: AssignmentMailApp, options: AssignmentMailOptions = assignmentMailOptions()): { stop(): Promise<void> } {
	let running: Promise<unknown> = Promise.resolve();
	let stopped = false;
	const timer = setInterval(() => {
		running = running.then(() => (stopped ? undefined : sendAssignmentEmails(app, options))).catch((err: unknown) => app.log.error({ err }, 'assignment mail pass failed'));
	}, options.intervalMs);
	timer.unref();
	return {
		async stop() {
			stopped = true;
			clearInterval(timer);
			await running;
		}
	};
}
