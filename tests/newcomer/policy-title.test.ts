import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate } from '$lib/i18n';
import { documentHref, documentTitle, policyStatus } from '$lib/documents';
import type { Team, User } from '$lib/server/db/schema';
import { adaptModel } from '$lib/server/adaptation';
import { addTactic, linkableDocuments, listTactics } from '$lib/server/tactics';
import { addTeam, addUser, openFoundation, type Foundation } from '../foundation/helpers';

let f: Foundation;
let owner: User;
let team: Team;
let policyId: string;

const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);
const es = (key: string, params?: Record<string, unknown>) => translate('es', key, params);

beforeAll(async () => {
	f = await openFoundation();
	owner = await addUser(f.db, 'Olga Owner');
	team = await addTeam(f.db, owner);
	policyId = await adaptModel(f.db, team.slug, owner.id);
});
afterAll(() => f.close());

describe('the adapted policy as a document', () => {
	test('is stored as "Policy for <jurisdiction>", not the bare jurisdiction name', async () => {
		const row = await f.db.selectFrom('document').select('title').where('id', '=', policyId).executeTakeFirstOrThrow();
		expect(row.title).toBe('Policy for Springfield');
	});

	test('is shown in the reader’s language even where an older row holds the bare name', async () => {
		await f.db.updateTable('document').set({ title: 'Springfield' }).where('id', '=', policyId).execute();
		const [doc] = (await linkableDocuments(f.db, team.slug, owner.id)).filter((d) => d.id === policyId);
		expect(documentTitle(doc, team.jurisdiction_name, en)).toBe('Policy for Springfield');
		expect(documentTitle(doc, team.jurisdiction_name, es)).toBe('Política para Springfield');
		expect(documentHref(team.slug, doc)).toBe(`/t/${team.slug}/policy`);
		expect(documentTitle({ kind: 'doc', title: 'Springfield notes' }, 'Springfield', en)).toBe('Springfield notes');
	});

	test('a tactic linking it shows it by that title and opens the policy page', async () => {
		await addTactic(f.db, team.slug, owner.id, { date: '2026-03-01', kind: 'meeting', targetId: '', summary: 'Went through the redline.', outcome: '', links: [], documents: [policyId] });
		const [tactic] = await listTactics(f.db, team.slug, owner.id);
		const [link] = tactic.links;
		expect(link.type === 'doc' && documentTitle(link, team.jurisdiction_name, en)).toBe('Policy for Springfield');
		expect(link.type === 'doc' && documentHref(team.slug, link)).toBe(`/t/${team.slug}/policy`);
	});

	test('its status reads the same on the team home and in the documents list', () => {
		expect(policyStatus(null, en)).toBe('Not adapted yet');
		expect(policyStatus({ baseVersion: 1, latestVersion: 1 }, en)).toBe('Adapted from model version 1');
		expect(policyStatus({ baseVersion: 1, latestVersion: 2 }, es)).toBe('Salió la versión 2 del modelo: revísala');
	});
});
