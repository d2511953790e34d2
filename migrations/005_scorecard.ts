import { sql, type Kysely } from 'kysely';

/** The scorecard (where each target stands on each rule, with every change kept) and the tactics log. */
export async function up(db: Kysely<unknown>): Promise<void> {
	// Whom a team is trying to move: the sheriff, the police chief, the council...
	await db.schema
		.createTable('target')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addCheckConstraint('target_kind', sql`kind in ('sheriff','police','council','executive','other')`)
		.execute();
	await db.schema.createIndex('target_team').on('target').column('team_id').execute();

	// The current stance of a target on a rule; its history is in scorecard_change.
	await db.schema
		.createTable('scorecard_entry')
		.addColumn('target_id', 'text', (c) => c.notNull().references('target.id').onDelete('cascade'))
		.addColumn('rule_key', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('source_url', 'text')
		.addColumn('as_of', 'text')
		.addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('scorecard_entry_pk', ['target_id', 'rule_key'])
		.addCheckConstraint('scorecard_entry_status', sql`status in ('yes','no','mixed','unknown')`)
		.execute();

	// Every change ever made to an entry, for the record.
	await db.schema
		.createTable('scorecard_change')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('target_id', 'text', (c) => c.notNull().references('target.id').onDelete('cascade'))
		.addColumn('rule_key', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('source_url', 'text')
		.addColumn('as_of', 'text')
		.addColumn('changed_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('changed_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('scorecard_change_cell').on('scorecard_change').columns(['target_id', 'rule_key', 'id']).execute();

	// What the team did (a meeting, a petition, testimony...) and what came of it.
	await db.schema
		.createTable('tactic')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('date', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('target_id', 'text', (c) => c.references('target.id').onDelete('set null'))
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text')
		.addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addCheckConstraint('tactic_kind', sql`kind in ('meeting','petition','letter','town_hall','testimony','press','other')`)
		.execute();
	await db.schema.createIndex('tactic_team_date').on('tactic').columns(['team_id', 'date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['tactic', 'scorecard_change', 'scorecard_entry', 'target']) {
		await db.schema.dropTable(table).execute();
	}
}
