import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoard } from '$lib/collab/board-doc';
import { archiveBoard, createBoard, ensureCampaignBoard, getBoard, listBoards, renameBoard } from '$lib/server/boards';
import { readDocument } from '$lib/server/live-documents';
import { addMember, addUser, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
beforeEach(async () => {
	f = await openFoundation();
});
afterEach(async () => {
	await f.close();
});

async function columnsOf(boardId: string) {
	const doc = await readDocument(f.db, boardId);
	const view = readBoard(doc);
	doc.destroy();
	return view.columns.map((c) => ({ name: c.name, done: c.done }));
}

describe('boards', () => {
	it('gives a new team one Campaign board with To do / Doing / Done, the last counted as done', async () => {
		const { owner, team } = await teamOfFour(f.db);
		const boards = await listBoards(f.db, team.slug, owner.id);
		expect(boards.map((b) => b.title)).toEqual(['Campaign']);
		expect(await columnsOf(boards[0].id)).toEqual([
			{ name: 'To do', done: false },
			{ name: 'Doing', done: false },
			{ name: 'Done', done: true }
		]);
	});

	it('makes the Campaign board once for a team made before boards, even under concurrent calls', async () => {
		const { owner, team } = await teamOfFour(f.db);
		// As if the team predated boards: no campaign board yet.
		await f.db.deleteFrom('campaign_board').execute();
		await f.db.deleteFrom('document').where('kind', '=', 'board').execute();
		const ids = await Promise.all(Array.from({ length: 5 }, () => ensureCampaignBoard(f.db, team.id, 'es')));
		expect(new Set(ids).size).toBe(1);
		const boards = await listBoards(f.db, team.slug, owner.id);
		expect(boards.map((b) => b.title)).toEqual(['Campaña']);
		expect((await columnsOf(ids[0])).map((c) => c.name)).toEqual(['Por hacer', 'En curso', 'Hecho']);
	});

	it('lets members create boards in their locale, and not viewers or outsiders', async () => {
		const { member, viewer, outsider, team } = await teamOfFour(f.db);
		const board = await createBoard(f.db, team.slug, member.id, { name: '  Hearing  prep ' }, 'es');
		expect(board.title).toBe('Hearing prep');
		expect(board.kind).toBe('board');
		expect((await columnsOf(board.id)).map((c) => c.name)).toEqual(['Por hacer', 'En curso', 'Hecho']);
		await expectRefusal(createBoard(f.db, team.slug, viewer.id, { name: 'Nope' }), 403, 'forbidden');
		await expectRefusal(createBoard(f.db, team.slug, outsider.id, { name: 'Nope' }), 404);
		await expectRefusal(createBoard(f.db, team.slug, member.id, { name: '   ' }), 400, 'board_name_invalid');
		await expectRefusal(createBoard(f.db, team.slug, member.id, { name: 'x'.repeat(121) }), 400, 'board_name_invalid');
		expect((await listBoards(f.db, team.slug, member.id)).map((b) => b.title).sort()).toEqual(['Campaign', 'Hearing prep']);
	});

	it('answers 404 for a board of another team, a document that is no board, or a non-member', async () => {
		const { owner, member, outsider, team } = await teamOfFour(f.db);
		const other = await teamOfFour(f.db);
		const [theirs] = await listBoards(f.db, other.team.slug, other.owner.id);
		await expectRefusal(getBoard(f.db, team.slug, owner.id, theirs.id), 404, 'board_not_found');
		await expectRefusal(getBoard(f.db, team.slug, owner.id, 'no-such-board'), 404, 'board_not_found');
		const [ours] = await listBoards(f.db, team.slug, owner.id);
		await expectRefusal(getBoard(f.db, team.slug, outsider.id, ours.id), 404);
		const access = await getBoard(f.db, team.slug, member.id, ours.id);
		expect(access).toMatchObject({ canEdit: true, canModerate: false, role: 'member' });
	});

	it('renames for members; archives for organizers and above; an archived board is read only', async () => {
		const { owner, member, viewer, team } = await teamOfFour(f.db);
		const organizer = await addUser(f.db, 'Oscar Organizer');
		await addMember(f.db, team, organizer, 'organizer');
		const [board] = await listBoards(f.db, team.slug, owner.id);
		expect((await renameBoard(f.db, team.slug, member.id, board.id, 'Spring push')).title).toBe('Spring push');
		await expectRefusal(renameBoard(f.db, team.slug, viewer.id, board.id, 'No'), 403);
		await expectRefusal(archiveBoard(f.db, team.slug, member.id, board.id), 403, 'forbidden');
		const archived = await archiveBoard(f.db, team.slug, organizer.id, board.id);
		expect(archived.archived_at).not.toBeNull();
		expect((await getBoard(f.db, team.slug, member.id, board.id)).canEdit).toBe(false);
		await expectRefusal(renameBoard(f.db, team.slug, member.id, board.id, 'Later'), 403, 'board_archived');
		expect(await listBoards(f.db, team.slug, member.id)).toEqual([]);
		expect((await listBoards(f.db, team.slug, member.id, { archived: true })).map((b) => b.id)).toEqual([board.id]);
		await archiveBoard(f.db, team.slug, owner.id, board.id, false);
		expect((await getBoard(f.db, team.slug, member.id, board.id)).canEdit).toBe(true);
	});
});
