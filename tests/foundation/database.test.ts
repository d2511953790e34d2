import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { openDatabase, sqliteConnection } from '../../src/lib/server/db/index';
import { checkpointInBackground } from '../../src/lib/server/db/checkpoints';

describe('the database connection', () => {
	const dir = mkdtempSync(join(tmpdir(), 'playbook-db-'));
	const db = openDatabase(join(dir, 'test.sqlite'));

	afterAll(async () => {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('reuses prepared statements and keeps answering right past the cache size, for reads and writes', async () => {
		await sql`CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)`.execute(db);
		// More distinct statements than the cache holds, each run twice, interleaved with a repeated one.
		for (let i = 0; i < 1_200; i++) {
			await sql`INSERT INTO note (id, body) VALUES (${i}, ${`rule ${i}`})`.execute(db);
			const distinct = await sql<{ body: string }>`SELECT body FROM note WHERE id = ${i} AND ${i} = ${i}`.execute(db);
			expect(distinct.rows[0].body).toBe(`rule ${i}`);
			const again = await sql.raw<{ n: number }>(`SELECT count(*) AS n FROM note WHERE id <= ${i % 700}`).execute(db);
			expect(again.rows[0].n).toBe(Math.min(i, i % 700) + 1);
		}
		const total = await sql<{ n: number }>`SELECT count(*) AS n FROM note`.execute(db);
		expect(total.rows[0].n).toBe(1_200);
		const updated = await sql`UPDATE note SET body = 'rule' WHERE id < 10`.execute(db);
		expect(Number(updated.numAffectedRows)).toBe(10);
	});

	it('a transaction that reads then writes is not broken by another process writing meanwhile', async () => {
		await sql`CREATE TABLE tally (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`.execute(db);
		await sql`INSERT INTO tally (id, n) VALUES (1, 0)`.execute(db);
		const file = join(dir, 'test.sqlite');
		let other: Promise<{ code: number | null; output: string }> | null = null;
		let otherTrying!: Promise<void>;

		await db.transaction().execute(async (trx) => {
			const { rows } = await sql<{ n: number }>`SELECT n FROM tally WHERE id = 1`.execute(trx);
			// Another process (a seed script, say) writes while this transaction is between its read and its write.
			const script = `const db = require('better-sqlite3')(${JSON.stringify(file)}); db.pragma('busy_timeout = 5000'); process.stdout.write('trying\\n'); db.prepare('UPDATE tally SET n = n + 10 WHERE id = 1').run(); process.stdout.write('written\\n');`;
			const child = spawn(process.execPath, ['-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
			let output = '';
			otherTrying = new Promise((resolve) => child.stdout.on('data', (d: Buffer) => ((output += d.toString()), output.includes('trying') && resolve())));
			child.stderr.on('data', (d: Buffer) => (output += d.toString()));
			other = new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
			await otherTrying;
			await new Promise((r) => setTimeout(r, 150));
			await sql`UPDATE tally SET n = ${rows[0].n + 1} WHERE id = 1`.execute(trx);
		});

		const result = await other!;
		expect(result.output).toContain('written');
		expect(result.code).toBe(0);
		const { rows } = await sql<{ n: number }>`SELECT n FROM tally WHERE id = 1`.execute(db);
		expect(rows[0].n).toBe(11);
	});
});

describe('checkpoints in a worker thread', () => {
	const dir = mkdtempSync(join(tmpdir(), 'playbook-checkpoint-'));

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	async function until(check: () => boolean, what: string): Promise<void> {
		const deadline = Date.now() + 10_000;
		while (!check()) {
			if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
			await new Promise((r) => setTimeout(r, 25));
		}
	}

	it('fold the log into the database file while commits leave it alone, and closing leaves no log behind', async () => {
		const file = join(dir, 'worker.sqlite');
		const errors: Error[] = [];
		const db = openDatabase(file, { backgroundCheckpoints: { onError: (error) => errors.push(error) } });
		const sqlite = sqliteConnection(db)!;
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
		await sql`CREATE TABLE edit (id INTEGER PRIMARY KEY, body BLOB NOT NULL)`.execute(db);
		const before = statSync(file).size;
		// About 8 MB in small commits: 2,000 log pages, more than a commit would let pass by default,
		// fewer than the net at which commits checkpoint themselves.
		const insert = sqlite.prepare('INSERT INTO edit (body) VALUES (?)');
		for (let i = 0; i < 2_000; i++) insert.run(Buffer.alloc(4_000, i % 251));
		await until(() => statSync(file).size - before >= 2_000 * 4_000, 'the rows are in the database file');
		expect(errors).toEqual([]);
		const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM edit`.execute(db);
		expect(rows[0].n).toBe(2_000);
		await db.destroy();
		expect(existsSync(`${file}-wal`)).toBe(false);
		const reopened = new SQLite(file, { readonly: true });
		expect(reopened.prepare('SELECT count(*) AS n FROM edit').get()).toEqual({ n: 2_000 });
		reopened.close();
	});

	it('hand checkpoints back to commits when the worker fails', async () => {
		const file = join(dir, 'broken.sqlite');
		const sqlite = new SQLite(file);
		sqlite.pragma('journal_mode = WAL');
		const errors: Error[] = [];
		const checkpointer = checkpointInBackground(sqlite, file, { driver: join(dir, 'no-such-driver.js'), onError: (error) => errors.push(error) });
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
		await until(() => errors.length > 0, 'the worker reports its failure');
		expect(errors[0].message).toMatch(/no-such-driver/);
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
		await checkpointer.stop();
		sqlite.close();
	});
});
