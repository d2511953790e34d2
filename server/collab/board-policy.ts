import * as Y from 'yjs';
import { sqliteConnection, type DB } from '../../src/lib/server/db/index';
import type { Logger } from '../../src/lib/server/log';
import { CARD, cardsMap, commentCountsMap } from '../../src/lib/collab/board-doc';
import { touchedBy, type TouchedCards } from '../../src/lib/server/card-projection';
import type { Verdict } from './before-apply';
import type { CollabHooks } from './hooks';
import { CLOSE } from './protocol';

/** What a team's boards may point at, as of `at`. */
interface TeamFacts {
	members: Set<string>;
	documents: Set<string>;
	targets: Set<string>;
	at: number;
}

interface Tried {
	touched: TouchedCards;
	counts: boolean;
}

const APPLY: Verdict = { action: 'apply' };

const keysOf = (value: unknown): Set<string> => new Set(value instanceof Y.Map ? [...value.keys()].filter((k) => value.get(k) === true) : []);

/**
 * What the shape check cannot know: a board's cards may be assigned only to members of its team,
 * linked only to the team's own documents and targets, and the comment counts are the server's.
 * beforeApply is synchronous, so each team's facts are cached: filled when a connection is admitted,
 * refreshed every `refreshMs` while a board of the team is open, and at once after a refusal (a
 * member who joined a minute ago is in the cache by the time their client reconnects and resends).
 */
