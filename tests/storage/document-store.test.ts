import { afterAll } from 'vitest';
import type { AppContext } from '../../src/lib/server/app';
import { SqliteDocumentStore } from '../../src/lib/server/document-store';
import { openContext, removeDir, tempDataDir, world } from '../collab/helpers';
import { documentStoreContract, type StoreBackend } from './document-store-contract';

const dirs: string[] = [];
const open: AppContext[] = [];

afterAll(async () => {
	for (const context of open.splice(0)) await context.db.destroy();
	for (const dir of dirs) removeDir(dir);
});

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
	return {
		async store(options = {}) {
			return new SqliteDocumentStore((await connect()).db, options.leaseMs);
		},
		async document() {
			return (await world(contexts[0] ?? (await connect()))).document.id;
		},
		async lease(documentId, holder, expiresAt) {
			const db = (contexts[0] ?? (await connect())).db;
			await db
				.insertInto('document_compaction_lease')
				.values({ document_id: documentId, holder, expires_at: expiresAt })
				.onConflict((oc) => oc.column('document_id').doUpdateSet({ holder, expires_at: expiresAt }))
				.execute();
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
