import type { Transaction } from 'kysely';
import { cleanText } from '$lib/text';
import type { DB } from './db/index';
import type { Database, Team } from './db/schema';
import { can, type Action, type Role, type JurisdictionKind } from '$lib/roles';
import { Refusal, newId } from './refusal';
import { ensureCampaignBoard } from './boards';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/index';

export interface TeamInput {
	name: string;
	jurisdictionKind: JurisdictionKind;
	jurisdictionName: string;
	state: string;
	councilName?: string | null;
	sheriffOffice?: string | null;
	policeDepartment?: string | null;
	jail?: string | null;
}

export interface TeamAccess {
	team: Team;
	role: Role;
}

export function slugify(name: string): string {
	const base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return base || 'team';
}

async function freeSlug(trx: Transaction<Database>, name: string): Promise<string> {
	const base = slugify(name);
	const taken = new Set(
		(await trx.selectFrom('team').select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute()).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function columns(input: TeamInput) {
	return {
		name: cleanText(input.name),
		jurisdiction_kind: input.jurisdictionKind,
		jurisdiction_name: cleanText(input.jurisdictionName),
		state: input.state,
		council_name: cleanText(input.councilName ?? '') || null,
		sheriff_office: cleanText(input.sheriffOffice ?? '') || null,
		police_department: cleanText(input.policeDepartment ?? '') || null,
		jail: cleanText(input.jail ?? '') || null
	};
}

/** Creates a team; its creator is its first owner. */
export async function createTeam(db: DB, userId: string, input: TeamInput): Promise<Team> {
	const team = await db.transaction().execute(async (trx) => {
		const now = Date.now();
		const team = await trx
			.insertInto('team')
			.values({ id: newId(), slug: await freeSlug(trx, input.name), ...columns(input), created_by: userId, created_at: now })
			.returningAll()
			.executeTakeFirstOrThrow();
		await trx.insertInto('membership').values({ team_id: team.id, user_id: userId, role: 'owner', created_at: now }).execute();
		return team;
	});
	const creator = await db.selectFrom('user').select('locale').where('id', '=', userId).executeTakeFirst();
	await ensureCampaignBoard(db, team.id, isLocale(creator?.locale) ? creator.locale : DEFAULT_LOCALE);
	return team;
}

/** The team and the person's role in it; a non-member learns nothing about the team. */
export async function teamAccess(db: DB, slug: string, userId: string): Promise<TeamAccess> {
	const row = await db
		.selectFrom('team')
		.innerJoin('membership', (join) => join.onRef('membership.team_id', '=', 'team.id').on('membership.user_id', '=', userId))
		.selectAll('team')
		.select('membership.role')
		.where('team.slug', '=', slug)
		.executeTakeFirst();
	if (!row) throw new Refusal('team_not_found', 404);
	const { role, ...team } = row;
	return { team, role };
}

/** Like `teamAccess`, and refuses with 403 when the role does not allow `action`. */
export async function authorize(db: DB, slug: string, userId: string, action: Action): Promise<TeamAccess> {
	const access = await teamAccess(db, slug, userId);
	if (!can(access.role, action)) throw new Refusal('forbidden', 403);
	return access;
}

export async function teamsOf(db: DB, userId: string) {
	return db
		.selectFrom('team')
		.innerJoin('membership', 'membership.team_id', 'team.id')
		.select(['team.id', 'team.slug', 'team.name', 'team.jurisdiction_kind', 'team.jurisdiction_name', 'team.state', 'membership.role'])
		.select((eb) =>
			eb.selectFrom('membership as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.team_id', '=', 'team.id').as('members')
		)
		.where('membership.user_id', '=', userId)
		.orderBy('team.name')
		.execute();
}

export async function updateTeam(db: DB, slug: string, userId: string, input: TeamInput): Promise<Team> {
	const { team } = await authorize(db, slug, userId, 'team.edit');
	return db.updateTable('team').set(columns(input)).where('id', '=', team.id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteTeam(db: DB, slug: string, userId: string): Promise<void> {
	const { team } = await authorize(db, slug, userId, 'team.delete');
	await db.deleteFrom('team').where('id', '=', team.id).execute();
}
