import pg from 'pg';
import {
	Kysely,
	OperationNodeTransformer,
	PostgresAdapter,
	PostgresDialect,
	DataTypeNode,
	type ColumnDefinitionNode,
	type KyselyPlugin,
	type PluginTransformQueryArgs,
	type PluginTransformResultArgs,
	type QueryResult,
	type RootOperationNode,
	type UnknownRow
} from 'kysely';
import type { Database } from './schema';
import type { DB } from './index';

const INT8 = 20;

/**
 * The app's database on PostgreSQL through a pool. Timestamps are milliseconds and ids count up
 * past 2^31, so integer columns are bigint there; they come back as numbers, as from SQLite.
 */
export function openPostgres(connectionString: string, options: { max?: number } = {}): DB {
	const pool = new pg.Pool({
		connectionString,
		max: options.max ?? 10,
		types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) }
	});
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Whether `db` (the app's, or the one migrations get) speaks to PostgreSQL. */
export function isPostgres(db: { getExecutor(): { readonly adapter: unknown } }): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Migrations are written once, in SQLite's words; on PostgreSQL their column types are translated. */
class PostgresColumns extends OperationNodeTransformer {
	protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
		const column = super.transformColumnDefinition(node);
		// SQLite's `integer primary key autoincrement`: an identity that never reuses an id.
		if (column.autoIncrement) return { ...column, autoIncrement: undefined, dataType: DataTypeNode.create('bigserial') };
		return column;
	}

	protected override transformDataType(node: DataTypeNode): DataTypeNode {
		if (node.dataType === 'blob') return DataTypeNode.create('bytea');
		if (node.dataType === 'integer') return DataTypeNode.create('bigint');
		return node;
	}
}

/** Passed to the migrator on PostgreSQL (only there: app queries need no translation). */
export class PostgresSchemaPlugin implements KyselyPlugin {
	private readonly columns = new PostgresColumns();

	transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
		return this.columns.transformNode(args.node);
	}

	async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
		return args.result;
	}
}
