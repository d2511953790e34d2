import * as v from 'valibot';
import type { DB } from './db/index';
import type { DocumentKind, Tactic, Team } from './db/schema';
import { TACTIC_KINDS, isWebUrl, type TacticLink } from '$lib/scorecard';
import { picklist, text } from './forms';
import { nullableText, requiredDate, validated } from './scorecard';
import { authorize } from './teams';
import { Refusal, newId } from './refusal';

/** A tactic links at most this many documents and web pages. */
export const MAX_LINKS = 10;

/** A list from a form (one a line, or repeated fields) or from code (an array). */
const list = v.pipe(
	v.optional(v.union([v.string(), v.array(v.string())]), []),
	v.transform((x) => (typeof x === 'string' ? x.split(/\r?\n/) : x).map((s) => s.trim()).filter(Boolean)),
	v.maxLength(MAX_LINKS, 'too_many_links')
);

export const TacticInput = v.object({
	date: requiredDate,
	kind: picklist(TACTIC_KINDS),
	targetId: v.pipe(
		v.optional(v.nullable(v.string()), ''),
		v.transform((s) => s?.trim() || null)
	),
	summary: text(4000, { multiline: true }),
	outcome: nullableText(4000),
	links: v.pipe(
		list,
		v.check((urls) => urls.every((u) => u.length <= 2000 && isWebUrl(u)), 'urls_invalid')
	),
	documents: list
});
export type TacticInput = v.InferInput<typeof TacticInput>;

/** A tactic as the log shows it: its target's name and its links resolved. */
export interface LoggedTactic {
	id: string;
	date: string;
	kind: Tactic['kind'];
	targetId: string | null;
	targetName: string | null;
	summary: string;
	outcome: string | null;
	links: ({ type: 'doc'; id: string; kind: DocumentKind; title: string } | { type: 'url'; url: string })[];
	createdBy: string | null;
	createdAt: number;
}

/** The team's documents a tactic may link to. */
export async function linkableDocuments(db: DB, slug: string, userId: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return db.selectFrom('document').select(['id', 'kind', 'title']).where('team_id', '=', team.id).where('archived_at', 'is', null).orderBy('title').execute();
}

async function columns(db: DB, team: Team, input: TacticInput) {
	const data = validated(TacticInput, input);
	if (data.targetId) {
		const target = await db.selectFrom('target').select('id').where('id', '=', data.targetId).where('team_id', '=', team.id).executeTakeFirst();
		if (!target) throw new Refusal('target_not_found', 404);
	}
	const documents = [...new Set(data.documents)];
	if (documents.length) {
		const found = await db.selectFrom('document').select('id').where('team_id', '=', team.id).where('id', 'in', documents).execute();
		if (found.length !== documents.length) throw new Refusal('document_not_found', 404);
	}
	const links: TacticLink[] = [...documents.map((id) => ({ type: 'doc' as const, id })), ...data.links.map((url) => ({ type: 'url' as const, url }))];
	if (links.length > MAX_LINKS) throw new Refusal('too_many_links', 400, { field: 'links' });
	return { date: data.date, kind: data.kind, target_id: data.targetId, summary: data.summary, outcome: data.outcome, links: JSON.stringify(links) };
}

export async function addTactic(db: DB, slug: string, userId: string, input: TacticInput): Promise<Tactic> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const values = await columns(db, team, input);
	return db
		.insertInto('tactic')
		.values({ id: newId(), team_id: team.id, ...values, created_by: userId, created_at: Date.now() })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function updateTactic(db: DB, slug: string, userId: string, tacticId: string, input: TacticInput): Promise<Tactic> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	await tacticIn(db, team, tacticId);
	const values = await columns(db, team, input);
	return db.updateTable('tactic').set(values).where('id', '=', tacticId).returningAll().executeTakeFirstOrThrow();
}

export async function deleteTactic(db: DB, slug: string, userId: string, tacticId: string): Promise<void> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	await tacticIn(db, team, tacticId);
	await db.deleteFrom('tactic').where('id', '=', tacticId).execute();
}

async function tacticIn(db: DB, team: Team, tacticId: string): Promise<Tactic> {
	const tactic = await db.selectFrom('tactic').selectAll().where('id', '=', tacticId).where('team_id', '=', team.id).executeTakeFirst();
	if (!tactic) throw new Refusal('tactic_not_found', 404);
	return tactic;
}

async function logged(db: DB, team: Team, tacticId?: string): Promise<LoggedTactic[]> {
	let query = db
		.selectFrom('tactic')
		.leftJoin('target', 'target.id', 'tactic.target_id')
		.leftJoin('user', 'user.id', 'tactic.created_by')
		.selectAll('tactic')
		.select(['target.name as target_name', 'user.display_name as created_by_name'])
		.where('tactic.team_id', '=', team.id)
		.orderBy('tactic.date', 'desc')
		.orderBy('tactic.created_at', 'desc');
	if (tacticId) query = query.where('tactic.id', '=', tacticId);
	const rows = await query.execute();
	const documents = new Map((await db.selectFrom('document').select(['id', 'kind', 'title']).where('team_id', '=', team.id).execute()).map((d) => [d.id, d]));
	return rows.map((row) => ({
		id: row.id,
		date: row.date,
		kind: row.kind,
		targetId: row.target_id,
		targetName: row.target_name,
		summary: row.summary,
		outcome: row.outcome,
		links: (JSON.parse(row.links) as TacticLink[]).flatMap((link): LoggedTactic['links'] =>
			link.type === 'url' ? [link] : documents.has(link.id) ? [{ type: 'doc' as const, ...documents.get(link.id)! }] : []
		),
		createdBy: row.created_by_name,
		createdAt: row.created_at
	}));
}

/** The team's log, newest first. */
export async function listTactics(db: DB, slug: string, userId: string): Promise<LoggedTactic[]> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return logged(db, team);
}

export async function getTactic(db: DB, slug: string, userId: string, tacticId: string): Promise<LoggedTactic> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const [tactic] = await logged(db, team, tacticId);
	if (!tactic) throw new Refusal('tactic_not_found', 404);
	return tactic;
}
