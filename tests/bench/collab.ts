/**
 * `npm run bench:collab`: the same load against this engine, the y-websocket reference server
 * (@y/websocket-server 0.1.1 + y-leveldb) and Hocuspocus 3 (+ its SQLite extension). Each server
 * runs alone in a child process on 127.0.0.1; this process generates the load.
 * Writers replay real keystrokes from josephg/editing-traces (Joseph Gentle, CC BY 4.0).
 * Prints a table and writes JSON to tests/bench/results/. Never asserts: numbers are for reading.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import SQLite from 'better-sqlite3';
import { readTrace, TRACE_CREDIT, type SequentialTrace, type Patch } from '../collab/trace';
import { bundleNodeEntry, freePort } from '../collab/fixtures/spawn';
import { processCpu } from './proc';

/**
 * Each server gets CPU 1 and the load generator CPU 0, so the two do not take turns on one core
 * for long stretches. Needs taskset (util-linux) and 2 CPUs; BENCH_PIN=0 turns it off.
 */
const PIN = process.env.BENCH_PIN !== '0' && cpus().length >= 2 && canPin();

function canPin(): boolean {
	try {
		execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(root, 'tests/bench/results');
const CACHE = join(RESULTS, 'cache');
const KINDS = ['playbook', 'reference', 'hocuspocus'] as const;
type Kind = (typeof KINDS)[number];
const LABEL: Record<Kind, string> = { playbook: 'playbook', reference: '@y/websocket-server 0.1.1', hocuspocus: '@hocuspocus/server 3.4.4' };

const SINGLE = { writers: 50, viewers: 200, ratePerSec: 2, warmupMs: 3_000, measureMs: 10_000 };
const MANY = { docs: 1_000, viewersPerDoc: 2, ratePerSec: 1, warmupMs: 2_000, measureMs: 10_000 };
const LOAD_REPS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Documents built from the trace

const paperTrace = readTrace<SequentialTrace>('automerge-paper');
const keystrokes: Patch[][] = paperTrace.txns.map((t) => t.patches);

function applyPatches(text: Y.Text, patches: Patch[], offset = 0): void {
	for (const [pos, del, ins] of patches) {
		if (del) text.delete(pos + offset, del);
		if (ins) text.insert(pos + offset, ins);
	}
}

/** The state the whole automerge-paper trace builds, and one of >= 1 MB (the trace typed again and again). */
function storedStates(): { paper: Uint8Array; mega: Uint8Array } {
	mkdirSync(CACHE, { recursive: true });
	const paperFile = join(CACHE, 'paper.ystate');
	const megaFile = join(CACHE, 'mega.ystate');
	if (existsSync(paperFile) && existsSync(megaFile)) return { paper: readFileSync(paperFile), mega: readFileSync(megaFile) };
	console.log('building documents from the trace (cached afterwards)...');
	const doc = new Y.Doc();
	const text = doc.getText('body');
	let paper: Uint8Array | null = null;
	let state: Uint8Array = new Uint8Array();
	while (state.length < 1024 * 1024) {
		const offset = text.length;
		for (const patches of keystrokes) doc.transact(() => applyPatches(text, patches, offset));
		state = Y.encodeStateAsUpdate(doc);
		paper ??= state;
	}
	writeFileSync(paperFile, paper!);
	writeFileSync(megaFile, state);
	return { paper: paper!, mega: state };
}

// ---------------------------------------------------------------------------------------------
// Servers

function bundleServers(): Promise<string> {
	return bundleNodeEntry('tests/bench/servers.ts', 'playbook-bench/servers.mjs');
}

interface Running {
	child: ChildProcess;
	port: number;
}

async function startServer(script: string, kind: Kind, dataDir: string, extraEnv: Record<string, string> = {}, pinned = PIN): Promise<Running> {
	const port = await freePort();
	const env = {
		...process.env,
		...extraEnv,
		DATA_DIR: dataDir,
		PORT: String(port),
		NODE_ENV: 'production',
		YPERSISTENCE: join(dataDir, 'leveldb'),
		COLLAB_MAX_CONNECTIONS_PER_IP: '100000',
		COLLAB_MAX_CONNECTIONS_PER_USER: '100000'
	};
	const flags = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
	const command = pinned ? ['taskset', '-c', '1', process.execPath] : [process.execPath];
	const child = spawn(command[0], [...command.slice(1), ...flags, script, kind], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stderr!.on('data', (d: Buffer) => {
		const line = d.toString();
		if (!/Persisting documents/.test(line)) process.stderr.write(`[${kind}] ${line}`);
	});
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${kind} did not start`)), 20_000);
		child.stdout!.on('data', (d: Buffer) => {
			if (d.toString().includes('ready')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
	});
	return { child, port };
}

async function stopServer(running: Running): Promise<void> {
	await new Promise<void>((resolve) => {
		if (running.child.exitCode !== null || running.child.signalCode !== null) return resolve();
		running.child.once('exit', () => resolve());
		running.child.kill(process.env.BENCH_PROF ? 'SIGTERM' : 'SIGKILL');
	});
}

/** Resident memory of the server process, now and at its peak, in MB. */
function memory(pid: number): { rssMb: number; peakMb: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time so far (Linux /proc): the machine's busy and total clock ticks, and each process's ms with what it is. */
function cpuSoFar(): { busy: number; total: number; processes: Map<number, { who: string; usedMs: number }> } {
	const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const ticks = fields.map(Number);
	const total = ticks.reduce((a, b) => a + b, 0);
	const idle = ticks[3] + (ticks[4] ?? 0);
	const processes = new Map<number, { who: string; usedMs: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const cpu = processCpu(entry);
		if (!cpu) continue; // gone meanwhile
		const pid = Number(entry);
		const who = pid === process.pid ? 'load generator' : cpu.name === 'node' ? 'app' : cpu.name.startsWith('postgres') ? 'PostgreSQL' : cpu.name.startsWith('redis') ? 'Redis' : 'other';
		processes.set(pid, { who, usedMs: cpu.userMs + cpu.systemMs });
	}
	return { busy: total - idle, total, processes };
}

/** What each kind of process used between two `cpuSoFar`, in cores (1.00 = one core the whole time). */
function cpuBetween(a: ReturnType<typeof cpuSoFar>, b: ReturnType<typeof cpuSoFar>, seconds: number): string {
	const share = (b.busy - a.busy) / Math.max(1, b.total - a.total);
	const used = new Map<string, number>();
	// A process that ended meanwhile is left out; one that began counts from its start.
	for (const [pid, now] of b.processes) used.set(now.who, (used.get(now.who) ?? 0) + now.usedMs - (a.processes.get(pid)?.usedMs ?? 0));
	const parts = ['load generator', 'app', 'PostgreSQL', 'Redis', 'other'].map((who) => `${who} ${((used.get(who) ?? 0) / 1000 / seconds).toFixed(2)}`);
	return `machine ${(share * 100).toFixed(0)}% busy of ${cpus().length} cores; in cores: ${parts.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Storage prepared the way each server stores a document

interface Setup {
	/** Document id (ours) or name (theirs) for a logical name. */
	id(name: string): string;
	headers: Record<string, string>;
}

async function prepare(kind: Kind, dataDir: string, states: Record<'paper' | 'mega', Uint8Array>, databaseUrl?: string): Promise<Setup> {
	const names = ['warmup', 'single', 'paper', 'mega', ...Array.from({ length: MANY.docs }, (_, i) => `many-${i}`)];
	if (kind === 'playbook') {
		const { createAppContext } = await import('../../src/lib/server/app');
		const { readConfig } = await import('../../src/lib/server/config');
		const { signUp } = await import('../../src/lib/server/accounts');
		const { createSession, generateToken, SESSION_COOKIE } = await import('../../src/lib/server/auth/session');
		const { createTeam } = await import('../../src/lib/server/teams');
		const { createDocument } = await import('../../src/lib/server/documents');
		const { SqliteDocumentStore } = await import('../../src/lib/server/document-store');
		const context = await createAppContext(readConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }));
		const user = await signUp(context.db, { email: 'bench@example.org', displayName: 'Bench', password: 'bench password 12345' });
		const token = generateToken();
		await createSession(context.db, token, user.id);
		const team = await createTeam(context.db, user.id, { name: 'Bench', jurisdictionKind: 'city', jurisdictionName: 'Bench', state: 'CA' });
		const ids = new Map<string, string>();
		for (const name of names) ids.set(name, (await createDocument(context.db, team.slug, user.id, { title: name })).id);
		const store = new SqliteDocumentStore(context.db);
		for (const name of ['paper', 'mega'] as const) {
			// Logged as one update, then folded into the snapshot the way the engine compacts.
			await store.append([{ documentId: ids.get(name)!, update: states[name] }]);
			await store.compact(ids.get(name)!, Number.MAX_SAFE_INTEGER);
		}
		await context.db.destroy();
		return { id: (n) => ids.get(n)!, headers: { Cookie: `${SESSION_COOKIE}=${token}`, Origin: 'http://127.0.0.1' } };
	}
	if (kind === 'reference') {
		// @ts-expect-error y-leveldb's ESM entry ships no types
		const { LeveldbPersistence } = await import('y-leveldb');
		const ldb = new LeveldbPersistence(join(dataDir, 'leveldb'));
		await ldb.storeUpdate('paper', states.paper);
		await ldb.storeUpdate('mega', states.mega);
		await ldb.destroy();
		return { id: (n) => n, headers: {} };
	}
	const db = new SQLite(join(dataDir, 'hocuspocus.sqlite'));
	db.exec('CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))');
	const insert = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?)');
	insert.run('paper', Buffer.from(states.paper));
	insert.run('mega', Buffer.from(states.mega));
	db.close();
	return { id: (n) => n, headers: {} };
}

// ---------------------------------------------------------------------------------------------
// Protocol clients (raw y-websocket messages; Hocuspocus prefixes each with the document name)

interface RawClient {
	ws: WebSocket;
	send(message: Uint8Array): void;
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 0);
	encoding.writeVarUint(e, step);
	encoding.writeVarUint8Array(e, payload);
	return encoding.toUint8Array(e);
}

const received = { n: 0, bytes: 0 };
function connect(kind: Kind, port: number, setup: Setup, name: string, onUpdate: (update: Uint8Array, at: number) => void): Promise<RawClient> {
	const id = setup.id(name);
	const url = kind === 'playbook' ? `ws://127.0.0.1:${port}/collab/${id}` : kind === 'reference' ? `ws://127.0.0.1:${port}/${id}` : `ws://127.0.0.1:${port}`;
	const headers = kind === 'playbook' ? { ...setup.headers, Origin: `http://127.0.0.1:${port}` } : setup.headers;
	const ws = new WebSocket(url, { headers, perMessageDeflate: false });
	const wrap = (m: Uint8Array): Uint8Array => {
		if (kind !== 'hocuspocus') return m;
		const e = encoding.createEncoder();
		encoding.writeVarString(e, id);
		encoding.writeUint8Array(e, m);
		return encoding.toUint8Array(e);
	};
	ws.on('message', (data: Buffer) => {
		const at = performance.now();
		received.n++;
		received.bytes += data.length;
		const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
		if (kind === 'hocuspocus') decoding.readVarString(d);
		const type = decoding.readVarUint(d);
		if (type !== 0 && type !== 4) return;
		const step = decoding.readVarUint(d);
		if (step === 1 || step === 2) onUpdate(decoding.readVarUint8Array(d), at);
	});
	return new Promise((resolve, reject) => {
		ws.once('error', reject);
		ws.once('open', () => {
			if (kind === 'hocuspocus') {
				const e = encoding.createEncoder();
				encoding.writeVarUint(e, 2); // auth
				encoding.writeVarUint(e, 0); // token
				encoding.writeVarString(e, 'bench');
				ws.send(wrap(encoding.toUint8Array(e)));
			}
			ws.send(wrap(syncMessage(0, new Uint8Array([0]))));
			resolve({ ws, send: (m) => ws.send(wrap(m)) });
		});
	});
}

async function connectAll<T>(tasks: (() => Promise<T>)[], concurrency = 64): Promise<T[]> {
	const out: T[] = new Array(tasks.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < tasks.length) {
				const i = next++;
				out[i] = await tasks[i]();
			}
		})
	);
	return out;
}

