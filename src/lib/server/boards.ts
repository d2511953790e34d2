import type { DB } from './db/index';
import type { Document } from './db/schema';
import { cleanText } from '$lib/text';
import { can, type Role } from '$lib/roles';
import { seedBoard } from '$lib/collab/board-doc';
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from '$lib/i18n/index';
import { authorize } from './teams';
import { Refusal, newId } from './refusal';
import { liveDocuments } from './live-documents';

export const BOARD_NAME_MAX = 120;

/** A board and what the person asking may do on it. */
export interface BoardAccess {
	board: Document;
	role: Role;
	/** Members and above change a board that is not archived; viewers watch. */
	canEdit: boolean;
	/** Organizers and above may delete anyone's comment. */
	canModerate: boolean;
}

function cleanName(name: string): string {
	const clean = cleanText(name);
	if (!clean || clean.length > BOARD_NAME_MAX) throw new Refusal('board_name_invalid', 400, { max: BOARD_NAME_MAX });
	return clean;
}

/** The first columns of a new board, in the locale of the person making it. */
export function firstColumns(locale: Locale): string[] {
	return ['board.column_todo', 'board.column_doing', 'board.column_done'].map((key) => translate(locale, key));
}

async function localeOf(db: DB, userId: string): Promise<Locale> {
	const row = await db.selectFrom('user').select('locale').where('id', '=', userId).executeTakeFirst();
	return isLocale(row?.locale) ? row.locale : DEFAULT_LOCALE;
}

/** Makes a board in a team, seeded with To do / Doing / Done; members and above may. */
export async function createBoard(db: DB, slug: string, userId: string, input: { name: string }, locale?: Locale): Promise<Document> {
	const title = cleanName(input.name);
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const columns = firstColumns(locale ?? (await localeOf(db, userId)));
	const now = Date.now();
	const board = await db
		.insertInto('document')
		.values({ id: newId(), team_id: team.id, kind: 'board', title, created_by: userId, created_at: now, updated_at: now, archived_at: null })
		.returningAll()
		.executeTakeFirstOrThrow();
	await liveDocuments(db).change(board.id, (doc) => seedBoard(doc, columns), { by: userId });
	return board;
}

/** The team's boards, the campaign board made first if the team predates boards. */
export async function listBoards(db: DB, slug: string, userId: string, options: { archived?: boolean; locale?: Locale } = {}): Promise<Document[]> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	await ensureCampaignBoard(db, team.id, options.locale ?? (await localeOf(db, userId)));
	return db
		.selectFrom('document')
		.selectAll()
		.where('team_id', '=', team.id)
		.where('kind', '=', 'board')
		.where('archived_at', options.archived ? 'is not' : 'is', null)
		.orderBy('created_at')
		.execute();
}

/** One board of a team; a non-member, a board of another team or a document that is no board is a 404. */
export async function getBoard(db: DB, slug: string, userId: string, boardId: string): Promise<BoardAccess> {
	const { team, role } = await authorize(db, slug, userId, 'team.view');
	const board = await db
		.selectFrom('document')
		.selectAll()
		.where('id', '=', boardId)
		.where('team_id', '=', team.id)
		.where('kind', '=', 'board')
		.executeTakeFirst();
	if (!board) throw new Refusal('board_not_found', 404);
	return { board, role, canEdit: can(role, 'playbook.edit') && board.archived_at === null, canModerate: can(role, 'member.manage') };
}

export async function renameBoard(db: DB, slug: string, userId: string, boardId: string, name: string): Promise<Document> {
	const title = cleanName(name);
	const { board, canEdit } = await getBoard(db, slug, userId, boardId);
	if (!canEdit) throw new Refusal(board.archived_at ? 'board_archived' : 'forbidden', 403);
	return db.updateTable('document').set({ title, updated_at: Date.now() }).where('id', '=', board.id).returningAll().executeTakeFirstOrThrow();
}

/** Archives (or restores) a board; organizers and above may. An archived board is read only. */
export async function archiveBoard(db: DB, slug: string, userId: string, boardId: string, archived = true): Promise<Document> {
	const { board, canModerate } = await getBoard(db, slug, userId, boardId);
	if (!canModerate) throw new Refusal('forbidden', 403);
	const now = Date.now();
	return db
		.updateTable('document')
		.set({ archived_at: archived ? (board.archived_at ?? now) : null, updated_at: now })
		.where('id', '=', board.id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

/**
 * A team's "Campaign" board with To do / Doing / Done: made once, even when two requests race
 * (the campaign_board row is claimed first, in one transaction with the document). Returns its id.
 */
export async function ensureCampaignBoard(db: DB, teamId: string, locale: Locale): Promise<string> {
	const existing = await db.selectFrom('campaign_board').select('document_id').where('team_id', '=', teamId).executeTakeFirst();
	if (existing) return existing.document_id;
	const id = newId();
	const made = await db.transaction().execute(async (trx) => {
		const claimed = await trx.insertInto('campaign_board').values({ team_id: teamId, document_id: id }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
		if (Number(claimed.numInsertedOrUpdatedRows) !== 1) return false;
		const team = await trx.selectFrom('team').select('created_by').where('id', '=', teamId).executeTakeFirstOrThrow();
		const now = Date.now();
		await trx
			.insertInto('document')
			.values({ id, team_id: teamId, kind: 'board', title: translate(locale, 'boards.campaign_name'), created_by: team.created_by, created_at: now, updated_at: now, archived_at: null })
			.execute();
		return true;
	});
	if (!made) return (await db.selectFrom('campaign_board').select('document_id').where('team_id', '=', teamId).executeTakeFirstOrThrow()).document_id;
	await liveDocuments(db).change(id, (doc) => seedBoard(doc, firstColumns(locale)));
	return id;
}
