import type { Kysely } from 'kysely';

/**
 * Task boards. A board is a live document of kind 'board' (its cards live in its Yjs state); the
 * tables here are what the server projects from that state after each stored update, so My tasks,
 * filters and the calendar feed are queries, plus what only the server may write: comments with
 * their real authors, the history of who changed what, calendar tokens and assignment emails.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	// How far each board's projection has got: the last update-log id folded into the card rows.
	await db.schema
		.createTable('board_projection')
		.addColumn('document_id', 'text', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
		.addColumn('through_id', 'integer', (c) => c.notNull())
		.addColumn('projected_at', 'integer', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('card')
		.addColumn('id', 'text', (c) => c.notNull())
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		// The column the card shows in: its own, or the board's first when its own was removed (column_missing 1).
		.addColumn('column_id', 'text', (c) => c.notNull())
		.addColumn('column_name', 'text', (c) => c.notNull())
		.addColumn('column_missing', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('position', 'text', (c) => c.notNull())
		// 1 when its column is one of the board's done columns.
		.addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
		// YYYY-MM-DD for a due day without a time; with a time, the UTC day of due_at.
		.addColumn('due_date', 'text')
		// Unix ms when the due date has a time; null for an all-day due date.
		.addColumn('due_at', 'integer')
		.addColumn('checklist_done', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('checklist_total', 'integer', (c) => c.notNull().defaultTo(0))
		// JSON of the card's label ids.
		.addColumn('labels', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('card_pk', ['board_id', 'id'])
		.execute();
	await db.schema.createIndex('card_team').on('card').columns(['team_id', 'done', 'due_date']).execute();

	await db.schema
		.createTable('card_assignee')
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('card_id', 'text', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('assigned_by', 'text')
		.addColumn('assigned_at', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('card_assignee_pk', ['board_id', 'card_id', 'user_id'])
		.execute();
	await db.schema.createIndex('card_assignee_user').on('card_assignee').columns(['user_id', 'team_id']).execute();

	// Who changed what on a card, attributed from the connection whose update made the change.
	await db.schema
		.createTable('card_event')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('card_id', 'text', (c) => c.notNull())
		// Null for changes the server made (a rebuilt projection, a move from My tasks is attributed to its person).
		.addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('kind', 'text', (c) => c.notNull())
		// JSON with what changed (from and to), by kind.
		.addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('card_event_card').on('card_event').columns(['board_id', 'card_id', 'id']).execute();

	// Comments live here, not in the board's Yjs state, so nobody can write one in another's name.
	await db.schema
		.createTable('card_comment')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('card_id', 'text', (c) => c.notNull())
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('edited_at', 'integer')
		.execute();
	await db.schema.createIndex('card_comment_card').on('card_comment').columns(['board_id', 'card_id', 'created_at']).execute();

	// A private calendar feed per person: only the sha256 of its token is kept.
	await db.schema
		.createTable('calendar_token')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().unique().references('user.id').onDelete('cascade'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.execute();

	// Assignments waiting to be emailed, sent in one message per person once a few minutes pass.
	await db.schema
		.createTable('assignment_notice')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('card_id', 'text', (c) => c.notNull())
		.addColumn('assigned_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'integer')
		.execute();
	await db.schema.createIndex('assignment_notice_due').on('assignment_notice').columns(['sent_at', 'user_id']).execute();

	await db.schema
		.alterTable('user')
		.addColumn('assignment_email', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('user').dropColumn('assignment_email').execute();
	for (const table of ['assignment_notice', 'calendar_token', 'card_comment', 'card_event', 'card_assignee', 'card', 'board_projection']) {
		await db.schema.dropTable(table).execute();
	}
}
