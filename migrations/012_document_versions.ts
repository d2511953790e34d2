import type { Kysely } from 'kysely';

/**
 * Versions of a rich-text document: automatic checkpoints while people edit and versions someone
 * named ("sent to the clerk"). Each keeps the full Yjs state and its ProseMirror JSON, so a version
 * can be read, compared and restored without the document keeping its history (gc stays on).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('document_version')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		// Null for an automatic checkpoint.
		.addColumn('name', 'text')
		.addColumn('state', 'blob', (c) => c.notNull())
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('words', 'integer', (c) => c.notNull())
		// The update-log id the version was taken at (0 when not known).
		.addColumn('through_id', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('document_version_document').on('document_version').columns(['document_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('document_version').execute();
}
