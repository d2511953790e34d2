import { sql, type Kysely } from 'kysely';

/** Playbook documents (a team's, or the campaign's when team_id is null: the model draft) and the storage of their live Yjs state: a snapshot plus an update log. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('document')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().defaultTo('doc'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.addColumn('archived_at', 'integer')
		.execute();
	await db.schema.createIndex('document_team').on('document').columns(['team_id', 'archived_at']).execute();
	// A team has at most one adapted policy and one talking-points document; the campaign one model draft.
	await sql`create unique index document_single_kind on document (coalesce(team_id, ''), kind) where kind in ('policy', 'talking_points', 'model_draft')`.execute(db);

	// The compacted state of a document; `through_id` is the last log row merged into it.
	await db.schema
		.createTable('document_snapshot')
		.addColumn('document_id', 'text', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('through_id', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.execute();

	// Every accepted Yjs update, appended before it is relayed to anyone.
	await db.schema
		.createTable('document_update')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('document_update_document').on('document_update').columns(['document_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['document_update', 'document_snapshot', 'document']) {
		await db.schema.dropTable(table).execute();
	}
}
