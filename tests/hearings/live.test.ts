import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../src/lib/collab/board-doc';
import type { AppContext } from '../../src/lib/server/app';
import { ensureCampaignBoard } from '../../src/lib/server/boards';
import { createHearing, prepareHearing } from '../../src/lib/server/hearings';
import { readDocument } from '../../src/lib/server/live-documents';
import { createTestimony } from '../../src/lib/server/testimony';
import { addMember, client, openContext, person, removeDir, sleep, startServer, synced, teamOf, tempDataDir, waitFor, type Client, type Person, type TestServer } from '../collab/helpers';
import { hearingFields } from './fixtures';

// The engine running for real: the server's changes go through the open room to connected clients.
let dir: string;
let context: AppContext;
let server: TestServer;
let owner: Person, member: Person, viewer: Person;
let slug: string;
let teamId: string;
const clients: Client[] = [];

function open(documentId: string, who: Person): Client {
	const c = client(server, documentId, who);
	clients.push(c);
	return c;
}

const bodyOf = (doc: Y.Doc) => doc.getXmlFragment('body').toString();

beforeAll(async () => {
	dir = tempDataDir();
	context = await openContext(dir);
	server = await startServer(context);
	[owner, member, viewer] = await Promise.all(['Olga', 'Mateo', 'Vera'].map((n) => person(context, n)));
	const team = await teamOf(context, owner);
	slug = team.slug;
	teamId = team.id;
	await addMember(context, teamId, member, 'member');
	await addMember(context, teamId, viewer, 'viewer');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop(true);
	removeDir(dir);
});

describe('hearings on the live engine', () => {
	it('Prepare for puts the cards on the board everyone has open, and the card table projects them with their due times', async () => {
		const boardId = await ensureCampaignBoard(context.db, teamId, 'en');
		const a = open(boardId, member);
		const b = open(boardId, viewer);
		await synced(a, b);
		const hearing = await createHearing(context.db, slug, member.id, hearingFields());
		const result = await prepareHearing(context.db, slug, member.id, hearing.id, { locale: 'en' });
		expect(result.created).toBe(true);
		for (const c of [a, b]) await waitFor(() => readBoard(c.doc).cards.length === 4, 5_000, 'the cards to reach an open board');
		expect(readBoard(a.doc).cards.map((c) => c.id).sort()).toEqual([...result.cardIds].sort());
		const deadline = Date.now() + 5_000;
		let rows: { title: string; due_at: number | null }[] = [];
		while (Date.now() < deadline) {
			rows = await context.db.selectFrom('card').select(['title', 'due_at']).where('board_id', '=', boardId).orderBy('due_at').execute();
			if (rows.length === 4) break;
			await sleep(50);
		}
		expect(rows.map((r) => r.due_at)).toEqual([hearing.written_deadline! - 24 * 60 * 60 * 1000, hearing.written_deadline, hearing.signup_deadline, hearing.starts_at]);
		// A second press, with the board open, adds nothing.
		expect((await prepareHearing(context.db, slug, member.id, hearing.id, { locale: 'en' })).created).toBe(false);
		await sleep(200);
		expect(readBoard(a.doc).cards).toHaveLength(4);
	});

	it('testimony opens with its template, takes a member’s words, refuses what the editor cannot show, and a viewer only reads', async () => {
		const document = await createTestimony(context.db, slug, member.id, { template: 'faith', hearingId: null, speakerName: 'Rev. Ana' }, 'en');
		const writer = open(document.id, member);
		const reader = open(document.id, viewer);
		await synced(writer, reader);
		expect(bodyOf(writer.doc)).toContain('<heading level="2">Who you are</heading>');
		expect(bodyOf(writer.doc)).toContain('[name of the congregation]');
		expect(bodyOf(reader.doc)).toBe(bodyOf(writer.doc));

		const paragraph = writer.doc.getXmlFragment('body').get(1) as Y.XmlElement;
		(paragraph.get(0) as Y.XmlText).insert(0, 'Good evening. ');
		await waitFor(() => bodyOf(reader.doc).includes('Good evening. '), 5_000, 'the words to reach the reader');

		// The viewer's own edit is not applied anywhere.
		(reader.doc.getXmlFragment('body').get(1) as Y.XmlElement).insert(0, [new Y.XmlText('VIEWER ')]);
		await sleep(300);
		expect(bodyOf(writer.doc)).not.toContain('VIEWER');

		// Text straight into the root that holds blocks: the editor would throw on it, so the server refuses it.
		const attacker = open(document.id, member);
		await synced(attacker);
		attacker.doc.getXmlFragment('body').insert(0, [new Y.XmlText('raw text in the root')]);
		await waitFor(() => attacker.closes.length > 0, 5_000, 'the attacker to be closed');
		expect(attacker.closes[0]).toEqual({ code: 4422, reason: 'update_refused' });
		await sleep(200);
		const stored = await readDocument(context.db, document.id);
		expect(bodyOf(stored)).not.toContain('raw text in the root');
		expect(bodyOf(stored)).not.toContain('VIEWER');
		expect(bodyOf(stored)).toContain('Good evening. ');
		stored.destroy();
	});
});
