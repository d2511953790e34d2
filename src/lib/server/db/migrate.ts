import { Migrator, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { DB } from './index';
import { isPostgres, PostgresSchemaPlugin } from './postgres';

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: DB): Promise<MigrationResultSet> {
	const migrator = new Migrator({
		db: isPostgres(db) ? db.withPlugin(new PostgresSchemaPlugin()) : db,
		provider: { getMigrations: async () => migrations }
	});
	const result = await migrator.migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error');
		throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, {
			cause: result.error
		});
	}
	return result;
}
