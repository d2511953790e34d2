import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanText } from '$lib/text';
import { today } from '$lib/scorecard';
import { signUp } from '$lib/server/accounts';
import { createDocument, renameDocument } from '$lib/server/documents';
import { optionalText, parseForm, text } from '$lib/server/forms';
import { addTarget, setEntry } from '$lib/server/scorecard';
import { addTactic } from '$lib/server/tactics';
import { draftProblems, latestVersion, readDraft } from '$lib/server/model-policy';
import { ruleMap, rulesArray } from '$lib/collab/policy-doc';
import * as Y from 'yjs';
import { createTeam, updateTeam } from '$lib/server/teams';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, expectRefusal, openFoundation, snapshot, type Foundation } from './helpers';

const RLO = '\u202e';
const LRI = '\u2066';
const PDI = '\u2069';
const ZWSP = '\u200b';
const ESC = '\u001b';

// Text whose only content is invisible: each must count as empty.
const INVISIBLE_ONLY = [
	'',
	'   ',
	ZWSP.repeat(3),
	`${ZWSP}\u2060\ufeff`,
	`${RLO}${ZWSP}`,
	'\u3164\u3164',
	'\u2800',
	'\u00a0\u3000\t',
	'\u200d\u200c',
	'\u0000\u0007',
	`${ESC}[31m${ESC}[0m`,
	`${ESC}]0;title\u0007`
];

