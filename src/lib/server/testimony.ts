import * as v from 'valibot';
import * as Y from 'yjs';
import type { DB } from './db/index';
import type { Document, Team, Testimony } from './db/schema';
import { can, type Role } from '$lib/roles';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { TESTIMONY_SECTIONS, TESTIMONY_TEMPLATES, hearingTitle, type TestimonyTemplate } from '$lib/hearings';
import { translate, type Locale } from '$lib/i18n/index';
import { text } from './forms';
import { validated } from './scorecard';
import { authorize } from './teams';
import { getDocument } from './documents';
import { Refusal, newId } from './refusal';
import { liveDocuments } from './live-documents';
import { viewOf, type HearingView } from './hearings';

export { TESTIMONY_TEMPLATES, TESTIMONY_SECTIONS, type TestimonyTemplate };

export const DEFAULT_WPM = 140;
export const WPM_MIN = 80;
export const WPM_MAX = 250;
export const SPEAKER_MAX = 120;

const optionalId = v.pipe(
	v.optional(v.nullable(v.string()), ''),
	v.transform((s) => s?.trim() || null)
);

export const NewTestimonyInput = v.object({
	template: v.pipe(v.optional(v.string(), ''), v.check((s) => (TESTIMONY_TEMPLATES as readonly string[]).includes(s), 'template_unknown')),
	hearingId: optionalId,
	speakerName: text(SPEAKER_MAX)
});
export type NewTestimonyInput = v.InferInput<typeof NewTestimonyInput>;

export const SpeakerInput = v.object({
	speakerName: text(SPEAKER_MAX),
	hearingId: optionalId,
	wordsPerMinute: v.pipe(
		v.optional(v.union([v.string(), v.number()]), String(DEFAULT_WPM)),
		v.transform((s) => String(s).trim() || String(DEFAULT_WPM)),
		v.check((s) => /^\d+$/.test(s) && Number(s) >= WPM_MIN && Number(s) <= WPM_MAX, 'wpm_invalid'),
		v.transform(Number)
	),
	interpreter: v.pipe(
		v.optional(v.union([v.string(), v.boolean()]), ''),
		v.transform((s) => s === true || s === 'on' || s === 'yes')
	),
	speakingMinutes: v.pipe(
		v.optional(v.union([v.string(), v.number()]), ''),
		v.transform((s) => String(s).trim()),
		v.check((s) => s === '' || (/^\d+(\.\d+)?$/.test(s) && Number(s) > 0 && Number(s) <= 60), 'speaking_time_invalid'),
		v.transform((s) => (s === '' ? null : Math.round(Number(s) * 60)))
	)
});
export type SpeakerInput = v.InferInput<typeof SpeakerInput>;

export interface TestimonyAccess {
	team: Team;
	document: Document;
	testimony: Testimony;
	hearing: HearingView | null;
	role: Role;
	canEdit: boolean;
	/** Shared with the asker for review: they comment and suggest only. */
	reviewer: boolean;
	canSuggest: boolean;
}

/** What fills a template's slots: the team's names, the hearing's, or a bracketed prompt. */
function templateValues(team: Team, hearing: HearingView | null, locale: Locale) {
	const t = (key: string) => translate(locale, key);
	return {
		jurisdiction: team.jurisdiction_name,
		council: hearing?.body_name || team.council_name || (hearing ? t(`hearings.body.${hearing.body_kind}`) : t('testimony.fill.council')),
		agenda: hearing?.agenda_item || t('testimony.fill.agenda'),
		sheriff: team.sheriff_office || team.police_department || t('testimony.fill.sheriff')
	};
}

/** A template's blocks in a locale: a heading per section, then its paragraph with bracketed prompts. */
export function templateBlocks(template: TestimonyTemplate, team: Team, hearing: HearingView | null, locale: Locale): { heading: string; paragraph: string }[] {
	const values = templateValues(team, hearing, locale);
	return TESTIMONY_SECTIONS.map((section) => ({
		heading: translate(locale, `testimony.sections.${section}`),
		paragraph: translate(locale, `testimony.templates.${template}.${section}`, values)
	}));
}

function element(name: string, content: string, attrs: Record<string, string | number> = {}): Y.XmlElement {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
	node.insert(0, [new Y.XmlText(content)]);
	return node;
}

/** Writes a template into an empty rich-text body, as headings and paragraphs the editor reads. */
export function writeTemplate(doc: Y.Doc, blocks: { heading: string; paragraph: string }[]): void {
	const body = doc.getXmlFragment(RICH_TEXT_FIELD);
	if (body.length) return;
	body.insert(
		0,
		blocks.flatMap((b) => [element('heading', b.heading, { level: 2 }), element('paragraph', b.paragraph)])
	);
}

async function hearingOf(db: DB, teamId: string, hearingId: string | null): Promise<HearingView | null> {
	if (!hearingId) return null;
	const row = await db.selectFrom('hearing').selectAll().where('id', '=', hearingId).where('team_id', '=', teamId).executeTakeFirst();
	if (!row) throw new Refusal('hearing_not_found', 404, { field: 'hearingId' });
	return viewOf(row);
}