export function boardPolicy(db: DB, log: Logger, options: { refreshMs?: number } = {}): CollabHooks {
	const refreshMs = options.refreshMs ?? 2000;
	const facts = new Map<string, TeamFacts>();
	const loading = new Map<string, Promise<TeamFacts>>();
	const openBoards = new Map<string, string>(); // board id to team id
	const tried = new WeakMap<Y.Doc, Tried>();
	const watched = new WeakSet<Y.Doc>();
	let timer: NodeJS.Timeout | null = null;

	function load(teamId: string): Promise<TeamFacts> {
		let running = loading.get(teamId);
		if (running) return running;
		running = (async () => {
			const [members, documents, targets] = await Promise.all([
				db.selectFrom('membership').select('user_id as id').where('team_id', '=', teamId).execute(),
				db.selectFrom('document').select('id').where('team_id', '=', teamId).execute(),
				db.selectFrom('target').select('id').where('team_id', '=', teamId).execute()
			]);
			const loaded = { members: new Set(members.map((r) => r.id)), documents: new Set(documents.map((r) => r.id)), targets: new Set(targets.map((r) => r.id)), at: Date.now() };
			facts.set(teamId, loaded);
			return loaded;
		})().finally(() => loading.delete(teamId));
		loading.set(teamId, running);
		return running;
	}

	function refreshSoon(teamId: string): void {
		load(teamId).catch((error) => log.warn({ err: error, teamId }, 'boards: policy facts failed to load'));
	}

	function keepFresh(): void {
		if (timer || !openBoards.size) return;
		timer = setInterval(() => {
			if (!openBoards.size) {
				clearInterval(timer!);
				timer = null;
				return;
			}
			for (const teamId of new Set(openBoards.values())) refreshSoon(teamId);
		}, refreshMs);
		timer.unref?.();
	}

	/** Notes what each update does to the scratch copy, so only the cards it touched are compared. */
	function watch(scratch: Y.Doc): void {
		if (watched.has(scratch)) return;
		watched.add(scratch);
		scratch.on('afterTransaction', (tr: Y.Transaction) => {
			tried.set(scratch, { touched: touchedBy(scratch, tr), counts: tr.changed.has(commentCountsMap(scratch) as never) });
		});
	}

	/**
	 * A cache miss is asked of SQLite at once, synchronously (a prepared statement, microseconds),
	 * before anything is refused: someone who joined a minute ago can be assigned.
	 */
	const statements = new Map<string, import('better-sqlite3').Statement>();
	function confirm(team: TeamFacts, teamId: string, what: 'members' | 'documents' | 'targets', id: string): boolean {
		if (team[what].has(id)) return true;
		const sqlite = sqliteConnection(db);
		if (!sqlite || sqlite.inTransaction) return false;
		let statement = statements.get(what);
		if (!statement) {
			const sql =
				what === 'members'
					? 'select 1 from membership where team_id = ? and user_id = ?'
					: what === 'documents'
						? 'select 1 from document where team_id = ? and id = ?'
						: 'select 1 from target where team_id = ? and id = ?';
			statements.set(what, (statement = sqlite.prepare(sql)));
		}
		const found = statement.get(teamId, id) !== undefined;
		if (found) team[what].add(id);
		return found;
	}

	function refuse(reason: string, teamId: string): Verdict {
		refreshSoon(teamId);
		return { action: 'close', code: CLOSE.updateRefused, reason };
	}

	return {
		name: 'board-policy',
		async admit({ admission }) {
			if (admission.kind !== 'board') return null;
			const known = facts.get(admission.teamId);
			if (!known || Date.now() - known.at > refreshMs) await load(admission.teamId);
			return null;
		},
		beforeApply(incoming) {
			if (incoming.kind !== 'board' || incoming.readOnly) return APPLY;
			const teamId = incoming.identity.teamId;
			const team = facts.get(teamId);
			const scratch = incoming.scratch();
			const doc = incoming.doc();
			const seen = watched.has(scratch) ? tried.get(scratch) : undefined;
			watch(scratch);
			// A scratch copy seen for the first time already holds the update: compare every card once.
			const touched = seen?.touched ?? { cards: new Map([...cardsMap(scratch).keys()].map((id) => [id, new Set<string>()])), columns: false };
			const countsChanged = seen ? seen.counts : !sameCounts(commentCountsMap(scratch), commentCountsMap(doc));
			if (countsChanged && !sameCounts(commentCountsMap(scratch), commentCountsMap(doc))) return refuse('comment_counts', teamId);
			if (!team) return refuse('not_ready', teamId);
			const before = cardsMap(doc);
			const after = cardsMap(scratch);
			for (const id of touched.cards.keys()) {
				const now = after.get(id);
				if (!(now instanceof Y.Map)) continue;
				const was = before.get(id);
				const had = was instanceof Y.Map ? was : null;
				const assigneesBefore = keysOf(had?.get(CARD.assignees));
				for (const user of keysOf(now.get(CARD.assignees))) {
					if (!assigneesBefore.has(user) && !confirm(team, teamId, 'members', user)) return refuse('assignee_not_member', teamId);
				}
				const linksBefore = keysOf(had?.get(CARD.links));
				for (const link of keysOf(now.get(CARD.links))) {
					if (linksBefore.has(link)) continue;
					const [kind, target] = link.split(':');
					const ok = kind === 'doc' ? confirm(team, teamId, 'documents', target) : kind === 'target' ? confirm(team, teamId, 'targets', target) : false;
					if (!ok) return refuse('link_not_of_team', teamId);
				}
			}
			return APPLY;
		},
		async afterLoad({ documentId, kind }) {
			if (kind !== 'board') return;
			const row = await db.selectFrom('document').select('team_id').where('id', '=', documentId).executeTakeFirst();
			if (!row?.team_id) return;
			openBoards.set(documentId, row.team_id);
			keepFresh();
		},
		afterUnload({ documentId }) {
			const teamId = openBoards.get(documentId);
			openBoards.delete(documentId);
			if (teamId && ![...openBoards.values()].includes(teamId)) facts.delete(teamId);
			if (!openBoards.size && timer) {
				clearInterval(timer);
				timer = null;
			}
		}
	};
}

function sameCounts(a: Y.Map<unknown>, b: Y.Map<unknown>): boolean {
	if (a.size !== b.size) return false;
	for (const [key, value] of a.entries()) if (b.get(key) !== value) return false;
	return true;
}