/** A writer types the trace into its own Y.Doc and sends each keystroke's update. */
class Writer {
	readonly doc = new Y.Doc();
	private step = 0;
	constructor(
		private readonly client: RawClient,
		private readonly sent: Map<string, number>
	) {
		this.doc.on('update', (update: Uint8Array) => {
			this.sent.set(`${this.doc.clientID}:${Y.getState(this.doc.store, this.doc.clientID)}`, performance.now());
			this.client.send(syncMessage(2, update));
		});
	}
	type(): void {
		const patches = keystrokes[this.step++ % keystrokes.length];
		if (this.step > keystrokes.length) return;
		this.doc.transact(() => applyPatches(this.doc.getText('body'), patches));
	}
}

class Latencies {
	samples: number[] = [];
	/** When each sample arrived (for BENCH_TIMELINE). */
	arrivals: number[] = [];
	/** Updates a viewer received a second time (counted, not sampled again). */
	duplicates = 0;
	recording = false;
	constructor(private readonly sent: Map<string, number>) {}
	/** What one viewer hears: each update it receives is timed once. */
	viewer() {
		const heard = new Set<string>();
		return (update: Uint8Array, at: number) => {
			if (!this.recording) return;
			const { to } = Y.parseUpdateMeta(update);
			for (const [client, clock] of to) {
				const key = `${client}:${clock}`;
				const t = this.sent.get(key);
				if (t === undefined) continue;
				if (heard.has(key)) {
					this.duplicates++;
					continue;
				}
				heard.add(key);
				this.samples.push(at - t);
				this.arrivals.push(at);
			}
		};
	}
	/** Each second's sample count and p99, from the first sample (BENCH_TIMELINE=1 prints it). */
	timeline(): string {
		if (!this.arrivals.length) return '';
		const start = this.arrivals[0];
		const seconds: number[][] = [];
		this.arrivals.forEach((at, i) => (seconds[Math.floor((at - start) / 1000)] ??= []).push(this.samples[i]));
		return seconds.map((xs, i) => `${i}s: ${xs.length} p99 ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)].toFixed(0)}`).join(' | ');
	}
	summary() {
		if (process.env.BENCH_TIMELINE) console.log(`  by second: ${this.timeline()}`);
		const s = [...this.samples].sort((a, b) => a - b);
		const q = (p: number) => (s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 100) / 100 : NaN);
		return { samples: s.length, duplicates: this.duplicates, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: q(1) };
	}
}

