import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import { newId } from '$lib/server/refusal';
import { taskKeys } from '$lib/server/card-projection';

/**
 * Board rows as the projection leaves them (the contract with the board server): a document of
 * kind 'board', its card rows, card_assignee rows and assignment_notice rows.
 */
export async function addBoard(db: DB, team: Team, title = 'Campaign'): Promise<{ id: string; team: Team; title: string }> {
	const id = newId();
	const now = Date.now();
	await db.insertInto('document').values({ id, team_id: team.id, kind: 'board', title, created_by: null, created_at: now, updated_at: now, archived_at: null }).execute();
	return { id, team, title };
}

export interface CardInput {
	title?: string;
	dueDate?: string | null;
	dueAt?: number | null;
	done?: boolean;
	archived?: boolean;
}

export async function addCard(db: DB, board: { id: string; team: Team }, input: CardInput = {}): Promise<{ boardId: string; id: string; teamId: string }> {
	const id = newId().slice(0, 12);
	const now = Date.now();
	await db
		.insertInto('card')
		.values({
			id,
			board_id: board.id,
			team_id: board.team.id,
			title: input.title ?? 'Book the library room',
			column_id: 'todo',
			column_name: 'To do',
			position: 'a0',
			done: input.done ? 1 : 0,
			archived: input.archived ? 1 : 0,
			due_date: input.dueDate ?? null,
			due_at: input.dueAt ?? null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return { boardId: board.id, id, teamId: board.team.id };
}

export async function assign(db: DB, card: { boardId: string; id: string; teamId: string }, user: User, by: User | null = null, at = Date.now()): Promise<void> {
	// As the projection writes it: the assignment row carries its card's open flag and due key.
	const row = await db.selectFrom('card').select(['done', 'archived', 'due_date', 'due_at']).where('board_id', '=', card.boardId).where('id', '=', card.id).executeTakeFirstOrThrow();
	await db
		.insertInto('card_assignee')
		.values({ board_id: card.boardId, card_id: card.id, user_id: user.id, team_id: card.teamId, assigned_by: by?.id ?? null, assigned_at: at, ...taskKeys(row) })
		.execute();
}

/** What the projection writes when someone assigns a card to another person. */
export async function notice(db: DB, card: { boardId: string; id: string }, user: User, by: User | null, at: number): Promise<number> {
	const row = await db
		.insertInto('assignment_notice')
		.values({ user_id: user.id, board_id: card.boardId, card_id: card.id, assigned_by: by?.id ?? null, created_at: at, sent_at: null })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The DTSTART lines of an ICS text, by event summary. */
export function starts(ics: string): Map<string, string> {
	const out = new Map<string, string>();
	const unfolded = ics.replace(/\r\n[ \t]/g, '');
	for (const event of unfolded.split('BEGIN:VEVENT').slice(1)) {
		const summary = /^SUMMARY:(.*)$/m.exec(event)?.[1]?.trim() ?? '';
		const start = /^(DTSTART[^\r\n]*)$/m.exec(event)?.[1]?.trim() ?? '';
		out.set(summary, start);
	}
	return out;
}

export function eventsOf(ics: string): string[] {
	return ics.replace(/\r\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1);
}
