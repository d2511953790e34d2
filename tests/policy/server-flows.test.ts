import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FIRST_VERSION } from '$lib/policy/first-version';
import { AUDIENCES, type AdaptedRule, type SlotValues } from '$lib/policy/model';
import { fillSlots } from '$lib/policy/slots';
import type { Decision, Decisions, PolicyUpdate } from '$lib/policy/merge';
import { translate } from '$lib/i18n';
import { fragmentText, readAdaptation, ruleMap, rulesArray, ruleText, setFragmentText, writeAdaptation } from '$lib/collab/policy-doc';
import type { Team, User } from '$lib/server/db/schema';
import type { DB } from '$lib/server/db/index';
import { liveDocuments, readDocument } from '$lib/server/live-documents';
import { draftReview, getVersion, latestVersion, modelDraft, publishDraft, readDraft } from '$lib/server/model-policy';
import {
	acceptModelUpdate,
	adaptModel,
	adaptationState,
	findAdaptation,
	namesChanged,
	pendingUpdate,
	policyRedline,
	refillNames,
	rulesFingerprint
} from '$lib/server/adaptation';
import { ensureTalkingPoints } from '$lib/server/talking-points';
import { createTeam, updateTeam, type TeamInput } from '$lib/server/teams';
import { addMember, addUser, expectRefusal, openFoundation, type Foundation } from '../foundation/helpers';

const LANE: TeamInput = {
	name: 'Lane Jail Watch',
	jurisdictionKind: 'county',
	jurisdictionName: 'Lane County',
	state: 'OR',
	councilName: 'Lane County Board of Commissioners',
	sheriffOffice: "Lane County Sheriff's Office",
	policeDepartment: 'Eugene Police Department',
	jail: 'Lane County Jail'
};

const MARION: TeamInput = {
	name: 'Marion Welcoming Coalition',
	jurisdictionKind: 'county',
	jurisdictionName: 'Marion County',
	state: 'OR',
	councilName: 'Marion County Board of Commissioners',
	sheriffOffice: "Marion County Sheriff's Office",
	policeDepartment: 'Salem Police Department',
	jail: 'Marion County Jail'
};

const DEFINED_ACCESS = FIRST_VERSION.rules[2];
/** Version 2 changes rule 3 only: a judge's signature instead of any court order. */
const DEFINED_ACCESS_V2 = DEFINED_ACCESS.text.replace('unless they present a court order', 'unless they present an order signed by a judge');

async function rulesOf(db: DB, documentId: string): Promise<AdaptedRule[]> {
	const doc = await readDocument(db, documentId);
	const rules = readAdaptation(doc);
	doc.destroy();
	return rules;
}

/** Rewrites one rule's words the way an editor in the browser would: only its text fragment. */
async function editRule(db: DB, documentId: string, key: string, edit: (text: string) => string): Promise<void> {
	await liveDocuments(db).change(documentId, (doc) => {
		const rule = rulesArray(doc)
			.toArray()
			.find((map) => map.get('key') === key);
		if (!rule) throw new Error(`no rule ${key}`);
		setFragmentText(ruleText(rule), edit(fragmentText(ruleText(rule))));
	});
}

/** Everything stored for a document and its adaptation: to show a refused call changed nothing. */
async function stored(db: DB, team: Team) {
	const adaptation = await findAdaptation(db, team.id);
	if (!adaptation) throw new Error('no adaptation');
	const log = await db.selectFrom('document_update').select(['id', 'data']).where('document_id', '=', adaptation.document_id).orderBy('id').execute();
	return { adaptation, log: log.map((row) => [row.id, Buffer.from(row.data).toString('base64')]), rules: await rulesOf(db, adaptation.document_id) };
}

async function versionCount(db: DB): Promise<number> {
	return (await db.selectFrom('model_version').select('version').execute()).length;
}

function decideAll(update: PolicyUpdate, decision: Decision): Decisions {
	const decisions: Decisions = {};
	for (const rule of update.rules) {
		if (rule.kind === 'changed') for (const hunk of rule.merge.hunks) if (hunk.kind !== 'same') decisions[hunk.id] = decision;
		if (rule.kind === 'added-upstream' || rule.kind === 'removed-upstream') decisions[rule.id] = decision;
		if ('titleChange' in rule && rule.titleChange) decisions[rule.titleChange.id] = decision;
	}
	return decisions;
}

