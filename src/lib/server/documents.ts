import type { DB } from './db/index';
import { cleanText } from '$lib/text';
import type * as Y from 'yjs';
import type { Document, DocumentKind } from './db/schema';
import { can, type Role } from '$lib/roles';
import { authorize, teamAccess } from './teams';
import { Refusal, newId } from './refusal';
import { liveDocuments } from './live-documents';

export const TITLE_MAX = 200;

/** Kinds shown and edited as rich-text documents; the others have pages of their own. */
export const RICH_TEXT_KINDS: DocumentKind[] = ['doc', 'talking_points', 'testimony'];

/** The role a campaign admin holds on the campaign's own documents. */
export const CAMPAIGN_ROLE: Role = 'owner';

/** A document and what the person asking may do with it. */
export interface DocumentAccess {
	document: Document;
	role: Role;
	/** Members and above edit live documents that are not archived; viewers only read. */
	canEdit: boolean;
	/** Shared for review with someone who cannot edit it: they comment and suggest only. */
	reviewer: boolean;
	/** A reviewer's, while the document is not archived. */
	canSuggest: boolean;
	/** Whether the asker is a member of the document's team (any role). */
	member: boolean;
}

function cleanTitle(title: string): string {
	const clean = cleanText(title);
	if (!clean || clean.length > TITLE_MAX) throw new Refusal('document_title_invalid', 400, { max: TITLE_MAX });
	return clean;
}

/**
 * What a person may do with a document from their role in its team (none: not a member) and
 * whether it is shared with them for review; null when neither lets them in.
 */
function accessOf(document: Document, role: Role | null, shared = false): DocumentAccess | null {
	const open = document.archived_at === null;
	const member = role !== null;
	if (can(role, 'playbook.edit')) return { document, role: role!, member, canEdit: open, reviewer: false, canSuggest: false };
	// A review is of rich text: suggestions and comments are made there.
	if (shared && RICH_TEXT_KINDS.includes(document.kind)) return { document, role: role ?? 'viewer', member, canEdit: false, reviewer: true, canSuggest: open };
	return role ? { document, role, member, canEdit: false, reviewer: false, canSuggest: false } : null;
}

/** Creates a document in a team; members and above may. */
export async function createDocument(db: DB, slug: string, userId: string, input: { title: string; kind?: DocumentKind }): Promise<Document> {
	const title = cleanTitle(input.title);
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const now = Date.now();
	return db
		.insertInto('document')
		.values({ id: newId(), team_id: team.id, kind: input.kind ?? 'doc', title, created_by: userId, created_at: now, updated_at: now, archived_at: null })
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** The team's documents, newest change first; archived ones only when asked for. */
export async function listDocuments(db: DB, slug: string, userId: string, options: { archived?: boolean } = {}): Promise<Document[]> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return db
		.selectFrom('document')
		.selectAll()
		.where('team_id', '=', team.id)
		.where('kind', 'in', RICH_TEXT_KINDS)
		.where('archived_at', options.archived ? 'is not' : 'is', null)
		.orderBy('updated_at', 'desc')
		.execute();
}

/** Whether the team has made its document of this kind yet (archived or not). */
export async function hasDocumentOfKind(db: DB, teamId: string, kind: DocumentKind): Promise<boolean> {
	return !!(await db.selectFrom('document').select('id').where('team_id', '=', teamId).where('kind', '=', kind).executeTakeFirst());
}

/**
 * One document of a team, for its members and for whoever it is shared with for review; a
 * non-member or a document of another team is a 404.
 */
export async function getDocument(db: DB, slug: string, userId: string, documentId: string): Promise<DocumentAccess> {
	const row = await db
		.selectFrom('document')
		.innerJoin('team', 'team.id', 'document.team_id')
		.leftJoin('membership', (join) => join.onRef('membership.team_id', '=', 'document.team_id').on('membership.user_id', '=', userId))
		.leftJoin('document_share', (join) => join.onRef('document_share.document_id', '=', 'document.id').on('document_share.user_id', '=', userId))
		.selectAll('document')
		.select(['membership.role', 'document_share.user_id as shared'])
		.where('team.slug', '=', slug)
		.where('document.id', '=', documentId)
		.executeTakeFirst();
	if (row) {
		const { role, shared, ...document } = row;
		const access = accessOf(document, role, shared !== null);
		if (access) return access;
	}
	await teamAccess(db, slug, userId); // a non-member hears only that there is no such team
	throw new Refusal('document_not_found', 404);
}