/**
 * Each writer types `ratePerSec` keystrokes a second on average, each one after a random pause
 * (half to one and a half of the mean), as people do. A fixed interval from a random start made
 * the writers whose timers happened to fall on the same millisecond send together every period,
 * all round long: each round's p99 depended on that one draw.
 */
function startTyping(writers: Writer[], ratePerSec: number): () => void {
	const period = 1000 / ratePerSec;
	const timers = new Map<Writer, NodeJS.Timeout>();
	const next = (w: Writer, delay: number) =>
		timers.set(
			w,
			setTimeout(() => {
				w.type();
				next(w, period * (0.5 + Math.random()));
			}, delay)
		);
	for (const w of writers) next(w, Math.random() * period);
	return () => timers.forEach((t) => clearTimeout(t));
}

// ---------------------------------------------------------------------------------------------
// Scenarios

async function singleDocument(kind: Kind, port: number, setup: Setup, name = 'single', viewerPort = port) {
	const sent = new Map<string, number>();
	const latencies = new Latencies(sent);
	const viewers = await connectAll(Array.from({ length: SINGLE.viewers }, () => () => connect(kind, viewerPort, setup, name, latencies.viewer())));
	const writerClients = await connectAll(Array.from({ length: SINGLE.writers }, () => () => connect(kind, port, setup, name, () => {})));
	const writers = writerClients.map((c) => new Writer(c, sent));
	const stop = startTyping(writers, SINGLE.ratePerSec);
	await sleep(SINGLE.warmupMs);
	latencies.recording = true;
	received.n = received.bytes = 0;
	// Diagnostics only: a 1 ms timer in the load generator is itself load.
	const eld = process.env.BENCH_ELD ? monitorEventLoopDelay({ resolution: 1 }) : null;
	eld?.enable();
	await sleep(SINGLE.measureMs);
	eld?.disable();
	latencies.recording = false;
	if (eld) {
		const ms = (ns: number) => (ns / 1e6).toFixed(2);
		console.log(`  load generator: ${received.n} messages (${received.bytes} bytes), event loop delay p50 ${ms(eld.percentile(50))} p99 ${ms(eld.percentile(99))} ms`);
	}
	stop();
	for (const c of [...viewers, ...writerClients]) c.ws.terminate();
	return latencies.summary();
}