/**
 * New testimony from a template, for a hearing of the team or none yet; members and above may.
 * The template is written into the document on the server before anyone connects.
 */
export async function createTestimony(db: DB, slug: string, userId: string, input: NewTestimonyInput, locale: Locale): Promise<Document> {
	const data = validated(NewTestimonyInput, input);
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const hearing = await hearingOf(db, team.id, data.hearingId);
	const template = data.template as TestimonyTemplate;
	const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
	const kind = t(`testimony.templates.${template}.label`);
	const title = (
		hearing ? t('testimony.default_title', { speaker: data.speakerName, hearing: hearingTitle(hearing, locale, t) }) : t('testimony.default_title_no_hearing', { speaker: data.speakerName, kind })
	).slice(0, 200);
	const now = Date.now();
	const id = newId();
	const document = await db.transaction().execute(async (trx) => {
		const row = await trx
			.insertInto('document')
			.values({ id, team_id: team.id, kind: 'testimony', title, created_by: userId, created_at: now, updated_at: now, archived_at: null })
			.returningAll()
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('testimony')
			.values({
				document_id: id,
				team_id: team.id,
				hearing_id: hearing?.id ?? null,
				template,
				speaker_name: data.speakerName,
				words_per_minute: DEFAULT_WPM,
				interpreter: template === 'interpreted' ? 1 : 0,
				speaking_seconds: null,
				created_at: now,
				updated_at: now
			})
			.execute();
		return row;
	});
	const blocks = templateBlocks(template, team, hearing, locale);
	await liveDocuments(db).change(id, (doc) => writeTemplate(doc, blocks), { by: userId });
	return document;
}

/** One testimony of a team, with its hearing; a non-member or another team's is a 404. */
export async function getTestimony(db: DB, slug: string, userId: string, documentId: string): Promise<TestimonyAccess> {
	// Members, and whoever it is shared with for review.
	const access = await getDocument(db, slug, userId, documentId).catch((error) => {
		throw error instanceof Refusal && error.code === 'document_not_found' ? new Refusal('testimony_not_found', 404) : error;
	});
	const { document, role, canEdit, reviewer, canSuggest } = access;
	const team = await db.selectFrom('team').selectAll().where('id', '=', document.team_id!).executeTakeFirstOrThrow();
	const testimony = document.kind === 'testimony' ? await db.selectFrom('testimony').selectAll().where('document_id', '=', document.id).executeTakeFirst() : undefined;
	if (!testimony) throw new Refusal('testimony_not_found', 404);
	const hearing = testimony.hearing_id ? await hearingOf(db, team.id, testimony.hearing_id).catch(() => null) : null;
	return { team, document, testimony, hearing, role, canEdit, reviewer, canSuggest };
}

/** Changes who speaks, how fast, through an interpreter or not, and which hearing it is for. */
export async function updateSpeaker(db: DB, slug: string, userId: string, documentId: string, input: SpeakerInput): Promise<Testimony> {
	const data = validated(SpeakerInput, input);
	const { team, testimony, canEdit } = await getTestimony(db, slug, userId, documentId);
	if (!canEdit) throw new Refusal('forbidden', 403);
	const hearing = await hearingOf(db, team.id, data.hearingId);
	return db
		.updateTable('testimony')
		.set({
			speaker_name: data.speakerName,
			hearing_id: hearing?.id ?? null,
			words_per_minute: data.wordsPerMinute,
			interpreter: data.interpreter ? 1 : 0,
			speaking_seconds: data.speakingMinutes,
			updated_at: Date.now()
		})
		.where('document_id', '=', testimony.document_id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

export interface ListedTestimony {
	id: string;
	title: string;
	speakerName: string | null;
	hearingId: string | null;
	updatedAt: number;
	archived: boolean;
}

/** The team's testimony: for one hearing, for none yet (`hearingId` null), or all of it (undefined). */
export async function listTestimony(db: DB, teamId: string, hearingId?: string | null): Promise<ListedTestimony[]> {
	let query = db
		.selectFrom('testimony')
		.innerJoin('document', 'document.id', 'testimony.document_id')
		.select(['document.id', 'document.title', 'document.updated_at', 'document.archived_at', 'testimony.speaker_name', 'testimony.hearing_id'])
		.where('testimony.team_id', '=', teamId)
		.where('document.team_id', '=', teamId);
	if (hearingId !== undefined) query = query.where('testimony.hearing_id', hearingId === null ? 'is' : '=', hearingId);
	const rows = await query.orderBy('document.updated_at', 'desc').execute();
	return rows.map((r) => ({ id: r.id, title: r.title, speakerName: r.speaker_name, hearingId: r.hearing_id, updatedAt: r.updated_at, archived: r.archived_at !== null }));
}
