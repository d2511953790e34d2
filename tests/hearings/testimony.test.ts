import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { KIND_SCHEMAS } from '$lib/collab/document-kinds';
import { createHearing, deleteHearing } from '$lib/server/hearings';
import { createDocument, listDocuments } from '$lib/server/documents';
import { checkDocumentExport, exportDocument } from '$lib/server/export/index';
import { readDocument } from '$lib/server/live-documents';
import { updateTeam } from '$lib/server/teams';
import { TESTIMONY_TEMPLATES, createTestimony, getTestimony, listTestimony, updateSpeaker } from '$lib/server/testimony';
import { addTeam, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { hearingFields } from './fixtures';

let f: Foundation;
beforeEach(async () => {
	f = await openFoundation();
});
afterEach(async () => {
	await f.close();
});

/** The stored body of a rich-text document, block by block: [element name, its text]. */
async function blocksOf(documentId: string): Promise<[string, string][]> {
	const doc = await readDocument(f.db, documentId);
	const blocks = doc
		.getXmlFragment(RICH_TEXT_FIELD)
		.toArray()
		.map((node): [string, string] => (node instanceof Y.XmlElement ? [node.nodeName, node.toArray().map((child) => child.toString()).join('')] : ['text', node.toString()]));
	doc.destroy();
	return blocks;
}

async function namedTeam() {
	const four = await teamOfFour(f.db);
	const team = await updateTeam(f.db, four.team.slug, four.owner.id, {
		name: four.team.name,
		jurisdictionKind: 'county',
		jurisdictionName: 'Travis County',
		state: 'TX',
		councilName: 'Travis County Commissioners Court',
		sheriffOffice: "Travis County Sheriff's Office"
	});
	return { ...four, team };
}

describe('testimony from a template', () => {
	it('writes the template into the document on the server, in the usual shape, with the team’s names', async () => {
		const { member, team } = await namedTeam();
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'resident', hearingId: null, speakerName: 'Rosa Díaz' }, 'en');
		expect(document.kind).toBe('testimony');
		expect(document.title).toBe('Testimony of Rosa Díaz (A resident\u2019s personal story)'.replace('\u2019', "'"));
		const blocks = await blocksOf(document.id);
		expect(blocks.filter(([name]) => name === 'heading').map(([, text]) => text)).toEqual(['Who you are', 'Your ask', 'Local facts', 'Your story', 'Your ask, once more', 'Thanks']);
		expect(blocks.map(([name]) => name)).toEqual(Array.from({ length: 6 }, () => ['heading', 'paragraph']).flat());
		const text = blocks.map(([, t]) => t).join('\n');
		expect(text).toContain('Good evening, members of the Travis County Commissioners Court.');
		expect(text).toContain('[your name]');
		expect(text).toContain("Travis County Sheriff's Office received last year");
		expect(text).toContain('Thank you for your time, and for listening to the people of Travis County.');
		// The ask comes first and again at the end.
		expect(text.indexOf('adopt all nine rules')).toBeLessThan(text.indexOf('Your story'));
		expect(text.lastIndexOf('adopt all nine rules')).toBeGreaterThan(text.indexOf('Your story'));
		expect(await getTestimony(f.db, team.slug, member.id, document.id)).toMatchObject({ testimony: { speaker_name: 'Rosa Díaz', words_per_minute: 140, interpreter: 0, hearing_id: null, template: 'resident' }, hearing: null, canEdit: true });
	});

	it('fills every template in English and Spanish, ties it to the hearing, and marks the interpreted one', async () => {
		const { member, team } = await namedTeam();
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields({ bodyName: '', bodyKind: 'commissioners', agendaItem: 'Item 7: the Freedom Cities resolution' }));
		for (const template of TESTIMONY_TEMPLATES) {
			for (const locale of ['en', 'es'] as const) {
				const document = await createTestimony(f.db, team.slug, member.id, { template, hearingId: hearing.id, speakerName: 'Ana' }, locale);
				const text = (await blocksOf(document.id)).map(([, t]) => t).join('\n');
				expect(text, `${template} ${locale}`).toContain('Item 7: the Freedom Cities resolution');
				expect(text, `${template} ${locale}`).toContain('Travis County');
				expect(text, `${template} ${locale}`).toMatch(locale === 'en' ? /\[your name\]/ : /\[tu nombre\]/);
				expect(text).not.toMatch(/\{\{|testimony\.templates/);
				const { testimony } = await getTestimony(f.db, team.slug, member.id, document.id);
				expect(testimony.hearing_id).toBe(hearing.id);
				expect(testimony.interpreter).toBe(template === 'interpreted' ? 1 : 0);
			}
		}
		const spanish = await createTestimony(f.db, team.slug, member.id, { template: 'faith', hearingId: hearing.id, speakerName: 'Padre Luis' }, 'es');
		expect(spanish.title).toBe('Testimonio de Padre Luis, Junta de comisionados, 14 dic 2026');
		expect((await blocksOf(spanish.id))[0]).toEqual(['heading', 'Quién eres']);
		expect((await listTestimony(f.db, team.id, hearing.id)).length).toBe(9);
	});

	it('refuses an unknown template, a viewer, an outsider and another team’s hearing, and makes nothing', async () => {
		const { member, viewer, outsider, team } = await namedTeam();
		const other = await addTeam(f.db, outsider);
		const theirs = await createHearing(f.db, other.slug, outsider.id, hearingFields());
		await expectRefusal(createTestimony(f.db, team.slug, member.id, { template: 'sermon', hearingId: null, speakerName: 'Ana' }, 'en'), 400, 'template_unknown');
		await expectRefusal(createTestimony(f.db, team.slug, member.id, { template: '', hearingId: null, speakerName: 'Ana' }, 'en'), 400, 'template_unknown');
		await expectRefusal(createTestimony(f.db, team.slug, member.id, { template: 'resident', hearingId: null, speakerName: '   ' }, 'en'), 400, 'required');
		await expectRefusal(createTestimony(f.db, team.slug, viewer.id, { template: 'resident', hearingId: null, speakerName: 'Vera' }, 'en'), 403, 'forbidden');
		await expectRefusal(createTestimony(f.db, team.slug, outsider.id, { template: 'resident', hearingId: null, speakerName: 'Otto' }, 'en'), 404);
		await expectRefusal(createTestimony(f.db, team.slug, member.id, { template: 'resident', hearingId: theirs.id, speakerName: 'Ana' }, 'en'), 404, 'hearing_not_found');
		expect(await f.db.selectFrom('document').select('id').where('team_id', '=', team.id).where('kind', '=', 'testimony').execute()).toEqual([]);
		expect(await f.db.selectFrom('testimony').select('document_id').execute()).toEqual([]);
	});

	it('is a document of its own kind: rich text to the engine, listed with the team’s documents, and 404 to another team', async () => {
		const { member, viewer, outsider, team } = await namedTeam();
		expect(KIND_SCHEMAS.testimony).toBe(KIND_SCHEMAS.doc);
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'organization', hearingId: null, speakerName: 'Ana' }, 'en');
		expect((await listDocuments(f.db, team.slug, viewer.id)).map((d) => d.id)).toContain(document.id);
		expect((await getTestimony(f.db, team.slug, viewer.id, document.id)).canEdit).toBe(false);
		const other = await addTeam(f.db, outsider);
		await expectRefusal(getTestimony(f.db, other.slug, outsider.id, document.id), 404, 'testimony_not_found');
		await expectRefusal(getTestimony(f.db, team.slug, outsider.id, document.id), 404);
	});
});

