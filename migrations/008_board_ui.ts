import type { Kysely } from 'kysely';

/** Each team's first board, made once: the primary key decides when two requests race to make it. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('campaign_board')
		.addColumn('team_id', 'text', (c) => c.primaryKey().references('team.id').onDelete('cascade'))
		.addColumn('document_id', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('campaign_board').execute();
}
