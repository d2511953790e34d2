import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/lib/server/db/index';

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
});