describe('the speaker', () => {
	it('members set the speaker, words a minute, interpreter and a time by hand; bad values change nothing', async () => {
		const { member, viewer, outsider, team } = await namedTeam();
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'interpreted', hearingId: null, speakerName: 'Ana' }, 'en');
		const saved = await updateSpeaker(f.db, team.slug, member.id, document.id, { speakerName: 'Ana Ruiz', hearingId: hearing.id, wordsPerMinute: '130', interpreter: 'on', speakingMinutes: '2.5' });
		expect(saved).toMatchObject({ speaker_name: 'Ana Ruiz', hearing_id: hearing.id, words_per_minute: 130, interpreter: 1, speaking_seconds: 150 });
		const cleared = await updateSpeaker(f.db, team.slug, member.id, document.id, { speakerName: 'Ana Ruiz', hearingId: '', wordsPerMinute: '', interpreter: '', speakingMinutes: '' });
		expect(cleared).toMatchObject({ hearing_id: null, words_per_minute: 140, interpreter: 0, speaking_seconds: null });

		for (const [change, code] of [
			[{ wordsPerMinute: '40' }, 'wpm_invalid'],
			[{ wordsPerMinute: '140.5' }, 'wpm_invalid'],
			[{ wordsPerMinute: 'fast' }, 'wpm_invalid'],
			[{ speakingMinutes: '-1' }, 'speaking_time_invalid'],
			[{ speakingMinutes: '90' }, 'speaking_time_invalid'],
			[{ speakerName: '' }, 'required']
		] as const) {
			await expectRefusal(updateSpeaker(f.db, team.slug, member.id, document.id, { speakerName: 'Bad', ...change }), 400, code);
		}
		const other = await addTeam(f.db, outsider);
		const theirs = await createHearing(f.db, other.slug, outsider.id, hearingFields());
		await expectRefusal(updateSpeaker(f.db, team.slug, member.id, document.id, { speakerName: 'Bad', hearingId: theirs.id }), 404, 'hearing_not_found');
		await expectRefusal(updateSpeaker(f.db, team.slug, viewer.id, document.id, { speakerName: 'Bad' }), 403, 'forbidden');
		expect((await getTestimony(f.db, team.slug, member.id, document.id)).testimony).toMatchObject({ speaker_name: 'Ana Ruiz', words_per_minute: 140, hearing_id: null });
	});

	it('keeps the testimony when its hearing is deleted, tied to no hearing', async () => {
		const { owner, member, team } = await namedTeam();
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'resident', hearingId: hearing.id, speakerName: 'Ana' }, 'en');
		await deleteHearing(f.db, team.slug, owner.id, hearing.id);
		const { testimony, hearing: after } = await getTestimony(f.db, team.slug, member.id, document.id);
		expect(testimony.hearing_id).toBeNull();
		expect(after).toBeNull();
		expect((await listTestimony(f.db, team.id, null)).map((t) => t.id)).toEqual([document.id]);
		expect((await blocksOf(document.id)).length).toBe(12);
	});
});