/**
 * MANY.docs documents, each with one writer and MANY.viewersPerDoc viewers. With several ports
 * (processes), a document's connections are dealt out over them in turn, as a round-robin load
 * balancer would (most documents have people on more than one process), or `byDocument`, all on
 * the same one. `delivered` is how many updates a second reached a viewer while measuring (each
 * update counts once per viewer).
 */
async function manyDocuments(kind: Kind, port: number, setup: Setup, options: { ports?: number[]; ratePerSec?: number; byDocument?: boolean } = {}) {
	const ports = options.ports ?? [port];
	// By document: all of a document's connections on one process (a load balancer hashing the URL).
	const place = (doc: number, nth: number) => ports[(options.byDocument ? doc : doc + nth) % ports.length];
	const sent = new Map<string, number>();
	const latencies = new Latencies(sent);
	const started = performance.now();
	const tasks: (() => Promise<RawClient>)[] = [];
	for (let i = 0; i < MANY.docs; i++) {
		tasks.push(() => connect(kind, place(i, 0), setup, `many-${i}`, () => {}));
		for (let v = 0; v < MANY.viewersPerDoc; v++) tasks.push(() => connect(kind, place(i, v + 1), setup, `many-${i}`, latencies.viewer()));
	}
	const clients = await connectAll(tasks);
	const connectMs = Math.round(performance.now() - started);
	const writers = clients.filter((_, i) => i % (MANY.viewersPerDoc + 1) === 0).map((c) => new Writer(c, sent));
	const stop = startTyping(writers, options.ratePerSec ?? MANY.ratePerSec);
	await sleep(MANY.warmupMs);
	latencies.recording = true;
	const cpuFrom = cpuSoFar();
	await sleep(MANY.measureMs);
	const cpu = cpuBetween(cpuFrom, cpuSoFar(), MANY.measureMs / 1000);
	latencies.recording = false;
	stop();
	for (const c of clients) c.ws.terminate();
	const summary = latencies.summary();
	return { connections: clients.length, connectMs, delivered: Math.round(summary.samples / (MANY.measureMs / 1000)), cpu, ...summary };
}

