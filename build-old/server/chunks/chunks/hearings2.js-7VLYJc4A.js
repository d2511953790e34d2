import { c as can } from './roles.js-C7S8Lfoc.js';
import { c as isWebUrl } from './scorecard.js-C021Dk_-.js';
import { U as UNDERWAY_MS, l as limitMinutes, i as isTimeZone, H as HEARING_FORMATS, h as hearingTitle, a as HEARING_BODIES, z as zonedToUtc, u as utcToZoned, b as isLocalTime } from './hearings.js-k0Avay5_.js';
import { r as readColumns, d as addCard, e as setCardDue, f as setCardLink } from './board-doc.js-70NGdl8z.js';
import { t as translate } from './i18n.js-DfYLM2F_.js';
import { o as optionalText, b as picklist } from './forms.js-J73ZrRYJ.js';
import { v as validated } from './scorecard2.js-D-c3nwHr.js';
import { a as authorize, e as ensureCampaignBoard } from './teams.js-DRa-kSv4.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { l as liveDocuments } from './live-documents.js-D-DuJ62i.js';
import * as v from 'valibot';

var localTime = (required) => v.pipe(v.optional(v.string(), ""), v.trim(), v.check((s) => !required || s !== "", "required"), v.check((s) => s === "" || isLocalTime(s), "date_invalid"));
var webUrl = v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(2e3, "too_long"), v.check((s) => s === "" || isWebUrl(s), "url_invalid"), v.transform((s) => s || null));
/** A number from a form field, or null when left empty; `invalid` when it is not one. */
var numberField = (message, check) => v.pipe(v.optional(v.union([v.string(), v.number()]), ""), v.transform((s) => typeof s === "number" ? String(s) : s.trim()), v.check((s) => s === "" || /^-?\d+(\.\d+)?$/.test(s) && check(Number(s)), message), v.transform((s) => s === "" ? null : Number(s)));
var formatList = v.pipe(v.optional(v.union([v.string(), v.array(v.string())]), []), v.transform((x) => (typeof x === "string" ? [x] : x).filter(Boolean)), v.check((list) => list.every((f) => HEARING_FORMATS.includes(f)), "invalid"), v.transform((list) => HEARING_FORMATS.filter((f) => list.includes(f))));
/** Whether a wall-clock time in a zone is after another one; false when either cannot be read (its own field says so). */
function later(a, b, zone) {
	if (!isLocalTime(a) || !isLocalTime(b) || !isTimeZone(zone)) return false;
	return zonedToUtc(a, zone) > zonedToUtc(b, zone);
}
/**
* A hearing as a form gives it: times are wall-clock YYYY-MM-DDTHH:MM in `timeZone`, the
* speaking limit in minutes. Each problem is keyed by its field.
*/
var HearingInput = v.pipe(v.object({
	bodyKind: picklist(HEARING_BODIES),
	bodyName: optionalText(160),
	startsAt: localTime(true),
	timeZone: v.pipe(v.optional(v.string(), ""), v.trim(), v.check((s) => isTimeZone(s), "time_zone_invalid")),
	place: optionalText(300),
	onlineUrl: webUrl,
	agendaItem: optionalText(300),
	agendaUrl: webUrl,
	signupDeadline: localTime(false),
	writtenDeadline: localTime(false),
	speakingLimit: numberField("limit_invalid", (n) => n > 0 && n <= 60),
	characterCap: numberField("cap_invalid", (n) => Number.isInteger(n) && n > 0 && n <= 1e5),
	formats: formatList,
	printedCopies: numberField("copies_invalid", (n) => Number.isInteger(n) && n > 0 && n <= 500)
}), v.forward(v.partialCheck([["bodyKind"], ["bodyName"]], (h) => h.bodyKind !== "other" || !!h.bodyName, "body_name_required"), ["bodyName"]), v.forward(v.partialCheck([
	["startsAt"],
	["timeZone"],
	["writtenDeadline"]
], (h) => !h.writtenDeadline || !later(h.writtenDeadline, h.startsAt, h.timeZone), "written_after_hearing"), ["writtenDeadline"]), v.forward(v.partialCheck([
	["startsAt"],
	["timeZone"],
	["signupDeadline"]
], (h) => !h.signupDeadline || !later(h.signupDeadline, h.startsAt, h.timeZone), "signup_after_hearing"), ["signupDeadline"]), v.forward(v.partialCheck([["formats"], ["printedCopies"]], (h) => !h.formats.includes("printed") || h.printedCopies !== null, "copies_required"), ["printedCopies"]));
function viewOf(row) {
	let formats = [];
	try {
		const parsed = JSON.parse(row.formats);
		if (Array.isArray(parsed)) formats = HEARING_FORMATS.filter((f) => parsed.includes(f));
	} catch {}
	return {
		...row,
		formats
	};
}
function columns(input) {
	const h = validated(HearingInput, input);
	const at = (value) => value ? zonedToUtc(value, h.timeZone) : null;
	return {
		body_kind: h.bodyKind,
		body_name: h.bodyName,
		starts_at: zonedToUtc(h.startsAt, h.timeZone),
		time_zone: h.timeZone,
		place: h.place,
		online_url: h.onlineUrl,
		agenda_item: h.agendaItem,
		agenda_url: h.agendaUrl,
		signup_deadline: at(h.signupDeadline),
		written_deadline: at(h.writtenDeadline),
		speaking_limit_seconds: h.speakingLimit === null ? null : Math.round(h.speakingLimit * 60),
		character_cap: h.characterCap,
		formats: JSON.stringify(h.formats),
		printed_copies: h.formats.includes("printed") ? h.printedCopies : null
	};
}
/** Records a hearing; members and above may. */
async function createHearing(db, slug, userId, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const values = columns(input);
	const now = Date.now();
	return viewOf(await db.insertInto("hearing").values({
		id: newId(),
		team_id: team.id,
		...values,
		created_by: userId,
		created_at: now,
		updated_at: now
	}).returningAll().executeTakeFirstOrThrow());
}
/** One hearing of a team; a non-member or a hearing of another team is a 404. */
async function getHearing(db, slug, userId, hearingId) {
	const { team, role } = await authorize(db, slug, userId, "team.view");
	const row = await db.selectFrom("hearing").selectAll().where("id", "=", hearingId).where("team_id", "=", team.id).executeTakeFirst();
	if (!row) throw new Refusal("hearing_not_found", 404);
	return {
		team,
		hearing: viewOf(row),
		role,
		canEdit: can(role, "playbook.edit"),
		canDelete: can(role, "member.manage")
	};
}
async function updateHearing(db, slug, userId, hearingId, input) {
	const { hearing, canEdit } = await getHearing(db, slug, userId, hearingId);
	if (!canEdit) throw new Refusal("forbidden", 403);
	const values = columns(input);
	return viewOf(await db.updateTable("hearing").set({
		...values,
		updated_at: Date.now()
	}).where("id", "=", hearing.id).returningAll().executeTakeFirstOrThrow());
}
/** Deletes a hearing; organizers and above may. Its testimony stays, tied to no hearing. */
async function deleteHearing(db, slug, userId, hearingId) {
	const { hearing, canDelete } = await getHearing(db, slug, userId, hearingId);
	if (!canDelete) throw new Refusal("forbidden", 403);
	await db.deleteFrom("hearing").where("id", "=", hearing.id).execute();
}
/** The team's hearings: upcoming ones soonest first, then past ones latest first. */
async function listHearings(db, slug, userId, now = Date.now()) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const listed = (await db.selectFrom("hearing").selectAll("hearing").select((eb) => eb.selectFrom("testimony").select(eb.fn.countAll().as("n")).whereRef("testimony.hearing_id", "=", "hearing.id").as("testimony_count")).where("hearing.team_id", "=", team.id).orderBy("hearing.starts_at").execute()).map(({ testimony_count, ...row }) => ({
		...viewOf(row),
		testimonyCount: Number(testimony_count ?? 0)
	}));
	return {
		upcoming: listed.filter((h) => h.starts_at + UNDERWAY_MS > now),
		past: listed.filter((h) => h.starts_at + UNDERWAY_MS <= now).reverse()
	};
}
/** The team's next hearings for its home page, soonest first. */
async function upcomingHearings(db, teamId, now = Date.now(), limit = 3) {
	return (await db.selectFrom("hearing").selectAll().where("team_id", "=", teamId).where("starts_at", ">", now - UNDERWAY_MS).orderBy("starts_at").limit(limit).execute()).map(viewOf);
}
/** The zone a new hearing's form starts with: the one the team used last, if any. */
async function teamTimeZone(db, teamId) {
	const row = await db.selectFrom("hearing").select("time_zone").where("team_id", "=", teamId).orderBy("created_at", "desc").limit(1).executeTakeFirst();
	return row && isTimeZone(row.time_zone) ? row.time_zone : null;
}
/** The card set a hearing already has on a board, if any. */
async function hearingPrep(db, hearingId) {
	const row = await db.selectFrom("hearing_prep").select(["board_id", "card_ids"]).where("hearing_id", "=", hearingId).executeTakeFirst();
	if (!row) return null;
	let cardIds = [];
	try {
		const parsed = JSON.parse(row.card_ids);
		if (Array.isArray(parsed)) cardIds = parsed.filter((id) => typeof id === "string");
	} catch {}
	return {
		boardId: row.board_id,
		cardIds
	};
}
/** A board due value: a UTC time on the minute. */
var dueAt = (at) => (/* @__PURE__ */ new Date(Math.floor(at / 6e4) * 6e4)).toISOString();
/** The cards of a hearing's set, titled in `locale`, with their due times. */
function prepCards(hearing, locale) {
	const t = (key, params) => translate(locale, key, params);
	const name = hearingTitle(hearing, locale, t);
	const cards = [{
		title: t("hearings.prep.signup", { hearing: name }),
		due: dueAt(hearing.signup_deadline ?? hearing.starts_at)
	}, {
		title: t("hearings.prep.draft", { hearing: name }),
		due: hearing.written_deadline ? dueAt(hearing.written_deadline - 864e5) : ""
	}];
	if (hearing.written_deadline || hearing.formats.some((f) => f !== "printed")) cards.push({
		title: t("hearings.prep.written", { hearing: name }),
		due: hearing.written_deadline ? dueAt(hearing.written_deadline) : ""
	});
	if (hearing.formats.includes("printed")) cards.push({
		title: t("hearings.prep.print", {
			count: hearing.printed_copies ?? 1,
			hearing: name
		}),
		due: dueAt(hearing.starts_at)
	});
	return cards;
}
/**
* "Prepare for <hearing>": puts the hearing's card set in the first open column of the team's
* Campaign board (or the board asked for), through the live room so everyone on it sees them.
* Once per hearing: the claim row is written first, and a second press returns what exists.
*/
async function prepareHearing(db, slug, userId, hearingId, options) {
	const { team, hearing, canEdit } = await getHearing(db, slug, userId, hearingId);
	if (!canEdit) throw new Refusal("forbidden", 403);
	const existing = await hearingPrep(db, hearing.id);
	if (existing) return {
		created: false,
		...existing
	};
	let boardId;
	if (options.boardId) {
		const board = await db.selectFrom("document").select(["id", "archived_at"]).where("id", "=", options.boardId).where("team_id", "=", team.id).where("kind", "=", "board").executeTakeFirst();
		if (!board) throw new Refusal("board_not_found", 404);
		if (board.archived_at !== null) throw new Refusal("board_archived", 403);
		boardId = board.id;
	} else boardId = await ensureCampaignBoard(db, team.id, options.locale);
	const claimed = await db.insertInto("hearing_prep").values({
		hearing_id: hearing.id,
		board_id: boardId,
		card_ids: "[]",
		created_by: userId,
		created_at: Date.now()
	}).onConflict((oc) => oc.doNothing()).executeTakeFirst();
	if (Number(claimed.numInsertedOrUpdatedRows) !== 1) return {
		created: false,
		...await hearingPrep(db, hearing.id)
	};
	const cardIds = [];
	try {
		await liveDocuments(db).change(boardId, (doc) => {
			const columns = readColumns(doc);
			const column = columns.find((c) => !c.done) ?? columns[0];
			if (!column) throw new Refusal("board_not_found", 404);
			for (const card of prepCards(hearing, options.locale)) {
				const id = addCard(doc, {
					title: card.title,
					column: column.id
				});
				if (card.due) setCardDue(doc, id, card.due);
				setCardLink(doc, id, {
					kind: "hearing",
					id: hearing.id
				}, true);
				cardIds.push(id);
			}
		}, { by: userId });
	} catch (err) {
		await db.deleteFrom("hearing_prep").where("hearing_id", "=", hearing.id).execute();
		throw err;
	}
	await db.updateTable("hearing_prep").set({ card_ids: JSON.stringify(cardIds) }).where("hearing_id", "=", hearing.id).execute();
	return {
		created: true,
		boardId,
		cardIds
	};
}
/** The team's boards a card set may go on. */
async function prepBoards(db, teamId) {
	return db.selectFrom("document").select(["id", "title"]).where("team_id", "=", teamId).where("kind", "=", "board").where("archived_at", "is", null).orderBy("created_at").execute();
}
/** A stored hearing as its edit form shows it: times on the hearing zone's clocks, the limit in minutes. */
function hearingFormValues(hearing) {
	const at = (ms) => ms === null ? "" : utcToZoned(ms, hearing.time_zone);
	return {
		bodyKind: hearing.body_kind,
		bodyName: hearing.body_name ?? "",
		startsAt: at(hearing.starts_at),
		timeZone: hearing.time_zone,
		place: hearing.place ?? "",
		onlineUrl: hearing.online_url ?? "",
		agendaItem: hearing.agenda_item ?? "",
		agendaUrl: hearing.agenda_url ?? "",
		signupDeadline: at(hearing.signup_deadline),
		writtenDeadline: at(hearing.written_deadline),
		speakingLimit: limitMinutes(hearing.speaking_limit_seconds),
		characterCap: hearing.character_cap === null ? "" : String(hearing.character_cap),
		formats: hearing.formats,
		printedCopies: hearing.printed_copies === null ? "" : String(hearing.printed_copies)
	};
}
/** A hearing form's fields as the domain takes them, and as a refused form shows them again (formats as a list). */
function typedHearingValues(form) {
	const values = {};
	for (const [key, value] of form) if (typeof value === "string" && key !== "formats") values[key] = value.slice(0, 2e3);
	return {
		...values,
		formats: form.getAll("formats").filter((f) => typeof f === "string")
	};
}

export { HearingInput as H, prepBoards as a, updateHearing as b, hearingFormValues as c, deleteHearing as d, createHearing as e, teamTimeZone as f, getHearing as g, hearingPrep as h, listHearings as l, prepareHearing as p, typedHearingValues as t, upcomingHearings as u, viewOf as v };
//# sourceMappingURL=hearings2.js-7VLYJc4A.js.map
