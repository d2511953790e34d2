import type { Kysely } from 'kysely';

/**
 * Who may compact a document's update log right now. Several processes can write one document;
 * only the holder of its lease folds the log into the snapshot, and a lease that has expired (its
 * holder died mid-compaction) can be taken by anyone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('document_compaction_lease')
		.addColumn('document_id', 'text', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
		.addColumn('holder', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'integer', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('document_compaction_lease').execute();
}
