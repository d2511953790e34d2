import { h as hashToken } from './session.js-DRTce--L.js';
import { t as translate } from './i18n.js-DfYLM2F_.js';
import { h as hearingTitle } from './hearings.js-k0Avay5_.js';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import ical, { ICalCalendarMethod } from 'ical-generator';

// src/lib/server/calendar.ts
/** 32 random bytes, base32 without padding: 52 characters. */
var TOKEN_BYTES = 32;
var TOKEN_SHAPE = /^[a-z2-7]{52}$/;
/** Anything longer is not a token; it is cut before hashing so the work stays the same. */
var TOKEN_MAX = 64;
var TIMED_EVENT_MS = 18e5;
var DAY_MS = 864e5;
/** How long a hearing is shown in a calendar: its agenda seldom says. */
var HEARING_EVENT_MS = 72e5;
/** The feed's path for a token: what a calendar app subscribes to. */
var calendarPath = (token) => `/calendar/${token}.ics`;
function generateCalendarToken() {
	const bytes = new Uint8Array(TOKEN_BYTES);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
/** Whether the person has a feed, and since when; the token itself cannot be shown again. */
async function calendarFeedStatus(db, userId) {
	const row = await db.selectFrom("calendar_token").select("created_at").where("user_id", "=", userId).executeTakeFirst();
	return row ? { createdAt: row.created_at } : null;
}
/**
* Makes the person's feed token, replacing any earlier one: the old URL stops working at once,
* since only one row per person exists. Returns the token, which is never stored.
*/
async function createCalendarToken(db, userId, now = Date.now()) {
	const token = generateCalendarToken();
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom("calendar_token").where("user_id", "=", userId).execute();
		await trx.insertInto("calendar_token").values({
			id: hashToken(token),
			user_id: userId,
			created_at: now
		}).execute();
	});
	return token;
}
/** Turns the person's feed off; its URL answers 404 from now on. */
async function revokeCalendarToken(db, userId) {
	await db.deleteFrom("calendar_token").where("user_id", "=", userId).execute();
}
/**
* The person a feed token belongs to, or null. Every token, well-formed or not, costs one hash
* and one indexed lookup, so timing says nothing about which part was wrong.
*/
async function calendarTokenOwner(db, token) {
	const id = hashToken(token.slice(0, TOKEN_MAX));
	const row = await db.selectFrom("calendar_token").innerJoin("user", "user.id", "calendar_token.user_id").select(["user.id", "user.locale"]).where("calendar_token.id", "=", id).executeTakeFirst();
	return row && TOKEN_SHAPE.test(token) ? row : null;
}
/** Cards the feed never lists more of; a person with more due cards than this has other problems. */
var FEED_LIMIT = 2e3;
/**
* The person's open cards with a due date across their teams: assigned to them, in a team they are
* still a member of, on a board and a card that are not archived, not in a done column.
*/
async function feedCards(db, userId) {
	return (await db.selectFrom("card_assignee").innerJoin("card", (join) => join.onRef("card.board_id", "=", "card_assignee.board_id").onRef("card.id", "=", "card_assignee.card_id")).innerJoin("membership", (join) => join.onRef("membership.team_id", "=", "card.team_id").onRef("membership.user_id", "=", "card_assignee.user_id")).innerJoin("team", "team.id", "card.team_id").innerJoin("document", "document.id", "card.board_id").select([
		"card.board_id",
		"card.id",
		"card.title",
		"card.due_date",
		"card.due_at",
		"card.updated_at",
		"team.slug",
		"team.name as team_name",
		"document.title as board_name"
	]).where("card_assignee.user_id", "=", userId).where("card.due_date", "is not", null).where("card.done", "=", 0).where("card.archived", "=", 0).where("document.kind", "=", "board").where("document.archived_at", "is", null).whereRef("document.team_id", "=", "card.team_id").orderBy("card.due_date").orderBy("card.board_id").orderBy("card.id").limit(FEED_LIMIT).execute()).map((row) => ({
		boardId: row.board_id,
		cardId: row.id,
		title: row.title,
		dueDate: row.due_date,
		dueAt: row.due_at,
		updatedAt: row.updated_at,
		teamSlug: row.slug,
		teamName: row.team_name,
		boardName: row.board_name
	}));
}
/** Hearings the feed lists at most, the latest first. */
var HEARING_LIMIT = 500;
/** Hearings of every team the person is a member of (any role), for their calendar feed. */
async function feedHearings(db, userId, locale) {
	const rows = await db.selectFrom("hearing").innerJoin("membership", (join) => join.onRef("membership.team_id", "=", "hearing.team_id").on("membership.user_id", "=", userId)).innerJoin("team", "team.id", "hearing.team_id").selectAll("hearing").select(["team.slug", "team.name as team_name"]).orderBy("hearing.starts_at", "desc").orderBy("hearing.id").limit(HEARING_LIMIT).execute();
	const t = (key, params) => translate(locale, key, params);
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
function cardUrl(origin, card) {
	return `${origin}/t/${encodeURIComponent(card.teamSlug)}/boards/${encodeURIComponent(card.boardId)}?card=${encodeURIComponent(card.cardId)}`;
}
var DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
* The ICS text of a feed. No time zone is set anywhere: ical-generator formats plain Dates with
* local-time getters once a zone is set, which would shift every time by the server's offset.
* Timed cards are UTC (…Z), all-day cards are their own day (VALUE=DATE).
*/
function renderFeed(cards, origin, locale, hearings = []) {
	const calendar = ical({
		name: translate(locale, "calendar.feed_name"),
		prodId: {
			company: "Playbook",
			product: "Playbook tasks",
			language: locale.toUpperCase()
		},
		method: ICalCalendarMethod.PUBLISH,
		ttl: 3600
	});
	for (const card of cards) {
		const url = cardUrl(origin, card);
		const description = `${translate(locale, "calendar.event_description", {
			team: card.teamName,
			board: card.boardName
		})}\n${url}`;
		const common = {
			id: `${card.boardId}.${card.cardId}@playbook`,
			summary: card.title,
			description,
			url,
			stamp: new Date(card.updatedAt),
			lastModified: new Date(card.updatedAt)
		};
		if (card.dueAt !== null) {
			if (!Number.isFinite(new Date(card.dueAt + TIMED_EVENT_MS).getTime())) continue;
			calendar.createEvent({
				...common,
				start: new Date(card.dueAt),
				end: new Date(card.dueAt + TIMED_EVENT_MS)
			});
			continue;
		}
		const day = DAY_SHAPE.exec(card.dueDate);
		if (!day) continue;
		const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
		if (Number.isNaN(start)) continue;
		calendar.createEvent({
			...common,
			allDay: true,
			start: new Date(start),
			end: new Date(start + DAY_MS)
		});
	}
	for (const hearing of hearings) {
		const url = `${origin}/t/${encodeURIComponent(hearing.teamSlug)}/hearings/${encodeURIComponent(hearing.id)}`;
		const description = [
			translate(locale, "hearings.calendar.description", { team: hearing.teamName }),
			hearing.agendaItem,
			hearing.onlineUrl,
			url
		].filter(Boolean).join("\n");
		const moments = [
			[
				"",
				hearing.title,
				hearing.startsAt,
				HEARING_EVENT_MS
			],
			[
				".signup",
				translate(locale, "hearings.calendar.signup", { hearing: hearing.title }),
				hearing.signupDeadline,
				TIMED_EVENT_MS
			],
			[
				".written",
				translate(locale, "hearings.calendar.written", { hearing: hearing.title }),
				hearing.writtenDeadline,
				TIMED_EVENT_MS
			]
		];
		for (const [suffix, summary, at, length] of moments) {
			if (at === null || !Number.isFinite(new Date(at + length).getTime())) continue;
			calendar.createEvent({
				id: `hearing.${hearing.id}${suffix}@playbook`,
				summary,
				description,
				url,
				location: hearing.place ?? hearing.onlineUrl ?? void 0,
				stamp: new Date(hearing.updatedAt),
				lastModified: new Date(hearing.updatedAt),
				start: new Date(suffix ? at - length : at),
				end: new Date(suffix ? at : at + length)
			});
		}
	}
	return calendar.toString();
}
/** People whose last feed text is kept; calendar apps poll, and the cards rarely changed since. */
var CACHE_SIZE = 500;
var cache = /* @__PURE__ */ new Map();
/**
* The person's feed text and an ETag for it. ical-generator spends about a millisecond per event
* folding lines, so the text is kept per person and made again only when their cards changed.
*/
function feedText(userId, cards, origin, locale, hearings = []) {
	const key = `${origin}\n${locale}\n${JSON.stringify(cards)}\n${JSON.stringify(hearings)}`;
	const kept = cache.get(userId);
	if (kept && kept.key === key) {
		cache.delete(userId);
		cache.set(userId, kept);
		return kept;
	}
	const text = renderFeed(cards, origin, locale, hearings);
	const entry = {
		key,
		text,
		etag: `"${hashToken(text).slice(0, 32)}"`
	};
	cache.delete(userId);
	cache.set(userId, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
	return entry;
}

export { calendarPath as a, calendarFeedStatus as b, createCalendarToken as c, calendarTokenOwner as d, feedHearings as e, feedCards as f, feedText as g, revokeCalendarToken as r };
//# sourceMappingURL=calendar.js-Bv5xeEnq.js.map
