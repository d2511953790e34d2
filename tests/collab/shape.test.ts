import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import type { AppContext } from '../../src/lib/server/app';
import { adaptModel, adaptationState, pendingUpdate, policyRedline, refillNames } from '../../src/lib/server/adaptation';
import { draftProblems, latestVersion, modelDraft, readDraft } from '../../src/lib/server/model-policy';
import { readDocument } from '../../src/lib/server/live-documents';
import { SqliteDocumentStore } from '../../src/lib/server/document-store';
import { readAdaptation, rulesArray, ruleText, validateAdaptation, writeAdaptation } from '../../src/lib/collab/policy-doc';
import { validateDraft } from '../../src/lib/collab/model-draft-doc';
import { redlinePolicy } from '../../src/lib/policy/redline';
import { mergePolicy } from '../../src/lib/policy/merge';
import { slotValuesFromTeam } from '../../src/lib/policy/slots';
import { attack, rule } from './shape-attacks';
import { addMember, client, sleep, openContext, person, removeDir, startServer, synced, teamOf, tempDataDir, waitFor, world, type Client, type Person, type TestServer } from './helpers';

function clone(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

describe('structured documents keep their shape', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	let admin: Person;
	let owner: Person;
	let slug: string;
	let policyId: string;
	let draftId: string;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context);
		admin = await person(context, 'Admin'); // the first account: a campaign admin
		owner = await person(context, 'Owner');
		const team = await teamOf(context, owner);
		slug = team.slug;
		policyId = await adaptModel(context.db, slug, owner.id);
		draftId = await modelDraft(context.db, { id: admin.id, is_admin: 1 });
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	/** What the policy pages and the admin model page read, each as their load functions do. */
	async function pagesRead(): Promise<unknown> {
		const redline = await policyRedline(context.db, slug, owner.id);
		await pendingUpdate(context.db, slug, owner.id);
		const latest = await latestVersion(context.db);
		const doc = await readDocument(context.db, draftId);
		const problems = draftProblems(readDraft(doc, latest));
		doc.destroy();
		return { redline, problems };
	}

	for (const kind of ['policy', 'model_draft'] as const) {
		it(`refuses every wrong-shaped update to a ${kind} (4422), stores and relays none of it, and every page still reads it`, async () => {
			const documentId = kind === 'policy' ? policyId : draftId;
			const who = kind === 'policy' ? owner : admin;
			const watcher = client(server, documentId, who);
			clients.push(watcher);
			await synced(watcher);
			const before = Y.encodeStateVector(watcher.doc);
			const pagesBefore = JSON.stringify(await pagesRead());

			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(attack, fc.nat()), { minLength: 1, maxLength: 3 }), async (attacks) => {
					// Only attacks that really break the shape: some, on a rule map already gone, do nothing.
					const trial = clone(watcher.doc);
					trial.transact(() => attacks.forEach(([hit, i]) => hit(trial, i)));
					const validate = kind === 'policy' ? validateAdaptation : validateDraft;
					fc.pre(validate(trial).length > 0);
					trial.destroy();

					const attacker = client(server, documentId, who);
					clients.push(attacker);
					await synced(attacker);
					attacker.doc.transact(() => attacks.forEach(([hit, i]) => hit(attacker.doc, i)));
					await waitFor(() => attacker.closes.length > 0, 5_000, 'the attacker to be closed');
					expect(attacker.closes[0]).toEqual({ code: 4422, reason: 'update_refused' });
					attacker.destroy();
				}),
				{ numRuns: 30 }
			);

			// Nothing reached the one watching, nothing was stored, and the pages read as before.
			expect(watcher.provider.wsconnected).toBe(true);
			expect(Y.encodeStateVector(watcher.doc)).toEqual(before);
			const stored = await readDocument(context.db, documentId);
			expect(Y.encodeStateVector(stored)).toEqual(before);
			stored.destroy();
			expect(JSON.stringify(await pagesRead())).toBe(pagesBefore);

			// A well-formed edit still goes through.
			watcher.doc.transact(() => rule(watcher.doc, 0).set('title', 'Judicial warrant, always'));
			const editor = client(server, documentId, who);
			clients.push(editor);
			await synced(editor);
			await waitFor(() => rule(editor.doc, 0).get('title') === 'Judicial warrant, always', 5_000, 'the good edit to arrive');
		});
	}

	it('reads a document stored wrong-shaped before updates were checked: pages answer, bad elements are skipped, edits go on, a server write repairs it', async () => {
		const member = await person(context, 'Member');
		const other = await teamOf(context, member, 'Lakeside Watch');
		await addMember(context, other.id, owner, 'member');
		const documentId = await adaptModel(context.db, other.slug, member.id);
		await sleep(600); // the room that seeded it unloads, so the next one loads what is stored
		// Written straight into the store, as a server without the check would have kept it.
		const doc = await readDocument(context.db, documentId);
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		doc.transact(() => {
			rulesArray(doc).insert(1, ['a plain string' as never]);
			rulesArray(doc).get(4).set('text', 'words where a fragment belongs');
			rulesArray(doc).get(5).set('status', 'abolished');
		});
		await new SqliteDocumentStore(context.db).append(updates.map((update) => ({ documentId, update })));
		doc.destroy();

		const { rules } = await adaptationState(context.db, (await context.db.selectFrom('team').selectAll().where('id', '=', other.id).executeTakeFirstOrThrow()));
		expect(rules).toHaveLength(8); // the string and the rule without words are left out
		expect(rules[3].status).toBe('keep');
		const { redline } = await policyRedline(context.db, other.slug, member.id);
		expect(redline).toBeTruthy();

		// Someone editing the broken document is not refused for what was there already.
		const editor = client(server, documentId, member);
		clients.push(editor);
		await synced(editor);
		editor.doc.transact(() => (rulesArray(editor.doc).get(0) as Y.Map<unknown>).set('title', 'Warrants first'));
		await waitFor(() => editor.provider.synced && editor.closes.length === 0, 2_000, 'edit accepted');
		const check = client(server, documentId, member);
		clients.push(check);
		await synced(check);
		await waitFor(() => (rulesArray(check.doc).get(0) as Y.Map<unknown>).get('title') === 'Warrants first', 5_000, 'the edit to reach others');

		// Any server write (here: refilling names) leaves the document well formed.
		await refillNames(context.db, other.slug, member.id);
		const repaired = await readDocument(context.db, documentId);
		expect(validateAdaptation(repaired)).toEqual([]);
		expect(readAdaptation(repaired)).toHaveLength(8);
		repaired.destroy();
	});

	it('readers never throw on any wrong-shaped document (redline, merge, draft checks)', async () => {
		const latest = await latestVersion(context.db);
		const values = slotValuesFromTeam((await context.db.selectFrom('team').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow()));
		const good = await readDocument(context.db, policyId);
		const goodDraft = await readDocument(context.db, draftId);
		fc.assert(
			fc.property(fc.array(fc.tuple(attack, fc.nat()), { minLength: 1, maxLength: 4 }), (attacks) => {
				const policy = clone(good);
				policy.transact(() => attacks.forEach(([hit, i]) => hit(policy, i)));
				const rules = readAdaptation(policy);
				expect(redlinePolicy(latest, rules, values).rules.length).toBeGreaterThanOrEqual(0);
				expect(mergePolicy(latest, latest, rules, values)).toBeTruthy();
				// Writing the readable rules back leaves a document its schema check passes.
				writeAdaptation(policy, rules);
				expect(validateAdaptation(policy)).toEqual([]);
				policy.destroy();

				const draft = clone(goodDraft);
				draft.transact(() => attacks.forEach(([hit, i]) => hit(draft, i)));
				expect(Array.isArray(draftProblems(readDraft(draft, latest)))).toBe(true);
				draft.destroy();
			}),
			{ numRuns: 200 }
		);
		good.destroy();
		goodDraft.destroy();
	});
});

