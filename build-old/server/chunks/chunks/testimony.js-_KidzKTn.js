import { R as RICH_TEXT_FIELD } from './rich-text-doc.js-B7aUjoe-.js';
import { h as hearingTitle, T as TESTIMONY_TEMPLATES, c as TESTIMONY_SECTIONS } from './hearings.js-k0Avay5_.js';
import { t as translate } from './i18n.js-DfYLM2F_.js';
import { t as text$1 } from './forms.js-J73ZrRYJ.js';
import { v as validated } from './scorecard2.js-D-c3nwHr.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';
import { g as getDocument } from './documents.js-CaNv629-.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { l as liveDocuments } from './live-documents.js-D-DuJ62i.js';
import { v as viewOf } from './hearings2.js-7VLYJc4A.js';
import * as v from 'valibot';
import * as Y from 'yjs';

var optionalId = v.pipe(v.optional(v.nullable(v.string()), ""), v.transform((s) => s?.trim() || null));
var NewTestimonyInput = v.object({
	template: v.pipe(v.optional(v.string(), ""), v.check((s) => TESTIMONY_TEMPLATES.includes(s), "template_unknown")),
	hearingId: optionalId,
	speakerName: text$1(120)
});
var SpeakerInput = v.object({
	speakerName: text$1(120),
	hearingId: optionalId,
	wordsPerMinute: v.pipe(v.optional(v.union([v.string(), v.number()]), String(140)), v.transform((s) => String(s).trim() || String(140)), v.check((s) => /^\d+$/.test(s) && Number(s) >= 80 && Number(s) <= 250, "wpm_invalid"), v.transform(Number)),
	interpreter: v.pipe(v.optional(v.union([v.string(), v.boolean()]), ""), v.transform((s) => s === true || s === "on" || s === "yes")),
	speakingMinutes: v.pipe(v.optional(v.union([v.string(), v.number()]), ""), v.transform((s) => String(s).trim()), v.check((s) => s === "" || /^\d+(\.\d+)?$/.test(s) && Number(s) > 0 && Number(s) <= 60, "speaking_time_invalid"), v.transform((s) => s === "" ? null : Math.round(Number(s) * 60)))
});
/** What fills a template's slots: the team's names, the hearing's, or a bracketed prompt. */
function templateValues(team, hearing, locale) {
	const t = (key) => translate(locale, key);
	return {
		jurisdiction: team.jurisdiction_name,
		council: hearing?.body_name || team.council_name || (hearing ? t(`hearings.body.${hearing.body_kind}`) : t("testimony.fill.council")),
		agenda: hearing?.agenda_item || t("testimony.fill.agenda"),
		sheriff: team.sheriff_office || team.police_department || t("testimony.fill.sheriff")
	};
}
/** A template's blocks in a locale: a heading per section, then its paragraph with bracketed prompts. */
function templateBlocks(template, team, hearing, locale) {
	const values = templateValues(team, hearing, locale);
	return TESTIMONY_SECTIONS.map((section) => ({
		heading: translate(locale, `testimony.sections.${section}`),
		paragraph: translate(locale, `testimony.templates.${template}.${section}`, values)
	}));
}
function element(name, content, attrs = {}) {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
	node.insert(0, [new Y.XmlText(content)]);
	return node;
}
/** Writes a template into an empty rich-text body, as headings and paragraphs the editor reads. */
function writeTemplate(doc, blocks) {
	const body = doc.getXmlFragment(RICH_TEXT_FIELD);
	if (body.length) return;
	body.insert(0, blocks.flatMap((b) => [element("heading", b.heading, { level: 2 }), element("paragraph", b.paragraph)]));
}
async function hearingOf(db, teamId, hearingId) {
	if (!hearingId) return null;
	const row = await db.selectFrom("hearing").selectAll().where("id", "=", hearingId).where("team_id", "=", teamId).executeTakeFirst();
	if (!row) throw new Refusal("hearing_not_found", 404, { field: "hearingId" });
	return viewOf(row);
}
/**
* New testimony from a template, for a hearing of the team or none yet; members and above may.
* The template is written into the document on the server before anyone connects.
*/
async function createTestimony(db, slug, userId, input, locale) {
	const data = validated(NewTestimonyInput, input);
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const hearing = await hearingOf(db, team.id, data.hearingId);
	const template = data.template;
	const t = (key, params) => translate(locale, key, params);
	const kind = t(`testimony.templates.${template}.label`);
	const title = (hearing ? t("testimony.default_title", {
		speaker: data.speakerName,
		hearing: hearingTitle(hearing, locale, t)
	}) : t("testimony.default_title_no_hearing", {
		speaker: data.speakerName,
		kind
	})).slice(0, 200);
	const now = Date.now();
	const id = newId();
	const document = await db.transaction().execute(async (trx) => {
		const row = await trx.insertInto("document").values({
			id,
			team_id: team.id,
			kind: "testimony",
			title,
			created_by: userId,
			created_at: now,
			updated_at: now,
			archived_at: null
		}).returningAll().executeTakeFirstOrThrow();
		await trx.insertInto("testimony").values({
			document_id: id,
			team_id: team.id,
			hearing_id: hearing?.id ?? null,
			template,
			speaker_name: data.speakerName,
			words_per_minute: 140,
			interpreter: template === "interpreted" ? 1 : 0,
			speaking_seconds: null,
			created_at: now,
			updated_at: now
		}).execute();
		return row;
	});
	const blocks = templateBlocks(template, team, hearing, locale);
	await liveDocuments(db).change(id, (doc) => writeTemplate(doc, blocks), { by: userId });
	return document;
}
/** One testimony of a team, with its hearing; a non-member or another team's is a 404. */
async function getTestimony(db, slug, userId, documentId) {
	const { document, role, canEdit, reviewer, canSuggest } = await getDocument(db, slug, userId, documentId).catch((error) => {
		throw error instanceof Refusal && error.code === "document_not_found" ? new Refusal("testimony_not_found", 404) : error;
	});
	const team = await db.selectFrom("team").selectAll().where("id", "=", document.team_id).executeTakeFirstOrThrow();
	const testimony = document.kind === "testimony" ? await db.selectFrom("testimony").selectAll().where("document_id", "=", document.id).executeTakeFirst() : void 0;
	if (!testimony) throw new Refusal("testimony_not_found", 404);
	return {
		team,
		document,
		testimony,
		hearing: testimony.hearing_id ? await hearingOf(db, team.id, testimony.hearing_id).catch(() => null) : null,
		role,
		canEdit,
		reviewer,
		canSuggest
	};
}
/** Changes who speaks, how fast, through an interpreter or not, and which hearing it is for. */
async function updateSpeaker(db, slug, userId, documentId, input) {
	const data = validated(SpeakerInput, input);
	const { team, testimony, canEdit } = await getTestimony(db, slug, userId, documentId);
	if (!canEdit) throw new Refusal("forbidden", 403);
	const hearing = await hearingOf(db, team.id, data.hearingId);
	return db.updateTable("testimony").set({
		speaker_name: data.speakerName,
		hearing_id: hearing?.id ?? null,
		words_per_minute: data.wordsPerMinute,
		interpreter: data.interpreter ? 1 : 0,
		speaking_seconds: data.speakingMinutes,
		updated_at: Date.now()
	}).where("document_id", "=", testimony.document_id).returningAll().executeTakeFirstOrThrow();
}
/** The team's testimony: for one hearing, for none yet (`hearingId` null), or all of it (undefined). */
async function listTestimony(db, teamId, hearingId) {
	let query = db.selectFrom("testimony").innerJoin("document", "document.id", "testimony.document_id").select([
		"document.id",
		"document.title",
		"document.updated_at",
		"document.archived_at",
		"testimony.speaker_name",
		"testimony.hearing_id"
	]).where("testimony.team_id", "=", teamId).where("document.team_id", "=", teamId);
	if (hearingId !== void 0) query = query.where("testimony.hearing_id", hearingId === null ? "is" : "=", hearingId);
	return (await query.orderBy("document.updated_at", "desc").execute()).map((r) => ({
		id: r.id,
		title: r.title,
		speakerName: r.speaker_name,
		hearingId: r.hearing_id,
		updatedAt: r.updated_at,
		archived: r.archived_at !== null
	}));
}

export { NewTestimonyInput as N, SpeakerInput as S, createTestimony as c, getTestimony as g, listTestimony as l, updateSpeaker as u };
//# sourceMappingURL=testimony.js-_KidzKTn.js.map
