import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setFragmentText } from '$lib/collab/policy-doc';
import { richTextBlocks, richTextBody } from '$lib/collab/rich-text-doc';
import type { AppContext } from '$lib/server/app';
import { createDocument } from '$lib/server/documents';
import { compareVersion, listVersions, restoreVersion, saveVersion } from '$lib/server/document-versions';
import { readDocument } from '$lib/server/live-documents';
import { Refusal } from '$lib/server/refusal';
import { addMember, client, openContext, person, removeDir, sleep, startServer, synced, teamOf, tempDataDir, waitFor, type Client, type Person, type TestServer } from '../collab/helpers';
import { startKit, type Kit } from '../foundation/kit';

let dir: string;
let context: AppContext;
let server: TestServer;
let kit: Kit;
let owner: Person, member: Person, viewer: Person, outsider: Person;
let slug: string;
let otherSlug: string;
const clients: Client[] = [];

const blocks = (doc: Y.Doc) => richTextBlocks(richTextBody(doc));
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => 'allowed',
		(err) => (err instanceof Refusal ? `${err.status} ${err.code}` : Promise.reject(err))
	);

beforeAll(async () => {
	dir = tempDataDir();
	context = await openContext(dir);
	server = await startServer(context);
	kit = await startKit(context);
	[owner, member, viewer, outsider] = await Promise.all(['Olga', 'Mateo', 'Vera', 'Otto'].map((n) => person(context, n)));
	const team = await teamOf(context, owner);
	slug = team.slug;
	await addMember(context, team.id, member, 'member');
	await addMember(context, team.id, viewer, 'viewer');
	otherSlug = (await teamOf(context, outsider, 'Elsewhere Watch')).slug;
}, 120_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	await kit.close();
	await server.stop(true);
	removeDir(dir);
});

/** Waits until the store holds these blocks (the writer commits a moment after an edit). */
async function storedAs(documentId: string, want: string[]): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (JSON.stringify(blocks(await readDocument(context.db, documentId))) === JSON.stringify(want)) return;
		await sleep(50);
	}
	throw new Error(`the store never held ${JSON.stringify(want)}`);
}

function open(documentId: string, who: Person): Client {
	const c = client(server, documentId, who);
	clients.push(c);
	return c;
}

