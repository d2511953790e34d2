import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { addMember, client, openContext, person, removeDir, sleep, startServer, storedText, synced, tempDataDir, waitFor, world, type TestServer } from './helpers';
import { readTrace, TRACE_CREDIT, type ConcurrentTrace, type Patch } from './trace';

function applyPatches(text: Y.Text, patches: Patch[]): void {
	for (const [pos, del, ins] of patches) {
		if (del) text.delete(pos, del);
		if (ins) text.insert(pos, ins);
	}
}

/**
 * Turns the concurrent trace into Yjs updates: each agent edits its own document, which holds
 * exactly the transaction's ancestors when the transaction applies (its own earlier ones and the
 * other agent's it had seen). Returns, per transaction, its update and how much of the other
 * agent's work (as a clock of that agent's client) it depends on.
 */
function compile(trace: ConcurrentTrace, ids: [number, number]) {
	const agents = ids.map((id) => {
		const doc = new Y.Doc();
		doc.clientID = id;
		return doc;
	});
	const own: number[][] = [[], []]; // transaction indexes per agent
	const clockAfter: number[][] = [[], []]; // the agent's own clock after each of its transactions
	const updates: Uint8Array[] = [];
	const needs: { agent: number; clock: number }[] = [];
	const seen: number[][] = [];
	const delivered = [0, 0];

	trace.txns.forEach((txn, i) => {
		const a = txn.agent;
		const b = 1 - a;
		// How many transactions of each agent the transaction's history holds (each agent is linear).
		const counts = [0, 0];
		for (const p of txn.parents) {
			const agentOfP = trace.txns[p].agent;
			for (const x of [0, 1]) counts[x] = Math.max(counts[x], seen[p][x] + (agentOfP === x ? 1 : 0));
		}
		seen.push(counts);
		if (counts[a] !== own[a].length) throw new Error(`txn ${i}: agent ${a} has unseen own work`);
		const doc = agents[a];
		for (; delivered[a] < counts[b]; delivered[a]++) Y.applyUpdate(doc, updates[own[b][delivered[a]]]);
		const sv = Y.encodeStateVector(doc);
		doc.transact(() => applyPatches(doc.getText('body'), txn.patches));
		updates.push(Y.encodeStateAsUpdate(doc, sv));
		needs.push({ agent: b, clock: counts[b] ? clockAfter[b][counts[b] - 1] : 0 });
		own[a].push(i);
		clockAfter[a].push(Y.getState(doc.store, doc.clientID));
	});
	const clientIds = agents.map((d) => d.clientID);
	const merged = new Y.Doc();
	for (const u of updates) Y.applyUpdate(merged, u);
	const text = merged.getText('body').toString();
	for (const d of [...agents, merged]) d.destroy();
	return { updates, needs, clientIds, text };
}

describe(`concurrent trace replay (${TRACE_CREDIT})`, () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context);
	});

	afterAll(async () => {
		await server.stop(true);
		removeDir(dir);
	});

	it('friendsforever through two real clients and the server ends at exactly endContent everywhere', async () => {
		const trace = readTrace<ConcurrentTrace>('friendsforever');
		// Concurrent inserts at one spot are ordered by client id; the recording's editor broke such
		// ties one way, so the agents get ids in the order that reproduces it.
		let compiled = compile(trace, [1, 2]);
		if (compiled.text !== trace.endContent) compiled = compile(trace, [2, 1]);
		const { updates, needs, clientIds, text } = compiled;
		expect(text).toBe(trace.endContent);

		const { owner, team, document } = await world(context);
		const second = await person(context, 'Second');
		await addMember(context, team.id, second, 'member');
		const clients = [client(server, document.id, owner), client(server, document.id, second)];
		await synced(...clients);

		for (let i = 0; i < trace.txns.length; i++) {
			const target = clients[trace.txns[i].agent];
			const need = needs[i];
			// The other agent's work this edit was made on must have come through the server first.
			if (need.clock > 0) {
				const deadline = Date.now() + 10_000;
				while (Y.getState(target.doc.store, clientIds[need.agent]) < need.clock) {
					if (Date.now() > deadline) throw new Error(`txn ${i}: dependency never relayed`);
					await new Promise((r) => setImmediate(r));
				}
			}
			Y.applyUpdate(target.doc, updates[i], 'editor');
		}

		await waitFor(() => clients.every((c) => c.text.toString() === trace.endContent), 20_000, 'clients to reach endContent');
		await sleep(200);
		expect(clients[0].text.toString()).toBe(trace.endContent);
		expect(clients[1].text.toString()).toBe(trace.endContent);
		expect(await storedText(context, document.id)).toBe(trace.endContent);
		const rows = await context.db.selectFrom('document_update').select('id').where('document_id', '=', document.id).execute();
		expect(rows.length).toBeLessThan(trace.txns.length); // the log was compacted along the way
		for (const c of clients) c.destroy();
	}, 120_000);
});
