import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../collab/fixtures/spawn';

/** A PostgreSQL server of the tests' own: Debian's binaries, a temp data folder, loopback only. */
export interface TestPostgres {
	url: string;
	stop(): void;
}

/** Debian's newest installed PostgreSQL, or null when none is installed. */
export function postgresBin(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

/**
 * initdb refuses to run as root (CI runs as root): then the server runs as Debian's `postgres`
 * user (or `nobody`), which must own its folder.
 */
function runAs(): { user: string; uid: number; gid: number } | null {
	if (userInfo().uid !== 0) return null;
	for (const user of ['postgres', 'nobody']) {
		const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
		const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
		if (id.status === 0) return { user, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
	}
	throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
}

/**
 * A PostgreSQL server of its own in a temporary directory. By default fsync is off: a test
 * server's data need not survive a power cut, and it is much faster. A benchmark that compares
 * it with SQLite asks for `likeSqlite`: fsync on, commits not waited for, which is what our
 * SQLite's WAL with synchronous = NORMAL promises (a power cut may lose the last moments, never
 * corrupt).
 */
export async function startPostgres(options: { likeSqlite?: boolean } = {}): Promise<TestPostgres> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
	const dir = mkdtempSync(join(tmpdir(), 'playbook-pg-'));
	const as = runAs();
	if (as) chownSync(dir, as.uid, as.gid);
	const run = (tool: string, args: string[]) => {
		const command = as ? ['runuser', ['-u', as.user, '--', join(bin, tool), ...args]] as const : [join(bin, tool), args] as const;
		execFileSync(command[0], [...command[1]], { stdio: 'pipe', cwd: dir });
	};
	const data = join(dir, 'data');
	run('initdb', ['-D', data, '-U', 'playbook', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
	const port = await freePort();
	const durability = options.likeSqlite ? ' -c synchronous_commit=off' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
	run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${durability}`, '-l', join(dir, 'server.log'), '-w', 'start']);
	let stopped = false;
	return {
		url: `postgres://playbook@127.0.0.1:${port}/postgres`,
		stop() {
			if (stopped) return;
			stopped = true;
			try {
				run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

/** A new, empty database on the server at `url`; returns its URL. */
export async function createDatabase(url: string): Promise<string> {
	const { default: pg } = await import('pg');
	const name = `t_${randomUUID().replace(/-/g, '_')}`;
	const admin = new pg.Client(url);
	await admin.connect();
	try {
		await admin.query(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const target = new URL(url);
	target.pathname = `/${name}`;
	return target.toString();
}

/**
 * The PostgreSQL a suite runs against: POSTGRES_URL's, or one of its own when Debian's is
 * installed; null when neither (the suite then runs on SQLite only).
 */
export function postgresForSuite(): { url(): Promise<string>; stop(): Promise<void> } | null {
	const given = process.env.POSTGRES_URL;
	if (!given && !postgresBin()) return null;
	let server: Promise<TestPostgres> | null = null;
	return {
		async url() {
			if (given) return given;
			server ??= startPostgres();
			return (await server).url;
		},
		async stop() {
			if (server) (await server).stop();
		}
	};
}
