import type { Kysely } from 'kysely';

/**
 * Council and board hearings a team prepares for, the testimony written for them (a live
 * rich-text document of kind 'testimony' with its speaker's settings here), and the card set a
 * hearing put on a board, claimed once per hearing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('hearing')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		// council, supervisors, commissioners or other; body_name names it (required for other).
		.addColumn('body_kind', 'text', (c) => c.notNull())
		.addColumn('body_name', 'text')
		// Unix ms (UTC) of the hearing's start, and the IANA zone its times are given in.
		.addColumn('starts_at', 'integer', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('place', 'text')
		.addColumn('online_url', 'text')
		.addColumn('agenda_item', 'text')
		.addColumn('agenda_url', 'text')
		.addColumn('signup_deadline', 'integer')
		.addColumn('written_deadline', 'integer')
		.addColumn('speaking_limit_seconds', 'integer')
		.addColumn('character_cap', 'integer')
		// JSON array of accepted formats: pdf, word, printed, web_form.
		.addColumn('formats', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('printed_copies', 'integer')
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('hearing_team').on('hearing').columns(['team_id', 'starts_at']).execute();

	await db.schema
		.createTable('testimony')
		.addColumn('document_id', 'text', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		// Null until the testimony is tied to a hearing (or when its hearing was deleted).
		.addColumn('hearing_id', 'text', (c) => c.references('hearing.id').onDelete('set null'))
		.addColumn('template', 'text')
		.addColumn('speaker_name', 'text')
		.addColumn('words_per_minute', 'integer', (c) => c.notNull().defaultTo(140))
		.addColumn('interpreter', 'integer', (c) => c.notNull().defaultTo(0))
		// A speaking time the speaker set by hand, in seconds; null to estimate it from the words.
		.addColumn('speaking_seconds', 'integer')
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('testimony_hearing').on('testimony').columns(['team_id', 'hearing_id']).execute();

	// The "Prepare for" card set of a hearing: the primary key makes it once, even under a race.
	await db.schema
		.createTable('hearing_prep')
		.addColumn('hearing_id', 'text', (c) => c.primaryKey().references('hearing.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		// JSON array of the card ids made.
		.addColumn('card_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['hearing_prep', 'testimony', 'hearing']) await db.schema.dropTable(table).execute();
}