/** From connecting to a document nobody has open until its full stored state has arrived. */
async function loadTime(kind: Kind, script: string, dataDir: string, setup: Setup, name: 'paper' | 'mega', state: Uint8Array) {
	const want = Y.parseUpdateMeta(state).to;
	const times: number[] = [];
	for (let rep = 0; rep < LOAD_REPS; rep++) {
		const running = await startServer(script, kind, dataDir);
		await sleep(200);
		const started = performance.now();
		let readyAt = 0;
		const have = new Map<number, number>();
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`${kind}: ${name} never arrived`)), 30_000);
			connect(kind, running.port, setup, name, (update, at) => {
				for (const [client, clock] of Y.parseUpdateMeta(update).to) have.set(client, Math.max(have.get(client) ?? 0, clock));
				if ([...want].every(([client, clock]) => (have.get(client) ?? 0) >= clock)) {
					readyAt = at;
					clearTimeout(timer);
					resolve();
				}
			}).catch(reject);
		});
		times.push(Math.round((readyAt - started) * 10) / 10);
		await stopServer(running);
	}
	const sorted = [...times].sort((a, b) => a - b);
	return { bytes: state.length, runsMs: times, medianMs: sorted[Math.floor(sorted.length / 2)] };
}

// ---------------------------------------------------------------------------------------------

/** Rounds of the one-document case; each round runs the servers in a rotated order. */
const SINGLE_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

type Prepared = { dataDir: string; setup: Awaited<ReturnType<typeof prepare>> };

async function singleRound(kind: Kind, script: string, prepared: Prepared, name = 'single') {
	const running = await startServer(script, kind, prepared.dataDir);
	try {
		const single = await singleDocument(kind, running.port, prepared.setup, name);
		if (process.env.BENCH_ELD) {
			const cpu = processCpu(running.child.pid);
			const threads = readFileSync(`/proc/${running.child.pid}/status`, 'utf8').match(/Threads:\s+(\d+)/)?.[1];
			console.log(`  server CPU: user ${cpu?.userMs} ms, system ${cpu?.systemMs} ms, ${threads} threads`);
		}
		return { ...single, ...memory(running.child.pid!) };
	} finally {
		await stopServer(running);
	}
}

async function manyRound(kind: Kind, script: string, prepared: Prepared) {
	const running = await startServer(script, kind, prepared.dataDir);
	try {
		console.log(`${LABEL[kind]}: ${MANY.docs} documents x ${MANY.viewersPerDoc + 1} connections...`);
		const many = await manyDocuments(kind, running.port, prepared.setup);
		return { ...many, ...memory(running.child.pid!) };
	} finally {
		await stopServer(running);
	}
}

