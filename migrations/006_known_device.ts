import type { Kysely } from 'kysely';

/** Browsers that have signed in to an account before, so guessing its password cannot lock its owner out. */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('known_device')
		// sha256 of the device cookie's token, hex; one browser's token can be known to several accounts.
		.addColumn('id', 'text', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('last_used_at', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('known_device_pk', ['id', 'user_id'])
		.execute();
	await db.schema.createIndex('known_device_user').on('known_device').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('known_device').execute();
}