describe('a new instance', () => {
	let f: Foundation;
	beforeAll(async () => {
		f = await openFoundation();
	});
	afterAll(() => f.close());

	it('has the first model version published as version 1', async () => {
		const latest = await latestVersion(f.db);
		expect(latest.version).toBe(1);
		expect(latest.notes).toBe(FIRST_VERSION.notes);
		expect(latest.rules).toEqual(FIRST_VERSION.rules);
		expect(latest.publishedBy).toBeNull();
		expect(await getVersion(f.db, 1)).toEqual(latest);
		await expectRefusal(getVersion(f.db, 2), 404, 'version_not_found');
	});
});

// One instance through a policy's life: the steps build on each other and run in order.
describe('adapting the model and following its updates', () => {
	let f: Foundation;
	let db: DB;
	let admin: User, laneOwner: User, laneViewer: User, marionOwner: User, outsider: User;
	let lane: Team, marion: Team;
	let laneDoc: string, marionDoc: string;
	let laneValues: SlotValues, marionValues: SlotValues;
	const MARION_RULE_1_EDIT = ' Marion County shall publish every such request each month.';

	beforeAll(async () => {
		f = await openFoundation();
		db = f.db;
		admin = await addUser(db, 'Admin', { admin: true });
		laneOwner = await addUser(db, 'Lane Owner');
		laneViewer = await addUser(db, 'Lane Viewer');
		marionOwner = await addUser(db, 'Marion Owner');
		outsider = await addUser(db, 'Outsider');
		lane = await createTeam(db, laneOwner.id, LANE);
		marion = await createTeam(db, marionOwner.id, MARION);
		await addMember(db, lane, laneViewer, 'viewer');
	});
	afterAll(() => f.close());

	it("adapts the model with the team's names, once, for members who edit", async () => {
		await expectRefusal(adaptModel(db, lane.slug, laneViewer.id), 403, 'forbidden');
		await expectRefusal(adaptModel(db, lane.slug, outsider.id), 404, 'team_not_found');
		expect(await findAdaptation(db, lane.id)).toBeUndefined();
		expect(await db.selectFrom('document').select('id').where('kind', '=', 'policy').execute()).toEqual([]);

		laneDoc = await adaptModel(db, lane.slug, laneOwner.id);
		marionDoc = await adaptModel(db, marion.slug, marionOwner.id);
		await expectRefusal(adaptModel(db, lane.slug, laneOwner.id), 409, 'adaptation_exists');
		expect(await db.selectFrom('document').select('id').where('kind', '=', 'policy').execute()).toHaveLength(2);

		const { adaptation, values, rules } = await adaptationState(db, lane);
		laneValues = values;
		marionValues = (await adaptationState(db, marion)).values;
		expect(adaptation).toMatchObject({ document_id: laneDoc, base_version: 1, created_by: laneOwner.id });
		expect(values).toEqual({
			jurisdiction: 'Lane County',
			state: 'Oregon',
			council: 'Lane County Board of Commissioners',
			sheriff_office: "Lane County Sheriff's Office",
			police_department: 'Eugene Police Department',
			jail: 'Lane County Jail'
		});
		expect(rules.map((r) => r.key)).toEqual(FIRST_VERSION.rules.map((r) => r.key));
		rules.forEach((rule, i) => {
			expect(rule).toEqual({ key: FIRST_VERSION.rules[i].key, title: FIRST_VERSION.rules[i].title, text: fillSlots(FIRST_VERSION.rules[i].text, values), status: 'keep', custom: false });
			expect(rule.text).not.toContain('{{');
		});
		expect(rules[0].text).toContain('held in the Lane County Jail');
		expect(rules[1].text).toContain("The Lane County Sheriff's Office and the Eugene Police Department shall not arrest");

		const { base, latest, redline } = await policyRedline(db, lane.slug, laneViewer.id);
		expect([base.version, latest.version]).toEqual([1, 1]);
		expect(redline.counts).toEqual({ unchanged: 9, modified: 0, dropped: 0, added: 0, missing: 0 });
	});

	it("shows a team's edit to a rule's words as modified in the redline", async () => {
		await editRule(db, laneDoc, 'dont-ask', (text) => text.replace('shall not ask', 'must never ask'));
		// Marion rewrites its whole policy at once, as a merge would: only rule 1 differs.
		await liveDocuments(db).change(marionDoc, (doc) => {
			const rules = readAdaptation(doc);
			rules[0] = { ...rules[0], text: rules[0].text + MARION_RULE_1_EDIT, status: 'modify' };
			writeAdaptation(doc, rules);
		});

		const { redline } = await policyRedline(db, lane.slug, laneOwner.id);
		expect(redline.counts).toEqual({ unchanged: 8, modified: 1, dropped: 0, added: 0, missing: 0 });
		const dontAsk = redline.rules.find((r) => r.key === 'dont-ask');
		expect(dontAsk?.drift).toBe('modified');
		expect(dontAsk?.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim())).toEqual(['shall not']);
		expect(dontAsk?.segments.filter((s) => s.kind === 'insert').map((s) => s.text.trim())).toEqual(['must never']);

		const other = await policyRedline(db, marion.slug, marionOwner.id);
		expect(other.redline.rules.filter((r) => r.drift === 'modified').map((r) => r.key)).toEqual(['judicial-warrant']);
	});

	it('lets an admin edit the draft and publish version 2; refuses others, stale publishes and malformed slots', async () => {
		await expectRefusal(modelDraft(db, laneOwner), 403, 'forbidden');
		const draftId = await modelDraft(db, admin);
		expect(await modelDraft(db, admin)).toBe(draftId);
		const draftRow = await db.selectFrom('document').selectAll().where('id', '=', draftId).executeTakeFirstOrThrow();
		expect(draftRow).toMatchObject({ team_id: null, kind: 'model_draft' });
		const v1 = await latestVersion(db);
		const draftRules = async () => {
			const doc = await readDocument(db, draftId);
			const rules = readDraft(doc, v1);
			doc.destroy();
			return rules;
		};
		expect(await draftRules()).toEqual(FIRST_VERSION.rules);

		// A draft that says what version 1 says has nothing to publish, not even re-wrapped.
		expect(await draftReview(db, admin)).toEqual({ latest: 1, problems: [], changes: [] });
		await expectRefusal(publishDraft(db, admin, 'Nothing new.', 1), 409, 'publish_unchanged');
		await editRule(db, draftId, 'redress', (text) => text.replace(/ /g, '  '));
		expect((await draftReview(db, admin)).changes).toEqual([]);
		await expectRefusal(publishDraft(db, admin, 'Only spaces.', 1), 409, 'publish_unchanged');
		await editRule(db, draftId, 'redress', () => FIRST_VERSION.rules.find((rule) => rule.key === 'redress')!.text);
		expect(await versionCount(db)).toBe(1);
		await expectRefusal(draftReview(db, laneOwner), 403, 'forbidden');

		await editRule(db, draftId, DEFINED_ACCESS.key, () => DEFINED_ACCESS_V2);
		expect((await draftRules())[2].text).toBe(DEFINED_ACCESS_V2);
		const review = await draftReview(db, admin);
		expect(review.problems).toEqual([]);
		expect(review.changes).toHaveLength(1);
		expect(review.changes[0]).toMatchObject({ key: DEFINED_ACCESS.key, number: 3, title: DEFINED_ACCESS.title, change: 'modified', detailsChanged: false });
		expect(review.changes[0]).not.toHaveProperty('titleBefore');
		const changed = review.changes[0].segments.filter((segment) => segment.kind !== 'same');
		expect(changed.map((segment) => [segment.kind, segment.text.trim()])).toEqual([
			['delete', 'a court'],
			['insert', 'an'],
			['insert', 'signed by a judge']
		]);
		expect(review.changes[0].segments.map((segment) => (segment.kind === 'insert' ? '' : segment.text)).join('')).toBe(DEFINED_ACCESS.text);

		// Two rules with one key would break every team's merge and redline: refused until one goes.
		await liveDocuments(db).change(draftId, (doc) => {
			rulesArray(doc).push([ruleMap({ key: 'redress', title: 'Redress again', summary: '', why: '' }, 'A second copy.')]);
		});
		const duplicate = await expectRefusal(publishDraft(db, admin, 'Two of one.', 1), 400, 'rule_key_duplicate');
		expect(duplicate.params).toEqual({ title: 'Redress again' });
		await liveDocuments(db).change(draftId, (doc) => rulesArray(doc).delete(rulesArray(doc).length - 1, 1));
		expect(await versionCount(db)).toBe(1);

		await expectRefusal(publishDraft(db, laneOwner, 'Not mine to publish.', 1), 403, 'forbidden');
		const stale = await expectRefusal(publishDraft(db, admin, 'Stale.', 0), 409, 'publish_stale');
		expect(stale.params).toEqual({ version: 1 });
		await expectRefusal(publishDraft(db, admin, 'From the future.', 2), 409, 'publish_stale');

		await editRule(db, draftId, 'dont-ask', (text) => `${text} The {{sherif}} shall train staff on this rule.`);
		const malformed = await expectRefusal(publishDraft(db, admin, 'Typo.', 1), 400, 'slot_unknown_slot');
		expect(malformed.params).toEqual({ title: 'Don’t ask' });
		expect(await versionCount(db)).toBe(1);
		await editRule(db, draftId, 'dont-ask', () => FIRST_VERSION.rules[4].text);

		const published = await publishDraft(db, admin, 'Access to the jail needs a judge’s signature.', 1);
		expect(published.version).toBe(2);
		expect(await versionCount(db)).toBe(2);
		const v2 = await latestVersion(db);
		expect(v2).toMatchObject({ version: 2, notes: 'Access to the jail needs a judge’s signature.', publishedBy: admin.id });
		expect(v2.rules).toEqual(FIRST_VERSION.rules.map((rule) => (rule.key === DEFINED_ACCESS.key ? { ...rule, text: DEFINED_ACCESS_V2 } : rule)));
		// Published versions never change.
		expect((await getVersion(db, 1)).rules).toEqual(FIRST_VERSION.rules);
		// Publishing again at once would give teams an update with nothing in it.
		expect((await draftReview(db, admin)).changes).toEqual([]);
		const again = await expectRefusal(publishDraft(db, admin, 'Same again.', 2), 409, 'publish_unchanged');
		expect(again.params).toEqual({ version: 2 });
		expect(await versionCount(db)).toBe(2);
	});

	it('offers the update as suggestions; refuses stale or unknown merges and viewers, changing nothing', async () => {
		const pending = await pendingUpdate(db, lane.slug, laneViewer.id);
		expect(pending).not.toBeNull();
		const { update, fingerprint } = pending!;
		expect([update.fromVersion, update.toVersion]).toEqual([1, 2]);
		expect(update.summary).toMatchObject({ changedRules: 1, addedRules: 0, removedRules: 0, conflicts: 0 });
		expect(update.summary.suggestions).toBeGreaterThan(0);
		expect(update.rules.filter((r) => r.kind === 'changed').map((r) => r.key)).toEqual([DEFINED_ACCESS.key]);
		const reject = decideAll(update, 'reject');

		const before = await stored(db, lane);
		expect(before.adaptation.base_version).toBe(1);
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneViewer.id, { from: 1, to: 2, fingerprint, decisions: reject }), 403, 'forbidden');
		await expectRefusal(acceptModelUpdate(db, lane.slug, outsider.id, { from: 1, to: 2, fingerprint, decisions: reject }), 404, 'team_not_found');
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 2, to: 2, fingerprint, decisions: reject }), 409, 'merge_stale');
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 1, fingerprint, decisions: reject }), 409, 'merge_stale');
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 3, fingerprint, decisions: reject }), 404, 'version_not_found');
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 2, fingerprint: 'not-a-fingerprint', decisions: reject }), 409, 'merge_text_changed');
		expect(await stored(db, lane)).toEqual(before);

		// Nothing decided, or only some of it: refused, where before it silently rejected the rest.
		const suggestions = Object.keys(reject);
		expect(suggestions.length).toBeGreaterThan(1);
		const none = await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 2, fingerprint, decisions: {} }), 400, 'decisions_missing');
		expect(none.params).toEqual({ count: suggestions.length, rules: DEFINED_ACCESS.title });
		const some = await expectRefusal(
			acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 2, fingerprint, decisions: { [suggestions[0]]: 'accept', 'not-a-hunk': 'accept' } }),
			400,
			'decisions_missing'
		);
		expect(some.params).toMatchObject({ count: suggestions.length - 1 });
		expect(await stored(db, lane)).toEqual(before);

		// Someone edits while the reviewer reads: the review no longer matches the text.
		await editRule(db, laneDoc, 'clear-identification', (text) => text.replace('visible identification', 'visible name tags'));
		const edited = await stored(db, lane);
		expect(edited.rules).not.toEqual(before.rules);
		await expectRefusal(acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 2, fingerprint, decisions: reject }), 409, 'merge_text_changed');
		expect(await stored(db, lane)).toEqual(edited);
	});

	it('keeps every word of the team when every suggestion is rejected, and moves it to version 2', async () => {
		const before = await stored(db, lane);
		const { update, fingerprint } = (await pendingUpdate(db, lane.slug, laneOwner.id))!;
		expect(fingerprint).toBe(rulesFingerprint(before.rules));
		await acceptModelUpdate(db, lane.slug, laneOwner.id, { from: 1, to: 2, fingerprint, decisions: decideAll(update, 'reject') });

		const after = await stored(db, lane);
		expect(after.adaptation.base_version).toBe(2);
		expect(after.rules.map((r) => [r.key, r.title, r.text])).toEqual(before.rules.map((r) => [r.key, r.title, r.text]));
		// Rule 3 now differs from the model it follows.
		expect(after.rules[2].status).toBe('modify');
		expect(await pendingUpdate(db, lane.slug, laneOwner.id)).toBeNull();
		const { redline } = await policyRedline(db, lane.slug, laneOwner.id);
		expect(redline.rules.filter((r) => r.drift === 'modified').map((r) => r.key)).toEqual(['defined-access', 'clear-identification', 'dont-ask']);
	});

	it("takes the model's new words when every suggestion is accepted, keeping the team's own edits", async () => {
		const before = await stored(db, marion);
		const { update, fingerprint } = (await pendingUpdate(db, marion.slug, marionOwner.id))!;
		await acceptModelUpdate(db, marion.slug, marionOwner.id, { from: 1, to: 2, fingerprint, decisions: decideAll(update, 'accept') });

		const after = await stored(db, marion);
		expect(after.adaptation.base_version).toBe(2);
		expect(after.rules[2]).toMatchObject({ key: DEFINED_ACCESS.key, text: fillSlots(DEFINED_ACCESS_V2, marionValues), status: 'keep' });
		expect(after.rules[2].text).toContain('unless they present an order signed by a judge');
		expect(after.rules[0].text).toBe(fillSlots(FIRST_VERSION.rules[0].text, marionValues) + MARION_RULE_1_EDIT);
		for (const i of [1, 3, 4, 5, 6, 7, 8]) expect(after.rules[i].text).toBe(before.rules[i].text);
		const { redline } = await policyRedline(db, marion.slug, marionOwner.id);
		expect(redline.counts).toEqual({ unchanged: 8, modified: 1, dropped: 0, added: 0, missing: 0 });
	});

	it("swaps a renamed sheriff's office into the rules", async () => {
		const oldName = laneValues.sheriff_office!;
		const newName = 'Lane County Sheriff and Corrections';
		const before = await stored(db, lane);
		const uses = before.rules.reduce((n, r) => n + r.text.split(oldName).length - 1, 0);
		expect(uses).toBeGreaterThanOrEqual(2);

		lane = await updateTeam(db, lane.slug, laneOwner.id, { ...LANE, sheriffOffice: newName });
		expect(namesChanged(lane, laneValues)).toBe(true);
		await expectRefusal(refillNames(db, lane.slug, laneViewer.id), 403, 'forbidden');
		expect(await refillNames(db, lane.slug, laneOwner.id)).toBe(uses);

		const after = await stored(db, lane);
		const values = JSON.parse(after.adaptation.slot_values) as SlotValues;
		expect(values).toEqual({ ...laneValues, sheriff_office: newName });
		expect(namesChanged(lane, values)).toBe(false);
		for (const [i, rule] of after.rules.entries()) {
			expect(rule.text).not.toContain(oldName);
			expect(rule.text).toBe(before.rules[i].text.split(oldName).join(newName));
		}
		// The team's own edits survive, and the redline against the new names shows the same drift.
		expect(after.rules[4].text).toContain('must never ask');
		const { redline } = await policyRedline(db, lane.slug, laneOwner.id);
		expect(redline.counts).toEqual({ unchanged: 6, modified: 3, dropped: 0, added: 0, missing: 0 });
	});

	it('seeds the talking points document once, with a heading per audience', async () => {
		const id = await ensureTalkingPoints(db, lane, laneOwner.id, 'en');
		const log = async () => (await db.selectFrom('document_update').select('id').where('document_id', '=', id).execute()).length;
		const seeded = await log();
		expect(seeded).toBeGreaterThan(0);
		expect(await ensureTalkingPoints(db, lane, laneOwner.id, 'en')).toBe(id);
		expect(await log()).toBe(seeded);
		expect(await db.selectFrom('document').select('id').where('team_id', '=', lane.id).where('kind', '=', 'talking_points').execute()).toEqual([{ id }]);

		const doc = await readDocument(db, id);
		const nodes = doc.getXmlFragment('body').toArray() as Y.XmlElement[];
		const textOf = (node: Y.XmlElement | Y.XmlText): string => (node instanceof Y.XmlText ? node.toString() : node.toArray().map((child) => textOf(child as Y.XmlElement)).join(''));
		const headings = nodes.filter((n) => n.nodeName === 'heading');
		expect(headings.map(textOf)).toEqual(AUDIENCES.map((audience) => translate('en', `talking_points.audience_${audience}`)));
		const items = nodes.filter((n) => n.nodeName === 'bulletList').flatMap((list) => list.toArray());
		const latest = await latestVersion(db);
		expect(items).toHaveLength(latest.rules.reduce((n, r) => n + r.talkingPoints.length, 0));
		expect(textOf(nodes[0])).toBe(translate('en', 'talking_points.intro'));
		expect(nodes.map(textOf).join('\n')).not.toContain('{{');
		doc.destroy();
	});
});