/** Access by document id alone (the live endpoint knows no team slug); null when neither a member nor a reviewer. */
export async function documentAccess(db: DB, documentId: string, userId: string): Promise<DocumentAccess | null> {
	// One query, run for every live-document connection: the document, the asker's role in its team
	// and whether the asker is a campaign admin.
	const row = await db
		.selectFrom('document')
		.innerJoin('user', (join) => join.on('user.id', '=', userId))
		.leftJoin('membership', (join) => join.onRef('membership.team_id', '=', 'document.team_id').on('membership.user_id', '=', userId))
		.leftJoin('document_share', (join) => join.onRef('document_share.document_id', '=', 'document.id').on('document_share.user_id', '=', userId))
		.selectAll('document')
		.select(['membership.role', 'user.is_admin', 'document_share.user_id as shared'])
		.where('document.id', '=', documentId)
		.executeTakeFirst();
	if (!row) return null;
	const { role, is_admin, shared, ...document } = row;
	// The campaign's own documents (the model draft) are for campaign admins, who edit them as owners.
	if (document.team_id === null) return is_admin ? accessOf(document, CAMPAIGN_ROLE) : null;
	return accessOf(document, role, shared !== null);
}

async function editable(db: DB, slug: string, userId: string, documentId: string): Promise<Document> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	// The adapted policy has its own page and lifecycle; it is not renamed or archived as a document.
	const document = await db
		.selectFrom('document')
		.selectAll()
		.where('id', '=', documentId)
		.where('team_id', '=', team.id)
		.where('kind', 'in', RICH_TEXT_KINDS)
		.executeTakeFirst();
	if (!document) throw new Refusal('document_not_found', 404);
	return document;
}

export async function renameDocument(db: DB, slug: string, userId: string, documentId: string, title: string): Promise<Document> {
	const clean = cleanTitle(title);
	const document = await editable(db, slug, userId, documentId);
	return db
		.updateTable('document')
		.set({ title: clean, updated_at: Date.now() })
		.where('id', '=', document.id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** Archives (or restores) a document; an archived document stays readable and takes no edits. */
export async function archiveDocument(db: DB, slug: string, userId: string, documentId: string, archived = true): Promise<Document> {
	const document = await editable(db, slug, userId, documentId);
	const now = Date.now();
	return db
		.updateTable('document')
		.set({ archived_at: archived ? (document.archived_at ?? now) : null, updated_at: now })
		.where('id', '=', document.id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

/**
 * The one document of a kind that a team (or, with no team, the campaign) keeps: found, or made
 * once even when two requests race (the unique index decides), and then seeded with the edit
 * `seed` resolves to; `seed` runs only for the request that made it.
 */
export async function singleDocument(
	db: DB,
	owner: { teamId: string | null; userId: string },
	kind: 'talking_points' | 'model_draft',
	title: string,
	seed: () => Promise<(doc: Y.Doc) => void>
): Promise<string> {
	const find = () =>
		db
			.selectFrom('document')
			.select('id')
			.where('team_id', owner.teamId === null ? 'is' : '=', owner.teamId)
			.where('kind', '=', kind)
			.executeTakeFirst();
	const existing = await find();
	if (existing) return existing.id;
	const now = Date.now();
	const id = newId();
	const inserted = await db
		.insertInto('document')
		.values({ id, team_id: owner.teamId, kind, title, created_by: owner.userId, created_at: now, updated_at: now, archived_at: null })
		.onConflict((oc) => oc.doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows) !== 1) return (await find())!.id;
	await liveDocuments(db).change(id, await seed());
	return id;
}
