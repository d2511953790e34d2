import type { Kysely } from 'kysely';
import { FIRST_VERSION } from '../src/lib/policy/first-version';

/** Published versions of the model policy; a new instance ships with the first one. */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('model_version')
		.addColumn('version', 'integer', (c) => c.primaryKey())
		.addColumn('notes', 'text', (c) => c.notNull())
		.addColumn('rules', 'text', (c) => c.notNull())
		.addColumn('published_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('published_at', 'integer', (c) => c.notNull())
		.execute();
	await db
		.insertInto('model_version')
		.values({ version: FIRST_VERSION.version, notes: FIRST_VERSION.notes, rules: JSON.stringify(FIRST_VERSION.rules), published_by: null, published_at: Date.now() })
		.execute();

	// A team's adaptation of the model: its live document and the version it is based on.
	await db.schema
		.createTable('adaptation')
		.addColumn('team_id', 'text', (c) => c.primaryKey().references('team.id').onDelete('cascade'))
		.addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
		.addColumn('base_version', 'integer', (c) => c.notNull().references('model_version.version'))
		.addColumn('slot_values', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'integer', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('adaptation').execute();
	await db.schema.dropTable('model_version').execute();
}
