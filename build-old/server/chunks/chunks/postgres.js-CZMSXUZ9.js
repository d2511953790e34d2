import { Kysely, PostgresDialect, PostgresAdapter, OperationNodeTransformer, DataTypeNode } from 'kysely';
import pg from 'pg';

// src/lib/server/db/postgres.ts
var INT8 = 20;
/**
* The app's database on PostgreSQL through a pool. Timestamps are milliseconds and ids count up
* past 2^31, so integer columns are bigint there; they come back as numbers, as from SQLite.
*/
function openPostgres(connectionString, options = {}) {
	const pool = new pg.Pool({
		connectionString,
		max: options.max ?? 10,
		types: { getTypeParser: (oid, format) => oid === INT8 ? Number : pg.types.getTypeParser(oid, format) }
	});
	return new Kysely({ dialect: new PostgresDialect({ pool }) });
}
/** Whether `db` (the app's, or the one migrations get) speaks to PostgreSQL. */
function isPostgres(db) {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
/** Migrations are written once, in SQLite's words; on PostgreSQL their column types are translated. */
var PostgresColumns = class extends OperationNodeTransformer {
	transformColumnDefinition(node) {
		const column = super.transformColumnDefinition(node);
		if (column.autoIncrement) return {
			...column,
			autoIncrement: void 0,
			dataType: DataTypeNode.create("bigserial")
		};
		return column;
	}
	transformDataType(node) {
		if (node.dataType === "blob") return DataTypeNode.create("bytea");
		if (node.dataType === "integer") return DataTypeNode.create("bigint");
		return node;
	}
};
/** Passed to the migrator on PostgreSQL (only there: app queries need no translation). */
var PostgresSchemaPlugin = class {
	columns = new PostgresColumns();
	transformQuery(args) {
		return this.columns.transformNode(args.node);
	}
	async transformResult(args) {
		return args.result;
	}
};

export { PostgresSchemaPlugin as P, isPostgres as i, openPostgres as o };
//# sourceMappingURL=postgres.js-CZMSXUZ9.js.map