describe('rich-text documents keep what their editor can show', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context);
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	/** Things the editor throws on, put where a crafted client could put them. */
	const richAttack: fc.Arbitrary<(body: Y.XmlFragment) => void> = fc.oneof(
		fc.constantFrom<() => unknown>(
			() => new Y.Map(),
			() => new Y.Array(),
			() => new Y.Text('x'),
			() => new Y.XmlText('loose text at the top'),
			() => new Y.XmlFragment(),
			() => new Y.Doc(),
			() => 'a plain string',
			() => 42,
			() => new Uint8Array([1, 2])
		).map((make) => (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, [make()])),
		fc.constantFrom<() => unknown>(() => new Y.Map(), () => 'chars', () => new Y.XmlFragment()).map((make) => (body: Y.XmlFragment) => {
			const paragraph = body.get(0) as Y.XmlElement;
			(paragraph as unknown as Y.Array<unknown>).insert(0, [make()]);
		}),
		fc.constant((body: Y.XmlFragment) => ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insertEmbed(0, new Y.Map() as never))
	);

	it('refuses updates that put into `body` what the editor cannot show (4422); nothing is stored, honest editing goes on', async () => {
		const { owner, document } = await world(context);
		const honest = client(server, document.id, owner);
		clients.push(honest);
		await synced(honest);
		const body = honest.doc.getXmlFragment('body');
		const paragraph = new Y.XmlElement('paragraph');
		paragraph.insert(0, [new Y.XmlText('We ask the council to adopt all nine rules.')]);
		body.insert(0, [paragraph]);
		await sleep(200);
		const stored = async () => {
			const doc = await readDocument(context.db, document.id);
			const xml = doc.getXmlFragment('body').toString();
			doc.destroy();
			return xml;
		};
		expect(await stored()).toContain('all nine rules');

		let round = 0;
		await fc.assert(
			fc.asyncProperty(richAttack, async (hit) => {
				const attacker = client(server, document.id, owner);
				clients.push(attacker);
				await synced(attacker);
				hit(attacker.doc.getXmlFragment('body'));
				await waitFor(() => attacker.closes.length > 0, 5_000, 'the attacker to be closed');
				expect(attacker.closes[0]).toEqual({ code: 4422, reason: 'update_refused' });
				attacker.destroy();
				// The honest editor never saw it, and the store holds exactly what the honest editor holds.
				expect(honest.doc.getXmlFragment('body').length).toBe(1);
				await waitFor(() => honest.provider.synced && honest.provider.wsconnected, 5_000, 'the honest editor to reconnect');
				const mine = honest.doc.getXmlFragment('body').toString();
				const deadline = Date.now() + 5_000;
				while ((await stored()) !== mine && Date.now() < deadline) await sleep(50);
				expect(await stored()).toBe(mine);
				// Its words still go through after the room reloaded.
				((honest.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, ` r${++round}`);
			}),
			{ numRuns: 15 }
		);
		await sleep(300);
		const check = client(server, document.id, owner);
		clients.push(check);
		await synced(check);
		await waitFor(() => check.doc.getXmlFragment('body').toString() === honest.doc.getXmlFragment('body').toString(), 5_000, 'honest edits to be kept');
		expect(check.doc.getXmlFragment('body').toString()).toContain(' r1');
		expect(await stored()).toBe(check.doc.getXmlFragment('body').toString());
	});
});