describe('testimony as a file for the clerk', () => {
	it('puts the speaker and the hearing above the text and checks the file against the hearing’s rules', async () => {
		const { member, viewer, team } = await namedTeam();
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields({ characterCap: '300', formats: ['pdf', 'printed'] }));
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'organization', hearingId: hearing.id, speakerName: 'Rosa Díaz' }, 'en');
		const md = await exportDocument(f.db, team.slug, viewer.id, document.id, { format: 'md', locale: 'en' });
		const text = new TextDecoder().decode(md.bytes);
		expect(text).toContain('Rosa Díaz');
		expect(text).toContain('Springfield City Council');
		expect(text).toContain('Item 12: the welcoming city ordinance');
		expect(text).toContain('Dec 14, 2026');
		const pdf = await checkDocumentExport(f.db, team.slug, viewer.id, document.id, { format: 'pdf', locale: 'en' });
		expect(pdf.checks.map((c) => c.key)).toEqual(expect.arrayContaining(['export.check.format_taken', 'export.check.printed_copies', 'export.check.cap_over']));
		const docx = await checkDocumentExport(f.db, team.slug, viewer.id, document.id, { format: 'docx', locale: 'en' });
		expect(docx.checks.map((c) => c.key)).toContain('export.check.format_refused');
		// A document that is not testimony has no clerk's rules.
		const notes = await createDocument(f.db, team.slug, member.id, { title: 'Meeting notes' });
		expect((await checkDocumentExport(f.db, team.slug, member.id, notes.id, { format: 'pdf', locale: 'en' })).checks.map((c) => c.key)).toEqual(['export.check.size']);
	});
});
