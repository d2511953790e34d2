import { afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/lib/server/app';
import type { DB } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { SqliteDocumentStore } from '../../src/lib/server/document-store';
import { PostgresDocumentStore } from '../../src/lib/server/document-store-postgres';
import { openContext, removeDir, tempDataDir, world } from '../collab/helpers';
import { documentStoreContract, type StoreBackend } from './document-store-contract';
import { createDatabase, postgresForSuite } from './postgres-server';

const dirs: string[] = [];
const open: AppContext[] = [];

afterAll(async () => {
	for (const context of open.splice(0)) await context.db.destroy();
	for (const dir of dirs) removeDir(dir);
});

async function writeLease(db: DB, documentId: string, holder: string, expiresAt: number): Promise<void> {
	await db
		.insertInto('document_compaction_lease')
		.values({ document_id: documentId, holder, expires_at: expiresAt })
		.onConflict((oc) => oc.column('document_id').doUpdateSet({ holder, expires_at: expiresAt }))
		.execute();
}

/** A SQLite file in a temp folder; each store gets its own connection, as each process would. */
function sqlite(): StoreBackend {
	const dir = tempDataDir();
	dirs.push(dir);
	let contexts: AppContext[] = [];
	const connect = async () => {
		const context = await openContext(dir);
		contexts.push(context);
		open.push(context);
		return context;
	};
	const first = async () => contexts[0] ?? (await connect());
	return {
		async store(options = {}) {
			return new SqliteDocumentStore((await connect()).db, options.leaseMs);
		},
		async document() {
			return (await world(await first())).document.id;
		},
		async lease(documentId, holder, expiresAt) {
			await writeLease((await first()).db, documentId, holder, expiresAt);
		},
		async reopen() {
			for (const context of contexts) {
				open.splice(open.indexOf(context), 1);
				await context.db.destroy();
			}
			contexts = [];
		}
	};
}

documentStoreContract('SQLite', sqlite);

// PostgreSQL: the server at POSTGRES_URL, or one of the suite's own when Debian's is installed.
const server = postgresForSuite();
if (server) {
	const pools: DB[] = [];

	afterAll(async () => {
		for (const db of pools.splice(0)) await db.destroy();
		await server.stop();
	});

	/** A database of its own on the server, migrated as the app would migrate it; a pool per store. */
	const postgres = (): StoreBackend => {
		let created: Promise<string> | null = null;
		let mine: DB[] = [];
		const url = () =>
			(created ??= (async () => {
				const url = await createDatabase(await server.url());
				const db = openPostgres(url, { max: 2 });
				await migrateToLatest(db);
				await db.destroy();
				return url;
			})());
		const connect = async () => {
			const db = openPostgres(await url(), { max: 4 });
			mine.push(db);
			pools.push(db);
			return db;
		};
		const first = async () => mine[0] ?? (await connect());
		return {
			async store(options = {}) {
				return new PostgresDocumentStore(await connect(), options.leaseMs);
			},
			async document() {
				const id = randomUUID();
				const now = Date.now();
				await (await first()).insertInto('document').values({ id, team_id: null, title: 'Contract', created_at: now, updated_at: now }).execute();
				return id;
			},
			async lease(documentId, holder, expiresAt) {
				await writeLease(await first(), documentId, holder, expiresAt);
			},
			async reopen() {
				for (const db of mine) {
					pools.splice(pools.indexOf(db), 1);
					await db.destroy();
				}
				mine = [];
			}
		};
	};

	documentStoreContract('PostgreSQL', postgres);
}
