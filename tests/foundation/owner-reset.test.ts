import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeResetLink, resetPassword } from '$lib/server/auth/reset';
import type { Team, User } from '$lib/server/db/schema';
import { resettableMembers } from '$lib/server/members';
import { addMember, addTeam, addUser, expectRefusal, openFoundation, snapshot, type Foundation } from './helpers';
import { header, received, startSink } from './mail-sink';

const ORIGIN = 'http://playbook.test';

let sink: Awaited<ReturnType<typeof startSink>>;
let f: Foundation;
let owner: User, coOwner: User, organizer: User, member: User, viewer: User, elsewhere: User, admin: User, adminMember: User;
let team: Team;

beforeAll(async () => {
	sink = await startSink();
	f = await openFoundation({ SMTP_URL: sink.url });
	[owner, coOwner, organizer, member, viewer, elsewhere, admin, adminMember] = await Promise.all(
		['Olga Owner', 'Cora Co-owner', 'Oscar Organizer', 'Mateo Member', 'Vera Viewer', 'Elsa Elsewhere', 'Ada Admin', 'Abe Admin'].map((n) => addUser(f.db, n))
	);
	await f.db.updateTable('user').set({ is_admin: 1 }).where('id', 'in', [admin.id, adminMember.id]).execute();
	await f.db.updateTable('user').set({ locale: 'es' }).where('id', '=', viewer.id).execute();
	team = await addTeam(f.db, owner, [
		[coOwner, 'owner'],
		[organizer, 'organizer'],
		[member, 'member'],
		[viewer, 'viewer'],
		[elsewhere, 'viewer'],
		[adminMember, 'member']
	], 'Lane Jail Watch');
	// Elsa is only a viewer here, but she organizes another team: her account is not this team's to hand out.
	await addTeam(f.db, await addUser(f.db, 'Other Owner'), [[elsewhere, 'organizer']]);
});
afterAll(async () => {
	await f.close();
	await sink.close();
});

const asOwner = () => ({ id: owner.id, is_admin: 0, display_name: owner.display_name });
const make = (actor: { id: string; is_admin: number; display_name: string }, target: User) =>
	makeResetLink(f.app, { slug: team.slug, actor, targetId: target.id, origin: ORIGIN, locale: 'en' });

describe("a team owner's reset links", () => {
	test.each(['organizer', 'member', 'viewer'] as const)('work for a %s whose only team is this one, and the person is told by email', async (role) => {
		const target = { organizer, member, viewer }[role];
		const count = sink.received.length;
		const { link, notified } = await make(asOwner(), target);
		expect(notified).toBe(true);
		expect(link).toMatch(new RegExp(`^${ORIGIN}/reset/[a-z2-7]{32}$`));

		const [mail] = (await received(sink, count + 1)).slice(count);
		expect(mail.to).toEqual([target.email]);
		// The notice names who made it and from which team, and never carries the link itself.
		expect(mail.body).toContain('Olga Owner');
		expect(mail.body).toContain('Lane Jail Watch');
		expect(mail.body).not.toContain(link.split('/').at(-1));
		// In the person's own language when they chose one.
		expect(mail.body).toContain(role === 'viewer' ? 'Hola, Vera Viewer:' : `Hello ${target.display_name},`);
		if (role !== 'viewer') expect(header(mail.headers, 'subject')).toBe('A reset link was made for your Playbook account');

		await expect(resetPassword(f.db, link.split('/').at(-1)!, `a fresh passphrase for ${role}`)).resolves.toBe(target.id);
	});

	test.each([
		['a co-owner', () => coOwner],
		['themselves', () => owner],
		['a viewer here who has a role in another team', () => elsewhere],
		['a campaign admin who is a member here', () => adminMember]
	])('are refused for %s: no link, no mail, nothing stored', async (_name, target) => {
		const before = await snapshot(f.db);
		const count = sink.received.length;
		await expectRefusal(make(asOwner(), target()), 403, 'reset_admin_only');
		expect(await snapshot(f.db)).toEqual(before);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(sink.received).toHaveLength(count);
	});

	test('are refused to organizers, members and outsiders', async () => {
		for (const actor of [organizer, member]) await expectRefusal(make({ ...actor, is_admin: 0 }, viewer), 403, 'forbidden');
		await expectRefusal(make({ ...(await addUser(f.db, 'Otto Outsider')), is_admin: 0 }, viewer), 404, 'team_not_found');
	});

	test('a campaign admin can still help anyone in the team, co-owners and people in other teams included', async () => {
		const asAdmin = { id: admin.id, is_admin: 1, display_name: admin.display_name };
		for (const target of [coOwner, owner, elsewhere, adminMember]) expect((await make(asAdmin, target)).link).toMatch(/\/reset\//);
	});

	test('the members page offers the button only where the link would be made', async () => {
		const ids = (list: string[]) => list.sort();
		expect(ids(await resettableMembers(f.db, team.slug, { id: owner.id, is_admin: 0 }))).toEqual(ids([organizer.id, member.id, viewer.id]));
		expect(ids(await resettableMembers(f.db, team.slug, { id: admin.id, is_admin: 1 }))).toEqual(
			ids([owner.id, coOwner.id, organizer.id, member.id, viewer.id, elsewhere.id, adminMember.id])
		);
		// An admin who is in the team gets no button for themselves.
		expect(await resettableMembers(f.db, team.slug, { id: adminMember.id, is_admin: 1 })).not.toContain(adminMember.id);
		for (const actor of [organizer, member, viewer]) expect(await resettableMembers(f.db, team.slug, { id: actor.id, is_admin: 0 })).toEqual([]);
		expect(await resettableMembers(f.db, 'no-such-team', { id: owner.id, is_admin: 0 })).toEqual([]);
	});
});

describe('without SMTP', () => {
	test('the link is made and nothing is sent', async () => {
		const quiet = await openFoundation();
		try {
			const [o, v] = [await addUser(quiet.db, 'Olga'), await addUser(quiet.db, 'Vera')];
			const t = await addTeam(quiet.db, o);
			await addMember(quiet.db, t, v, 'viewer');
			const count = sink.received.length;
			const made = await makeResetLink(quiet.app, { slug: t.slug, actor: { ...o, is_admin: 0 }, targetId: v.id, origin: ORIGIN, locale: 'en' });
			expect(made).toMatchObject({ link: expect.stringMatching(/\/reset\/[a-z2-7]{32}$/), notified: false });
			expect(sink.received).toHaveLength(count);
		} finally {
			await quiet.close();
		}
	});
});
