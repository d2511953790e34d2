/**
 * `npm run test:postgres`: the domain suites again, each test on a fresh database of a PostgreSQL
 * server this script starts (Debian's binaries, loopback, a temp folder) and stops; or on the
 * server at POSTGRES_URL when it is set. SQLite runs of the same suites are `npm run test:unit`.
 */
import { spawnSync } from 'node:child_process';
import { startPostgres } from './postgres-server';

// Accounts, teams, sessions, policy, scorecard, boards, comments, hearings, testimony, suggestions
// and reviewers. Not yet:
// tests/calendar (PostgreSQL text refuses the NUL byte a feed test stores; a mail test opens the
// SQLite file itself).
const SUITES = ['tests/foundation', 'tests/policy', 'tests/scorecard', 'tests/boards', 'tests/comments', 'tests/hearings', 'tests/testimony', 'tests/suggestions', 'tests/newcomer'];

const server = process.env.POSTGRES_URL ? null : await startPostgres();
let status = 1;
try {
	const run = spawnSync('npx', ['vitest', 'run', ...SUITES, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, POSTGRES_URL: process.env.POSTGRES_URL ?? server!.url }
	});
	status = run.status ?? 1;
} finally {
	server?.stop();
}
process.exit(status);
