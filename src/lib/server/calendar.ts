import ical, { ICalCalendarMethod } from 'ical-generator';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { hashToken } from './auth/session';
import type { DB } from './db/index';
import { translate, type Locale } from '$lib/i18n';
import { hearingTitle } from '$lib/hearings';

/** 32 random bytes, base32 without padding: 52 characters. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[a-z2-7]{52}$/;
/** Anything longer is not a token; it is cut before hashing so the work stays the same. */
const TOKEN_MAX = 64;
const TIMED_EVENT_MS = 30 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a hearing is shown in a calendar: its agenda seldom says. */
const HEARING_EVENT_MS = 2 * 60 * 60 * 1000;

/** The feed's path for a token: what a calendar app subscribes to. */
export const calendarPath = (token: string) => `/calendar/${token}.ics`;

export function generateCalendarToken(): string {
	const bytes = new Uint8Array(TOKEN_BYTES);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Whether the person has a feed, and since when; the token itself cannot be shown again. */
export async function calendarFeedStatus(db: DB, userId: string): Promise<{ createdAt: number } | null> {
	const row = await db.selectFrom('calendar_token').select('created_at').where('user_id', '=', userId).executeTakeFirst();
	return row ? { createdAt: row.created_at } : null;
}

/**
 * Makes the person's feed token, replacing any earlier one: the old URL stops working at once,
 * since only one row per person exists. Returns the token, which is never stored.
 */
export async function createCalendarToken(db: DB, userId: string, now = Date.now()): Promise<string> {
	const token = generateCalendarToken();
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('calendar_token').where('user_id', '=', userId).execute();
		await trx.insertInto('calendar_token').values({ id: hashToken(token), user_id: userId, created_at: now }).execute();
	});
	return token;
}

/** Turns the person's feed off; its URL answers 404 from now on. */
export async function revokeCalendarToken(db: DB, userId: string): Promise<void> {
	await db.deleteFrom('calendar_token').where('user_id', '=', userId).execute();
}

/**
 * The person a feed token belongs to, or null. Every token, well-formed or not, costs one hash
 * and one indexed lookup, so timing says nothing about which part was wrong.
 */
export async function calendarTokenOwner(db: DB, token: string): Promise<{ id: string; locale: string | null } | null> {
	const id = hashToken(token.slice(0, TOKEN_MAX));
	const row = await db
		.selectFrom('calendar_token')
		.innerJoin('user', 'user.id', 'calendar_token.user_id')
		.select(['user.id', 'user.locale'])
		.where('calendar_token.id', '=', id)
		.executeTakeFirst();
	return row && TOKEN_SHAPE.test(token) ? row : null;
}

export interface FeedCard {
	boardId: string;
	cardId: string;
	title: string;
	/** YYYY-MM-DD. */
	dueDate: string;
	/** Unix ms when the due date has a time. */
	dueAt: number | null;
	updatedAt: number;
	teamSlug: string;
	teamName: string;
	boardName: string;
}

/** Cards the feed never lists more of; a person with more due cards than this has other problems. */
const FEED_LIMIT = 2000;

/**
 * The person's open cards with a due date across their teams: assigned to them, in a team they are
 * still a member of, on a board and a card that are not archived, not in a done column.
 */
export async function feedCards(db: DB, userId: string): Promise<FeedCard[]> {
	const rows = await db
		.selectFrom('card_assignee')
		.innerJoin('card', (join) => join.onRef('card.board_id', '=', 'card_assignee.board_id').onRef('card.id', '=', 'card_assignee.card_id'))
		.innerJoin('membership', (join) => join.onRef('membership.team_id', '=', 'card.team_id').onRef('membership.user_id', '=', 'card_assignee.user_id'))
		.innerJoin('team', 'team.id', 'card.team_id')
		.innerJoin('document', 'document.id', 'card.board_id')
		.select([
			'card.board_id',
			'card.id',
			'card.title',
			'card.due_date',
			'card.due_at',
			'card.updated_at',
			'team.slug',
			'team.name as team_name',
			'document.title as board_name'
		])
		.where('card_assignee.user_id', '=', userId)
		.where('card.due_date', 'is not', null)
		.where('card.done', '=', 0)
		.where('card.archived', '=', 0)
		.where('document.kind', '=', 'board')
		.where('document.archived_at', 'is', null)
		.whereRef('document.team_id', '=', 'card.team_id')
		.orderBy('card.due_date')
		.orderBy('card.board_id')
		.orderBy('card.id')
		.limit(FEED_LIMIT)
		.execute();
	return rows.map((row) => ({
		boardId: row.board_id,
		cardId: row.id,
		title: row.title,
		dueDate: row.due_date!,
		dueAt: row.due_at,
		updatedAt: row.updated_at,
		teamSlug: row.slug,
		teamName: row.team_name,
		boardName: row.board_name
	}));
}

export interface FeedHearing {
	id: string;
	teamSlug: string;
	teamName: string;
	title: string;
	startsAt: number;
	signupDeadline: number | null;
	writtenDeadline: number | null;
	place: string | null;
	onlineUrl: string | null;
	agendaItem: string | null;
	updatedAt: number;
}

/** Hearings the feed lists at most, the latest first. */
const HEARING_LIMIT = 500;