describe('cleanText', () => {
	test.each([
		['NFC: a decomposed ñ becomes one character', 'Ban\u0303os', 'Baños'],
		['NUL and other controls go', 'Lane\u0000 County\u0007', 'Lane County'],
		['a right-to-left override goes', `Invoice${RLO}fdp.exe`, 'Invoicefdp.exe'],
		['bidi isolates go', `${LRI}Travis${PDI} County`, 'Travis County'],
		['zero-width spaces go', `Tra${ZWSP}vis`, 'Travis'],
		['terminal colour codes go whole', `${ESC}[31mRed${ESC}[0m Team`, 'Red Team'],
		['a terminal title sequence goes whole', `${ESC}]0;pwned\u0007Team`, 'Team'],
		['an 8-bit CSI goes whole', '\u009b2JTeam', 'Team'],
		['whitespace collapses and is trimmed', '  Lane \t\n County  ', 'Lane County'],
		['a joiner inside an emoji stays', 'Team 👩\u200d👩\u200d👧', 'Team 👩\u200d👩\u200d👧'],
		['Arabic and Hebrew stay as typed', 'فريق القدس · צוות', 'فريق القدس · צוות']
	])('%s', (_name, input, output) => {
		expect(cleanText(input)).toBe(output);
	});

	test.each(INVISIBLE_ONLY)('%j has nothing visible: empty', (input) => {
		expect(cleanText(input)).toBe('');
		expect(cleanText(input, { multiline: true })).toBe('');
	});

	test('multiline keeps line breaks (at most one blank line), cleans each line', () => {
		expect(cleanText(`First  line\r\nsecond${ESC}[1m\tline  \n\n\n\nthird${RLO}`, { multiline: true })).toBe('First line\nsecond line\n\nthird');
	});

	test('whatever comes in, what comes out has no controls or bidi overrides, is NFC, and cleaning it again changes nothing', () => {
		const nasty = fc.constantFrom('\u0000', '\u0007', '\u001b', '[', '3', '1', 'm', ']', '\u009b', RLO, LRI, PDI, ZWSP, '\ufeff', '\u200d', ' ', '\t', '\n', '\r', 'a', 'ñ', 'n\u0303', 'ש', '😀');
		fc.assert(
			fc.property(fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join('')), fc.boolean(), (input, multiline) => {
				const out = cleanText(input, { multiline });
				expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
				if (!multiline) expect(out).not.toMatch(/[\n\t]/);
				expect(out).toBe(out.normalize('NFC'));
				expect(cleanText(out, { multiline })).toBe(out);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('form fields', () => {
	const schema = v.object({ name: text(20), note: optionalText(20), summary: text(200, { multiline: true }) });
	const form = (fields: Record<string, string>) => {
		const data = new FormData();
		for (const [k, value] of Object.entries(fields)) data.set(k, value);
		return data;
	};

	test.each(INVISIBLE_ONLY)('a name of %j is required, an optional one is null', (input) => {
		const parsed = parseForm(schema, form({ name: input, note: input, summary: 'x' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.failure.data.errors).toEqual({ name: 'required' });
		const optional = parseForm(schema, form({ name: 'Lane', note: input, summary: 'x' }));
		expect(optional).toMatchObject({ ok: true, data: { note: null } });
	});

	test('what passes is cleaned, and the length limit counts the cleaned text', () => {
		const parsed = parseForm(schema, form({ name: `${ZWSP.repeat(30)}Lane${RLO}`, note: ` a\u0000b `, summary: 'one\r\ntwo' }));
		expect(parsed).toEqual({ ok: true, data: { name: 'Lane', note: 'ab', summary: 'one\ntwo' } });
	});
});

describe('the domain cleans free text too, whoever calls it', () => {
	let f: Foundation;
	let owner: User;
	beforeAll(async () => {
		f = await openFoundation();
		owner = await addUser(f.db, 'Olga');
	});
	afterAll(() => f.close());

	const TEAM = { name: `${RLO}Lane${ZWSP} Jail\u0000 Watch`, jurisdictionKind: 'county' as const, jurisdictionName: 'Lane  County', state: 'OR', sheriffOffice: `${ESC}[2J`, jail: 'Lane County Jail' };

	test('team names and offices', async () => {
		const team = await createTeam(f.db, owner.id, TEAM);
		expect(team).toMatchObject({ name: 'Lane Jail Watch', jurisdiction_name: 'Lane County', sheriff_office: null, jail: 'Lane County Jail' });
		const renamed = await updateTeam(f.db, team.slug, owner.id, { ...TEAM, name: 'Lane Jail Watch 2', councilName: `\u3164` });
		expect(renamed.council_name).toBeNull();
	});

	test('document titles: cleaned, and refused when nothing visible is left', async () => {
		const team = await createTeam(f.db, owner.id, { ...TEAM, name: 'Docs team' });
		const doc = await createDocument(f.db, team.slug, owner.id, { title: `Testimony${RLO} draft${ESC}[0m` });
		expect(doc.title).toBe('Testimony draft');
		const before = await snapshot(f.db);
		await expectRefusal(createDocument(f.db, team.slug, owner.id, { title: ZWSP.repeat(5) }), 400, 'document_title_invalid');
		await expectRefusal(renameDocument(f.db, team.slug, owner.id, doc.id, `${RLO}\u2800`), 400, 'document_title_invalid');
		expect(await snapshot(f.db)).toEqual(before);
	});

	test('display names at sign-up', async () => {
		const user = await signUp(f.db, { email: 'nul@example.org', displayName: `Ro\u0000sa${RLO}`, password: PASSWORD });
		expect(user.display_name).toBe('Rosa');
		await expectRefusal(signUp(f.db, { email: 'ghost@example.org', displayName: `${ZWSP}\u3164`, password: PASSWORD }), 400, 'required');
		expect(await f.db.selectFrom('user').select('id').where('email', '=', 'ghost@example.org').executeTakeFirst()).toBeUndefined();
	});

	test('scorecard targets and notes, tactic summaries', async () => {
		const team = await createTeam(f.db, owner.id, { ...TEAM, name: 'Score team' });
		const target = await addTarget(f.db, team.slug, owner.id, { name: `Sheriff${ESC}[5m`, kind: 'sheriff' });
		expect(target.name).toBe('Sheriff');
		await expectRefusal(addTarget(f.db, team.slug, owner.id, { name: ZWSP, kind: 'police' }), 400, 'required');
		const entry = await setEntry(f.db, team.slug, owner.id, target.id, 'judicial-warrant', { status: 'mixed', note: `Said yes\u0000\r\nthen no${RLO}` });
		expect(entry.note).toBe('Said yes\nthen no');
		const tactic = await addTactic(f.db, team.slug, owner.id, { date: today(), kind: 'meeting', summary: `Met the sheriff\r\n\r\n${ESC}[31mAgain`, links: [], documents: [] });
		expect(tactic.summary).toBe('Met the sheriff\n\nAgain');
		await expectRefusal(addTactic(f.db, team.slug, owner.id, { date: today(), kind: 'meeting', summary: `${ZWSP}\n\u2800`, links: [], documents: [] }), 400, 'required');
	});

	test("rule titles typed live into the model's draft: cleaned, and an invisible one stops publishing", async () => {
		const doc = new Y.Doc();
		rulesArray(doc).push([
			ruleMap({ key: 'a', number: 1, title: `Judicial${RLO} warrant${ESC}[0m`, summary: 'One\r\ntwo', why: 'x' }, 'Officials shall not hold anyone.'),
			ruleMap({ key: 'b', number: 2, title: `${ZWSP}\u3164`, summary: '', why: '' }, 'Officials shall not ask.')
		]);
		const rules = readDraft(doc, await latestVersion(f.db));
		expect(rules.map((r) => [r.title, r.summary])).toEqual([
			['Judicial warrant', 'One\ntwo'],
			['', '']
		]);
		expect(draftProblems(rules).map((p) => [p.key, p.code])).toContainEqual(['b', 'rule_title_missing']);
		doc.destroy();
	});
});
