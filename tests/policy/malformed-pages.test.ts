import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fragmentText, rulesArray, ruleText, setFragmentText } from '$lib/collab/policy-doc';
import { adaptModel } from '$lib/server/adaptation';
import { liveDocuments } from '$lib/server/live-documents';
import { modelDraft, publishDraft } from '$lib/server/model-policy';
import type { User } from '$lib/server/db/schema';
import { storeRaw } from '../foundation/store-raw';
import { PASSWORD, addTeam, addUser, openFoundation, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';
import { attack } from '../collab/shape-attacks';

// A structured document stored wrong-shaped (before updates were checked, or by a server bug) must
// never take its pages down: every page that reads it answers over real HTTP.
let f: Foundation;
let kit: Kit;
let admin: User;
let slug: string;
let policyId: string;
let draftId: string;
let ownerCookie: string;
let adminCookie: string;

async function signIn(user: User): Promise<string> {
	const response = await kit.post('/signin', { email: user.email, password: PASSWORD });
	expect(response.status).toBe(303);
	return cookiesOf(response);
}

async function statusOf(path: string, cookie: string): Promise<number> {
	const response = await kit.fetch(path, { cookie });
	await response.arrayBuffer();
	return response.status;
}

beforeAll(async () => {
	f = await openFoundation();
	kit = await startKit(f.app);
	admin = await addUser(f.db, 'Ana Admin', { admin: true });
	const owner = await addUser(f.db, 'Olga Owner');
	slug = (await addTeam(f.db, owner)).slug;
	policyId = await adaptModel(f.db, slug, owner.id);
	// A model version 2 is out, so the update review page has something to show.
	draftId = await modelDraft(f.db, admin);
	await liveDocuments(f.db).change(draftId, (doc) => {
		const rule = rulesArray(doc).get(1);
		setFragmentText(ruleText(rule), fragmentText(ruleText(rule)).replace(/\.\s*$/, ', in every case.'));
	});
	await publishDraft(f.db, admin, 'Rule 2 says when.', 1);
	ownerCookie = await signIn(owner);
	adminCookie = await signIn(admin);
}, 120_000);

afterAll(async () => {
	await kit?.close();
	await f?.close();
});

const TEAM_PAGES = ['', '/policy', '/policy/redline', '/policy/final', '/policy/update', '/scorecard', '/docs', '/tactics'];
const ADMIN_PAGES = ['/admin/model', '/admin/model/draft', '/admin/rollup', '/admin/rollup.csv'];

describe('pages that read a structured document', () => {
	test('answer 200 while the policy and the model draft hold random wrong-shaped elements', async () => {
		const pages = () => [...TEAM_PAGES.map((path) => [`/t/${slug}${path}`, ownerCookie] as const), ...ADMIN_PAGES.map((path) => [path, adminCookie] as const)];
		for (const [path, cookie] of pages()) expect(`${path} ${await statusOf(path, cookie)}`).toBe(`${path} 200`);
		// Each run adds to what earlier runs stored, so the documents get worse as the runs go on.
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(attack, fc.nat()), { minLength: 1, maxLength: 3 }), async (attacks) => {
				for (const documentId of [policyId, draftId]) await storeRaw(f.db, documentId, (doc) => attacks.forEach(([hit, i]) => hit(doc, i)));
				for (const [path, cookie] of pages()) expect(`${path} ${await statusOf(path, cookie)}`).toBe(`${path} 200`);
			}),
			{ numRuns: 12, seed: 9 }
		);
	}, 180_000);
});