async function theRest(kind: Kind, script: string, prepared: Prepared, states: { paper: Uint8Array; mega: Uint8Array }) {
	const { dataDir, setup } = prepared;
	const many = await manyRound(kind, script, prepared);
	console.log(`${LABEL[kind]}: load times...`);
	const paper = await loadTime(kind, script, dataDir, setup, 'paper', states.paper);
	const mega = await loadTime(kind, script, dataDir, setup, 'mega', states.mega);
	return { many, load: { paper, mega } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The CPUs this load generator runs on, and what it starts from then on: a child takes its
 * parent's CPUs, so a server, PostgreSQL or Redis meant to use every core is started after
 * `runOn(ALL_CPUS)` (the scale-out runs once had them all on CPU 0, and measured one core).
 */
const ALL_CPUS = `0-${cpus().length - 1}`;
function runOn(cpuList: string): void {
	if (PIN) execFileSync('taskset', ['-cp', cpuList, String(process.pid)]);
}
runOn('0');
if (PIN) console.log('Each server runs on CPU 1 and this load generator on CPU 0 (BENCH_PIN=0 turns that off).');
const states = storedStates();
const script = await bundleServers();
const only = process.argv.slice(2).filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
const kinds = only.length ? only : [...KINDS];
const prepared = new Map<Kind, Prepared>();
for (const kind of kinds) {
	const dataDir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
	prepared.set(kind, { dataDir, setup: await prepare(kind, dataDir, states) });
}

// `-- --scale`: several processes against one, printed only (nothing here is a test). Parts, all
// by default or some with `--scale=one,many,storage`:
// - one: one document, writers on process A and viewers on process B (one SQLite file, one
//   redis-server of its own), against one process, round by round;
// - many: MANY.docs documents x 3 connections over 2 processes (PostgreSQL + Redis), dealt out
//   connection by connection or placed by document, against one process on the same PostgreSQL,
//   at the usual rate and at a heavier one; no pinning: the processes and this load generator
//   share the machine's cores;
// - storage: the many-documents load on one process, on SQLite and on PostgreSQL (a server of
//   its own, as durable as our SQLite: fsync on, commits not waited for).
const scaleFlag = process.argv.find((a) => a === '--scale' || a.startsWith('--scale='));
if (scaleFlag) {
	const parts = new Set(scaleFlag.includes('=') ? scaleFlag.split('=')[1].split(',') : ['one', 'many', 'storage']);
	const { startRedis } = await import('../redis/redis-server');
	// Redis and PostgreSQL may use every core; so may the load generator and the servers of the
	// many part. The one and storage parts pin the generator to CPU 0 and their servers to CPU 1.
	runOn(ALL_CPUS);
	const redis = await startRedis();
	const { dataDir, setup } = prepared.get('playbook')!;
	const env = { REDIS_URL: redis.url };
	type Summary = ReturnType<Latencies['summary']>;
	type Many = Awaited<ReturnType<typeof manyDocuments>>;
	const med = <T,>(list: T[], pick: (r: T) => number) => median(list.map(pick));
	const report: string[] = [];
	try {
		if (parts.has('one')) {
			runOn('0');
			const one: Summary[] = [];
			const two: Summary[] = [];
			await singleRound('playbook', script, prepared.get('playbook')!, 'warmup');
			for (let round = 0; round < SINGLE_ROUNDS; round++) {
				const alone = await startServer(script, 'playbook', dataDir, env);
				try {
					one.push(await singleDocument('playbook', alone.port, setup));
				} finally {
					await stopServer(alone);
				}
				const [a, b] = [await startServer(script, 'playbook', dataDir, env), await startServer(script, 'playbook', dataDir, env)];
				try {
					two.push(await singleDocument('playbook', a.port, setup, 'single', b.port));
				} finally {
					await stopServer(a);
					await stopServer(b);
				}
				console.log(`round ${round + 1}: one process p50 ${one[round].p50} p99 ${one[round].p99} ms; writers on A, viewers on B p50 ${two[round].p50} p99 ${two[round].p99} ms`);
			}
			report.push(
				`relay latency, ${SINGLE.writers} writers and ${SINGLE.viewers} viewers on one document, median of ${SINGLE_ROUNDS} rounds (ms):`,
				`  one process:                    p50 ${med(one, (r) => r.p50)}  p99 ${med(one, (r) => r.p99)}`,
				`  writers on A, viewers on B:     p50 ${med(two, (r) => r.p50)}  p99 ${med(two, (r) => r.p99)}`,
				`  (the two processes share CPU ${PIN ? '1' : 'time with everything else'}; Redis runs unpinned)`
			);
			runOn(ALL_CPUS);
		}
		const MANY_ROUNDS = Number(process.env.BENCH_MANY_ROUNDS ?? 2);
		const manyLine = (label: string, runs: Many[]) =>
			`  ${label.padEnd(44)} delivered ${String(med(runs, (r) => r.delivered)).padStart(6)}/s | p50 ${med(runs, (r) => r.p50)} | p99 ${med(runs, (r) => r.p99)} | max ${med(runs, (r) => r.max)} ms | connect ${med(runs, (r) => r.connectMs)} ms${runs.some((r) => r.duplicates) ? ` | received twice ${runs.map((r) => r.duplicates).join(', ')}` : ''}  (p99 by round: ${runs.map((r) => r.p99).join(', ')})\n      CPU while measured, last round: ${runs.at(-1)!.cpu}`;
		// Several processes are meant to run on PostgreSQL (on one SQLite file they take turns at its
		// one writer, and a process waiting for it waits whole): the many and storage parts use one.
		const { startPostgres, createDatabase } = await import('../storage/postgres-server');
		const postgres = parts.has('many') || parts.has('storage') ? await startPostgres({ likeSqlite: true }) : null;
		try {
			const databaseUrl = postgres ? await createDatabase(postgres.url) : '';
			const pgDir = mkdtempSync(join(tmpdir(), 'bench-playbook-pg-'));
			const pgSetup = postgres ? await prepare('playbook', pgDir, states, databaseUrl) : setup;
			const onPostgres = { DATABASE_URL: databaseUrl };
			if (parts.has('many')) {
				const rates = (process.env.BENCH_RATES ?? `${MANY.ratePerSec},4`).split(',').map(Number);
				const layouts = [
					{ key: 'one', label: 'one process', processes: 1, byDocument: false, redis: false },
					{ key: 'one-redis', label: 'one process with REDIS_URL', processes: 1, byDocument: false, redis: true },
					{ key: 'spread', label: 'two processes, connections dealt out', processes: 2, byDocument: false, redis: true },
					{ key: 'by-doc', label: 'two processes, by document', processes: 2, byDocument: true, redis: true }
				].filter((l) => (process.env.BENCH_LAYOUTS ?? 'one,spread,by-doc').split(',').includes(l.key));
				const runs = new Map<string, Many[]>();
				for (let round = 0; round < MANY_ROUNDS; round++) {
					for (const rate of rates) {
						const line: string[] = [];
						for (const layout of layouts) {
							const env = layout.redis ? { ...onPostgres, REDIS_URL: redis.url } : onPostgres;
							const servers = [];
							for (let p = 0; p < layout.processes; p++) servers.push(await startServer(script, 'playbook', pgDir, env, false));
							try {
								const result = await manyDocuments('playbook', servers[0].port, pgSetup, { ports: servers.map((p) => p.port), ratePerSec: rate, byDocument: layout.byDocument });
								runs.set(`${layout.key}:${rate}`, [...(runs.get(`${layout.key}:${rate}`) ?? []), result]);
								line.push(`${layout.label} ${result.delivered}/s p99 ${result.p99} ms${result.duplicates ? `, ${result.duplicates} received twice` : ''} (CPU: ${result.cpu})`);
							} finally {
								for (const p of servers) await stopServer(p);
							}
						}
						console.log(`many, round ${round + 1}, ${rate}/s per writer: ${line.join('; ')}`);
					}
				}
				report.push(`${MANY.docs} documents x ${MANY.viewersPerDoc + 1} connections on PostgreSQL (+ Redis for two), ${MANY.measureMs / 1000} s measured, median of ${MANY_ROUNDS} rounds, unpinned:`);
				for (const rate of rates) for (const layout of layouts) report.push(manyLine(`${layout.label}, ${rate}/s per writer`, runs.get(`${layout.key}:${rate}`)!));
			}
			if (parts.has('storage')) {
				runOn('0');
				const sqlite: Many[] = [];
				const pg: Many[] = [];
				for (let round = 0; round < MANY_ROUNDS; round++) {
					const a = await startServer(script, 'playbook', dataDir);
					try {
						sqlite.push(await manyDocuments('playbook', a.port, setup));
					} finally {
						await stopServer(a);
					}
					const b = await startServer(script, 'playbook', pgDir, onPostgres);
					try {
						pg.push(await manyDocuments('playbook', b.port, pgSetup));
					} finally {
						await stopServer(b);
					}
					console.log(`storage, round ${round + 1}: SQLite p99 ${sqlite.at(-1)!.p99} ms; PostgreSQL p99 ${pg.at(-1)!.p99} ms`);
				}
				report.push(`${MANY.docs} documents x ${MANY.viewersPerDoc + 1} connections at ${MANY.ratePerSec}/s per writer, one process${PIN ? ' on CPU 1' : ''}, median of ${MANY_ROUNDS} rounds:`);
				report.push(manyLine('SQLite (DATA_DIR)', sqlite));
				report.push(manyLine('PostgreSQL (DATABASE_URL)', pg));
			}
			rmSync(pgDir, { recursive: true, force: true });
		} finally {
			postgres?.stop();
		}
	} finally {
		await redis.stop();
	}
	console.log(`\n${report.join('\n')}`);
	process.exit(0);
}

// `-- --load`: only the load times, each named server (for trying out engine changes).
if (process.argv.includes('--load')) {
	for (const kind of kinds) {
		const { dataDir, setup } = prepared.get(kind)!;
		try {
			const paper = await loadTime(kind, script, dataDir, setup, 'paper', states.paper);
			const mega = await loadTime(kind, script, dataDir, setup, 'mega', states.mega);
			console.log(`${LABEL[kind].padEnd(26)} automerge-paper ${paper.runsMs.join(' / ')} ms | ${(states.mega.length / 1024 / 1024).toFixed(2)} MB ${mega.runsMs.join(' / ')} ms`);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	process.exit(0);
}

// `-- --many`: only the 1,000-document case, each named server once (for trying out engine changes).
if (process.argv.includes('--many')) {
	for (const kind of kinds) {
		try {
			const many = await manyRound(kind, script, prepared.get(kind)!);
			console.log(`${LABEL[kind].padEnd(26)} connect ${many.connectMs} ms | p50 ${many.p50} | p95 ${many.p95} | p99 ${many.p99} | max ${many.max} | RSS ${many.rssMb} MB`);
		} finally {
			rmSync(prepared.get(kind)!.dataDir, { recursive: true, force: true });
		}
	}
	process.exit(0);
}

// Whichever server is measured first pays for a cold machine and load generator; rotating the
// order each round and taking the median keeps that from favouring anyone.
const rounds = new Map<Kind, Awaited<ReturnType<typeof singleRound>>[]>();
// A cold load generator (JIT, caches) would slow whichever server comes first: one unmeasured
// round, on a document of its own, warms it up.
console.log('warming up the load generator...');
await singleRound(kinds[0], script, prepared.get(kinds[0])!, 'warmup');
for (let round = 0; round < SINGLE_ROUNDS; round++) {
	const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]);
	for (const kind of order) {
		console.log(`${LABEL[kind]}: one document, ${SINGLE.writers} writers + ${SINGLE.viewers} viewers (round ${round + 1} of ${SINGLE_ROUNDS})...`);
		try {
			rounds.set(kind, [...(rounds.get(kind) ?? []), await singleRound(kind, script, prepared.get(kind)!)]);
		} catch (error) {
			console.error(`${LABEL[kind]} failed:`, error);
		}
	}
}

// `-- --single`: only the one-document rounds, printed per round (for trying out engine changes).
if (process.argv.includes('--single')) {
	for (const [kind, measured] of rounds) {
		const pick = (k: 'p50' | 'p95' | 'p99') => measured.map((r) => r[k]).join(' / ');
		console.log(`${LABEL[kind].padEnd(26)} p50 ${pick('p50')} | p95 ${pick('p95')} | p99 ${pick('p99')} | median p99 ${median(measured.map((r) => r.p99))}`);
	}
	for (const { dataDir } of prepared.values()) rmSync(dataDir, { recursive: true, force: true });
	process.exit(0);
}

const results: Partial<Record<Kind, { single: { p50: number; p95: number; p99: number; peakMb: number; rounds: Awaited<ReturnType<typeof singleRound>>[] } } & Awaited<ReturnType<typeof theRest>>>> = {};
for (const kind of kinds) {
	const { dataDir } = prepared.get(kind)!;
	try {
		const measured = rounds.get(kind) ?? [];
		if (!measured.length) continue;
		const single = {
			p50: median(measured.map((r) => r.p50)),
			p95: median(measured.map((r) => r.p95)),
			p99: median(measured.map((r) => r.p99)),
			peakMb: median(measured.map((r) => r.peakMb)),
			rounds: measured
		};
		results[kind] = { single, ...(await theRest(kind, script, prepared.get(kind)!, states)) };
	} catch (error) {
		console.error(`${LABEL[kind]} failed:`, error);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

type Row = [string, (r: NonNullable<(typeof results)[Kind]>) => number, 'lower'];
const rows: Row[] = [
	[`1 doc, 50 writers + 200 viewers: relay p50 (ms, median of ${SINGLE_ROUNDS} rounds)`, (r) => r.single.p50, 'lower'],
	['1 doc: relay p95 (ms)', (r) => r.single.p95, 'lower'],
	['1 doc: relay p99 (ms)', (r) => r.single.p99, 'lower'],
	['1 doc: server peak RSS (MB)', (r) => r.single.peakMb, 'lower'],
	['1000 docs x 3 conns: time to connect all (ms)', (r) => r.many.connectMs, 'lower'],
	['1000 docs: relay p50 (ms)', (r) => r.many.p50, 'lower'],
	['1000 docs: relay p99 (ms)', (r) => r.many.p99, 'lower'],
	['1000 docs: server RSS (MB)', (r) => r.many.rssMb, 'lower'],
	[`load automerge-paper doc (${(states.paper.length / 1024).toFixed(0)} kB), median (ms)`, (r) => r.load.paper.medianMs, 'lower'],
	[`load ${(states.mega.length / 1024 / 1024).toFixed(2)} MB doc, median (ms)`, (r) => r.load.mega.medianMs, 'lower']
];
const ours = results.playbook;
const header = ['metric', ...KINDS.map((k) => LABEL[k]), 'playbook/reference', 'playbook/hocuspocus'];
const table = rows.map(([name, get]) => {
	const v = (k: Kind) => (results[k] ? get(results[k]!) : NaN);
	const ratio = (k: Kind) => (ours && results[k] ? (v('playbook') / v(k)).toFixed(2) : 'n/a');
	return [name, ...KINDS.map((k) => String(v(k))), ratio('reference'), ratio('hocuspocus')];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
console.log('\n' + line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
console.log(`\nRatios < 1 mean playbook is lower (better). ${TRACE_CREDIT}.`);
// Rounds run the servers back to back, so comparing within a round leaves out the machine's drift
// from one round to the next.
const headToHead = (other: Kind) => {
	const a = results.playbook?.single.rounds;
	const b = results[other]?.single.rounds;
	if (!a || !b) return null;
	const pairs = a.slice(0, b.length).map((r, i) => Math.round((r.p99 - b[i].p99) * 100) / 100);
	return { lower: pairs.filter((d) => d < 0).length, rounds: pairs.length, differencesMs: pairs };
};
const headToHeads = { reference: headToHead('reference'), hocuspocus: headToHead('hocuspocus') };
for (const other of ['reference', 'hocuspocus'] as const) {
	const h = headToHeads[other];
	if (h) console.log(`1 doc p99, round by round: playbook lower than ${LABEL[other]} in ${h.lower} of ${h.rounds} rounds (playbook minus it, ms: ${h.differencesMs.join(', ')})`);
}
if (ours) {
	console.log(`Targets: single-doc p99 <= 25 ms: ${ours.single.p99 <= 25 ? 'met' : 'MISSED'} (${ours.single.p99} ms)` +
		(results.reference ? `; no worse than reference: ${ours.single.p99 <= results.reference.single.p99 ? 'met' : 'MISSED'}` : '') +
		`; 1 MB doc ready <= 100 ms: ${ours.load.mega.medianMs <= 100 ? 'met' : 'MISSED'} (${ours.load.mega.medianMs} ms)`);
}
mkdirSync(RESULTS, { recursive: true });
const file = join(RESULTS, `collab-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ credit: TRACE_CREDIT, node: process.version, config: { SINGLE, MANY, LOAD_REPS, SINGLE_ROUNDS }, results, headToHead: headToHeads }, null, 2));
console.log(`Wrote ${file}`);
process.exit(0);
