import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard, commentCountsMap, readBoard } from '$lib/collab/board-doc';
import { listBoards } from '$lib/server/boards';
import { addComment, cardActivity, COMMENT_MAX, deleteComment, editComment } from '$lib/server/card-comments';
import { liveDocuments, readDocument } from '$lib/server/live-documents';
import { addMember, addUser, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
beforeEach(async () => {
	f = await openFoundation();
});
afterEach(async () => {
	await f.close();
});

/** A team with its board and one card on it. */
async function boardWithCard() {
	const people = await teamOfFour(f.db);
	const [board] = await listBoards(f.db, people.team.slug, people.owner.id);
	let cardId = '';
	await liveDocuments(f.db).change(board.id, (doc) => {
		cardId = addCard(doc, { title: 'Book the library room', column: readBoard(doc).columns[0].id });
	});
	return { ...people, board, cardId };
}

async function countOn(boardId: string, cardId: string) {
	const doc = await readDocument(f.db, boardId);
	const count = commentCountsMap(doc).get(cardId);
	doc.destroy();
	return count;
}

const commentRows = () => f.db.selectFrom('card_comment').selectAll().execute();

describe('card comments', () => {
	it('stores a comment with its real author, cleaned, and publishes the count on the board', async () => {
		const { member, team, board, cardId } = await boardWithCard();
		await addComment(f.db, team.slug, member.id, board.id, cardId, '  Called them:\r\nno answer \u200b ');
		const { comments } = await cardActivity(f.db, team.slug, member.id, board.id, cardId);
		expect(comments).toHaveLength(1);
		expect(comments[0]).toMatchObject({ authorId: member.id, authorName: 'Mateo Member', body: 'Called them:\nno answer', editedAt: null, mine: true, canDelete: true });
		expect(await countOn(board.id, cardId)).toBe(1);
	});

	it('refuses viewers, outsiders, another team\'s card, a card that does not exist, empty and too long bodies, and stores nothing', async () => {
		const { member, viewer, outsider, team, board, cardId } = await boardWithCard();
		const other = await boardWithCard();
		await expectRefusal(addComment(f.db, team.slug, viewer.id, board.id, cardId, 'Hi'), 403, 'forbidden');
		await expectRefusal(addComment(f.db, team.slug, outsider.id, board.id, cardId, 'Hi'), 404);
		// Another team's card, through this team's board or through the other team's board.
		await expectRefusal(addComment(f.db, team.slug, member.id, board.id, other.cardId, 'Hi'), 404, 'card_not_found');
		await expectRefusal(addComment(f.db, team.slug, member.id, other.board.id, other.cardId, 'Hi'), 404, 'board_not_found');
		await expectRefusal(addComment(f.db, team.slug, member.id, board.id, 'no-such-card', 'Hi'), 404, 'card_not_found');
		await expectRefusal(addComment(f.db, team.slug, member.id, board.id, cardId, ' \u200b '), 400, 'comment_required');
		await expectRefusal(addComment(f.db, team.slug, member.id, board.id, cardId, 'x'.repeat(COMMENT_MAX + 1)), 400, 'comment_too_long');
		expect(await commentRows()).toEqual([]);
		expect(await countOn(board.id, cardId)).toBeUndefined();
		// Exactly the limit is fine.
		await addComment(f.db, team.slug, member.id, board.id, cardId, 'x'.repeat(COMMENT_MAX));
		expect(await commentRows()).toHaveLength(1);
	});

	it('lets authors edit and delete their own, organizers delete any, and nobody else', async () => {
		const { owner, member, viewer, team, board, cardId } = await boardWithCard();
		const organizer = await addUser(f.db, 'Oscar Organizer');
		const second = await addUser(f.db, 'Sara Second');
		await addMember(f.db, team, organizer, 'organizer');
		await addMember(f.db, team, second, 'member');
		const id = await addComment(f.db, team.slug, member.id, board.id, cardId, 'First');
		await expectRefusal(editComment(f.db, team.slug, second.id, board.id, cardId, id, 'Forged'), 403, 'forbidden');
		await expectRefusal(editComment(f.db, team.slug, owner.id, board.id, cardId, id, 'Forged'), 403, 'forbidden');
		await expectRefusal(deleteComment(f.db, team.slug, second.id, board.id, cardId, id), 403, 'forbidden');
		await expectRefusal(deleteComment(f.db, team.slug, viewer.id, board.id, cardId, id), 403, 'forbidden');
		await expectRefusal(editComment(f.db, team.slug, member.id, board.id, cardId, 'nope', 'x'), 404, 'comment_not_found');
		expect((await commentRows())[0].body).toBe('First');

		await editComment(f.db, team.slug, member.id, board.id, cardId, id, 'First, corrected');
		const [edited] = (await cardActivity(f.db, team.slug, second.id, board.id, cardId)).comments;
		expect(edited).toMatchObject({ body: 'First, corrected', mine: false, canDelete: false });
		expect(edited.editedAt).not.toBeNull();

		const other = await addComment(f.db, team.slug, second.id, board.id, cardId, 'Second');
		expect(await countOn(board.id, cardId)).toBe(2);
		expect((await cardActivity(f.db, team.slug, organizer.id, board.id, cardId)).comments.map((c) => c.canDelete)).toEqual([true, true]);
		await deleteComment(f.db, team.slug, organizer.id, board.id, cardId, other);
		await deleteComment(f.db, team.slug, member.id, board.id, cardId, id);
		expect(await commentRows()).toEqual([]);
		expect(await countOn(board.id, cardId)).toBe(0);
	});

	it('shows viewers the comments and history without the controls', async () => {
		const { member, viewer, team, board, cardId } = await boardWithCard();
		await addComment(f.db, team.slug, member.id, board.id, cardId, 'Hello');
		await f.db.insertInto('card_event').values({ board_id: board.id, card_id: cardId, user_id: member.id, kind: 'moved', detail: '{"from":"a","to":"b"}', created_at: Date.now() }).execute();
		await f.db.insertInto('card_event').values({ board_id: board.id, card_id: cardId, user_id: null, kind: 'title', detail: 'not json', created_at: Date.now() }).execute();
		const activity = await cardActivity(f.db, team.slug, viewer.id, board.id, cardId);
		expect(activity.comments.map((c) => [c.body, c.mine, c.canDelete])).toEqual([['Hello', false, false]]);
		expect(activity.history.map((h) => [h.kind, h.userName, h.detail])).toEqual([
			['title', null, {}],
			['moved', 'Mateo Member', { from: 'a', to: 'b' }]
		]);
	});

	it('refuses comments on an archived board', async () => {
		const { owner, member, team, board, cardId } = await boardWithCard();
		await f.db.updateTable('document').set({ archived_at: Date.now() }).where('id', '=', board.id).execute();
		await expectRefusal(addComment(f.db, team.slug, member.id, board.id, cardId, 'Hi'), 403, 'board_archived');
		await expectRefusal(addComment(f.db, team.slug, owner.id, board.id, cardId, 'Hi'), 403, 'board_archived');
		expect(await commentRows()).toEqual([]);
	});
});
