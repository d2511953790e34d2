import type { Kysely } from 'kysely';

/**
 * Comment threads on rich-text documents. The document holds only each thread's anchor (a mark
 * with its id); the thread, its comments and their authors are kept here, where nobody can forge them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('doc_comment_thread')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		// The words the thread was opened on, shown once they are removed from the text.
		.addColumn('quote', 'text', (c) => c.notNull())
		.addColumn('resolved_at', 'integer')
		.addColumn('resolved_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		// Counts every change, published in the document so open pages fetch the thread again.
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema.createIndex('doc_comment_thread_document').on('doc_comment_thread').columns(['document_id', 'created_at']).execute();

	await db.schema
		.createTable('doc_comment')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('thread_id', 'text', (c) => c.notNull().references('doc_comment_thread.id').onDelete('cascade'))
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		// Breaks ties between comments made in the same millisecond, so replies keep their order.
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('edited_at', 'integer')
		.execute();
	await db.schema.createIndex('doc_comment_thread_order').on('doc_comment').columns(['thread_id', 'seq']).execute();
	await db.schema.createIndex('doc_comment_document').on('doc_comment').columns(['document_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('doc_comment').execute();
	await db.schema.dropTable('doc_comment_thread').execute();
}
