import type { Kysely } from 'kysely';

/**
 * A document shared with one person for review (a national staff lawyer reading a team's
 * testimony): they comment and suggest, and change nothing else. Whoever shared it is kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('document_share')
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('shared_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('document_share_pk', ['document_id', 'user_id'])
		.execute();
	await db.schema.createIndex('document_share_user').on('document_share').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('document_share').execute();
}
