import type { DB } from '../src/lib/server/db/index';

/** The demo's scorecard in progress; filled in once the scorecard exists. */
export async function seedScorecard(_db: DB, _slug: string, _userId: string): Promise<void> {}