describe('document versions', () => {
	it('names a version, compares it word by word, and restores it through the live room for everyone', async () => {
		const document = await createDocument(context.db, slug, owner.id, { title: 'Testimony for the 14th' });
		const a = open(document.id, owner);
		const b = open(document.id, member);
		await synced(a, b);
		a.doc.transact(() => setFragmentText(richTextBody(a.doc), 'My name is Olga\nWe ask the council to adopt all nine rules'));
		await storedAs(document.id, ['My name is Olga', 'We ask the council to adopt all nine rules']);
		await waitFor(() => blocks(b.doc).length === 2, 5_000, 'the text reached b');

		const id = await saveVersion(context.db, slug, member.id, document.id, 'Sent to the clerk');
		b.doc.transact(() => {
			const second = richTextBody(b.doc).get(1) as Y.XmlElement;
			const text = second.get(0) as Y.XmlText;
			text.delete(text.length - 'all nine rules'.length, 'all nine rules'.length);
			text.insert(text.length, 'the rules');
		});
		await storedAs(document.id, ['My name is Olga', 'We ask the council to adopt the rules']);
		await waitFor(() => blocks(a.doc)[1] === 'We ask the council to adopt the rules', 5_000, 'the edit reached a');

		const comparison = await compareVersion(context.db, slug, viewer.id, document.id, id);
		expect(comparison.changed).toBe(true);
		expect(comparison.version).toMatchObject({ name: 'Sent to the clerk', createdByName: 'Mateo' });
		expect(comparison.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim())).toContain('all nine');
		expect(comparison.segments.filter((s) => s.kind === 'insert').map((s) => s.text.trim())).toContain('the');

		await restoreVersion(context.db, slug, member.id, document.id, id);
		const want = ['My name is Olga', 'We ask the council to adopt all nine rules'];
		await waitFor(() => JSON.stringify(blocks(a.doc)) === JSON.stringify(want) && JSON.stringify(blocks(b.doc)) === JSON.stringify(want), 5_000, 'both clients restored');
		expect(blocks(await readDocument(context.db, document.id))).toEqual(want);
		// Both copies are still live and converge on the next edit.
		a.doc.transact(() => (richTextBody(a.doc).get(0) as Y.XmlElement).insert(1, [new Y.XmlText(' Ortiz')]));
		await waitFor(() => blocks(b.doc)[0].startsWith('My name is Olga') && blocks(b.doc)[0].endsWith(' Ortiz'), 5_000, 'a later edit reached b');

		// The text before the restore was kept, by the person who restored.
		const { versions } = await listVersions(context.db, slug, viewer.id, document.id);
		expect(versions.map((v) => v.name)).toEqual([null, 'Sent to the clerk']);
		expect(versions[0].createdByName).toBe('Mateo');
		const before = await compareVersion(context.db, slug, owner.id, document.id, versions[0].id);
		expect(before.segments.some((s) => s.kind === 'delete' && s.text.includes('the'))).toBe(true);
	});

	it('lets viewers read and compare, members save and restore, and no one reach another team', async () => {
		const document = await createDocument(context.db, slug, owner.id, { title: 'Talking points' });
		const id = await saveVersion(context.db, slug, owner.id, document.id, 'First');
		expect(await refusal(saveVersion(context.db, slug, viewer.id, document.id, 'Mine'))).toBe('403 forbidden');
		expect(await refusal(restoreVersion(context.db, slug, viewer.id, document.id, id))).toBe('403 forbidden');
		expect(await refusal(compareVersion(context.db, slug, viewer.id, document.id, id))).toBe('allowed');
		expect(await refusal(listVersions(context.db, slug, outsider.id, document.id))).toBe('404 team_not_found');
		expect(await refusal(compareVersion(context.db, otherSlug, outsider.id, document.id, id))).toBe('404 document_not_found');
		const other = await createDocument(context.db, slug, owner.id, { title: 'Other' });
		expect(await refusal(compareVersion(context.db, slug, owner.id, other.id, id))).toBe('404 document_version_not_found');
		expect(await refusal(restoreVersion(context.db, slug, owner.id, other.id, id))).toBe('404 document_version_not_found');
		expect((await context.db.selectFrom('document_version').select('id').where('document_id', '=', other.id).execute()).length).toBe(0);
	});

	it('answers the history page and its actions over HTTP with clear refusals', async () => {
		const document = await createDocument(context.db, slug, owner.id, { title: 'Hearing notes' });
		const path = `/t/${slug}/docs/${document.id}/history`;
		const page = await kit.fetch(path, { cookie: viewer.cookie });
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Version history');
		expect((await kit.fetch(path, { cookie: outsider.cookie })).status).toBe(404);
		expect((await kit.fetch(`${path}?compare=99999999`, { cookie: viewer.cookie })).status).toBe(200);
		expect((await kit.fetch(`${path}?compare=x'1`, { cookie: viewer.cookie })).status).toBe(200);

		const saved = await kit.post(`${path}?/save`, { name: 'Draft one' }, member.cookie);
		expect(saved.status).toBe(200);
		const [version] = (await listVersions(context.db, slug, member.id, document.id)).versions;
		expect(version.name).toBe('Draft one');
		expect((await kit.post(`${path}?/save`, { name: '   ' }, member.cookie)).status).toBe(400);
		expect((await kit.post(`${path}?/save`, { name: 'x'.repeat(81) }, member.cookie)).status).toBe(400);
		expect((await kit.post(`${path}?/save`, { name: 'Viewer' }, viewer.cookie)).status).toBe(403);
		expect((await kit.post(`${path}?/restore`, { version: 'abc' }, member.cookie)).status).toBe(400);
		expect((await kit.post(`${path}?/restore`, { version: String(version.id) }, viewer.cookie)).status).toBe(403);
		expect((await kit.post(`${path}?/restore`, { version: '123456789' }, member.cookie)).status).toBe(404);
		expect((await listVersions(context.db, slug, member.id, document.id)).versions).toHaveLength(1);
	});
});
