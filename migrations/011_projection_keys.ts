import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../src/lib/server/db/postgres';

/**
 * What the card projection keeps beside its rows.
 *
 * My tasks reads a person's open cards soonest first from card_assignee alone: each assignment row
 * carries whether its card is open and its card's due key, kept by the card projection, so one
 * index range gives the first page without joining and sorting every card assigned to them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('card_assignee').addColumn('open', 'integer', (c) => c.notNull().defaultTo(1)).execute();
	// The card's due day (YYYY-MM-DD), or its time as an ISO string in UTC, or '~' for no date (sorts last).
	await db.schema.alterTable('card_assignee').addColumn('due_key', 'text', (c) => c.notNull().defaultTo('~')).execute();
	// Fills the new keys of existing rows; a PostgreSQL database starts empty (this is SQLite's words).
	if (!isPostgres(db)) await sql`
		UPDATE card_assignee SET
			open = (SELECT CASE WHEN c.done = 0 AND c.archived = 0 THEN 1 ELSE 0 END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id),
			due_key = (SELECT CASE
				WHEN c.due_at IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', c.due_at / 1000.0, 'unixepoch')
				WHEN c.due_date IS NOT NULL THEN c.due_date
				ELSE '~' END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
		WHERE EXISTS (SELECT 1 FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
	`.execute(db);
	await db.schema.createIndex('card_assignee_open').on('card_assignee').columns(['user_id', 'open', 'due_key', 'assigned_at']).execute();
	// The state vector of the document the rows were projected from: the room's document may hold an
	// update not yet committed, and a board loaded without it (a crash in between) is projected again.
	await db.schema.alterTable('board_projection').addColumn('state_vector', 'blob').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('board_projection').dropColumn('state_vector').execute();
	await db.schema.dropIndex('card_assignee_open').execute();
	await db.schema.alterTable('card_assignee').dropColumn('due_key').execute();
	await db.schema.alterTable('card_assignee').dropColumn('open').execute();
}