/** Hearings of every team the person is a member of (any role), for their calendar feed. */
export async function feedHearings(db: DB, userId: string, locale: Locale): Promise<FeedHearing[]> {
	const rows = await db
		.selectFrom('hearing')
		.innerJoin('membership', (join) => join.onRef('membership.team_id', '=', 'hearing.team_id').on('membership.user_id', '=', userId))
		.innerJoin('team', 'team.id', 'hearing.team_id')
		.selectAll('hearing')
		.select(['team.slug', 'team.name as team_name'])
		.orderBy('hearing.starts_at', 'desc')
		.orderBy('hearing.id')
		.limit(HEARING_LIMIT)
		.execute();
	const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
	return rows.map((row) => ({
		id: row.id,
		teamSlug: row.slug,
		teamName: row.team_name,
		title: hearingTitle(row, locale, t),
		startsAt: row.starts_at,
		signupDeadline: row.signup_deadline,
		writtenDeadline: row.written_deadline,
		place: row.place,
		onlineUrl: row.online_url,
		agendaItem: row.agenda_item,
		updatedAt: row.updated_at
	}));
}

/** Where a card opens: its board with the card shown. */
export function cardUrl(origin: string, card: Pick<FeedCard, 'teamSlug' | 'boardId' | 'cardId'>): string {
	return `${origin}/t/${encodeURIComponent(card.teamSlug)}/boards/${encodeURIComponent(card.boardId)}?card=${encodeURIComponent(card.cardId)}`;
}

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The ICS text of a feed. No time zone is set anywhere: ical-generator formats plain Dates with
 * local-time getters once a zone is set, which would shift every time by the server's offset.
 * Timed cards are UTC (…Z), all-day cards are their own day (VALUE=DATE).
 */
export function renderFeed(cards: FeedCard[], origin: string, locale: Locale, hearings: FeedHearing[] = []): string {
	const calendar = ical({
		name: translate(locale, 'calendar.feed_name'),
		prodId: { company: 'Playbook', product: 'Playbook tasks', language: locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		ttl: 60 * 60
	});
	for (const card of cards) {
		const url = cardUrl(origin, card);
		const description = `${translate(locale, 'calendar.event_description', { team: card.teamName, board: card.boardName })}\n${url}`;
		const common = {
			id: `${card.boardId}.${card.cardId}@playbook`,
			summary: card.title,
			description,
			url,
			// The card's own time, not the hour of the request: the same cards give the same text.
			stamp: new Date(card.updatedAt),
			lastModified: new Date(card.updatedAt)
		};
		if (card.dueAt !== null) {
			if (!Number.isFinite(new Date(card.dueAt + TIMED_EVENT_MS).getTime())) continue;
			calendar.createEvent({ ...common, start: new Date(card.dueAt), end: new Date(card.dueAt + TIMED_EVENT_MS) });
			continue;
		}
		const day = DAY_SHAPE.exec(card.dueDate);
		if (!day) continue; // the projection only stores real days; anything else is left out, not guessed
		const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
		if (Number.isNaN(start)) continue;
		calendar.createEvent({ ...common, allDay: true, start: new Date(start), end: new Date(start + DAY_MS) });
	}
	for (const hearing of hearings) {
		const url = `${origin}/t/${encodeURIComponent(hearing.teamSlug)}/hearings/${encodeURIComponent(hearing.id)}`;
		const description = [translate(locale, 'hearings.calendar.description', { team: hearing.teamName }), hearing.agendaItem, hearing.onlineUrl, url].filter(Boolean).join('\n');
		const moments: [string, string, number | null, number][] = [
			['', hearing.title, hearing.startsAt, HEARING_EVENT_MS],
			['.signup', translate(locale, 'hearings.calendar.signup', { hearing: hearing.title }), hearing.signupDeadline, TIMED_EVENT_MS],
			['.written', translate(locale, 'hearings.calendar.written', { hearing: hearing.title }), hearing.writtenDeadline, TIMED_EVENT_MS]
		];
		for (const [suffix, summary, at, length] of moments) {
			if (at === null || !Number.isFinite(new Date(at + length).getTime())) continue;
			calendar.createEvent({
				id: `hearing.${hearing.id}${suffix}@playbook`,
				summary,
				description,
				url,
				location: hearing.place ?? hearing.onlineUrl ?? undefined,
				stamp: new Date(hearing.updatedAt),
				lastModified: new Date(hearing.updatedAt),
				// A deadline is an event that ends when it closes; the hearing starts at its time.
				start: new Date(suffix ? at - length : at),
				end: new Date(suffix ? at : at + length)
			});
		}
	}
	return calendar.toString();
}

/** People whose last feed text is kept; calendar apps poll, and the cards rarely changed since. */
const CACHE_SIZE = 500;
const cache = new Map<string, { key: string; text: string; etag: string }>();

/**
 * The person's feed text and an ETag for it. ical-generator spends about a millisecond per event
 * folding lines, so the text is kept per person and made again only when their cards changed.
 */
export function feedText(userId: string, cards: FeedCard[], origin: string, locale: Locale, hearings: FeedHearing[] = []): { text: string; etag: string } {
	const key = `${origin}\n${locale}\n${JSON.stringify(cards)}\n${JSON.stringify(hearings)}`;
	const kept = cache.get(userId);
	if (kept && kept.key === key) {
		cache.delete(userId);
		cache.set(userId, kept);
		return kept;
	}
	const text = renderFeed(cards, origin, locale, hearings);
	const entry = { key, text, etag: `"${hashToken(text).slice(0, 32)}"` };
	cache.delete(userId);
	cache.set(userId, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return entry;
}
