import * as Y from 'yjs';
import type { DB } from '../../src/lib/server/db/index';
import type { Logger } from '../../src/lib/server/log';
import {
	boardContext,
	holdsProjected,
	memberIds,
	projectCard,
	rebuildBoard,
	touchedBy,
	writeProjection,
	type Projected,
	type TouchedCards
} from '../../src/lib/server/card-projection';
import { cardsMap } from '../../src/lib/collab/board-doc';
import type { CollabHooks } from './hooks';

/** Whether a transaction changed the document at all (Yjs emits an update, and the room logs it, only then). */
function hasContent(tr: Y.Transaction): boolean {
	if (tr.deleteSet.clients.size > 0) return true;
	for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
	return false;
}

interface Pending {
	by: string | null;
	touched: TouchedCards;
}

/** What a projection run cost, for the benchmark. */
export interface ProjectionStats {
	runs: number;
	cards: number;
	ms: number[];
}

/**
 * Keeps each board's `card` rows and history in step with its stored state. `afterApply` notes
 * which cards each update touched and whose change it was; `afterStored` projects only those
 * cards, in one transaction, attributed to the person whose update it was; `afterLoad` rebuilds a
 * board whose projection is behind its log (a crash between the commit and the projection), or
 * ahead of it (projected from the room's document while it held an update that was never committed).
 */
export function boardProjection(db: DB, log: Logger, options: { stats?: ProjectionStats } = {}): CollabHooks {
	const pending = new Map<string, Pending[]>();
	const teams = new Map<string, string | null>();

	async function teamOf(boardId: string): Promise<string | null> {
		if (!teams.has(boardId)) {
			const row = await db.selectFrom('document').select('team_id').where('id', '=', boardId).executeTakeFirst();
			teams.set(boardId, row?.team_id ?? null);
		}
		return teams.get(boardId) ?? null;
	}

	return {
		name: 'board-projection',
		afterApply({ documentId, kind, doc, tr, by }) {
			if (kind !== 'board' || !hasContent(tr)) return;
			let queue = pending.get(documentId);
			if (!queue) pending.set(documentId, (queue = []));
			queue.push({ by, touched: touchedBy(doc, tr) });
		},
		async afterStored({ documentId, kind, doc, lastId, by, at }) {
			if (kind !== 'board') return;
			const started = performance.now();
			const queue = pending.get(documentId) ?? [];
			const taken = queue.splice(0, by.length);
			const teamId = await teamOf(documentId);
			if (!teamId) return;
			// The last person to touch a card in this run is who its events are attributed to.
			const cards = new Map<string, { fields: Set<string>; by: string | null }>();
			let columns = false;
			taken.forEach((item, i) => {
				const who = by[i] ?? item.by;
				columns ||= item.touched.columns;
				for (const [id, fields] of item.touched.cards) {
					const seen = cards.get(id);
					if (seen) {
						for (const f of fields) seen.fields.add(f);
						seen.by = who;
					} else cards.set(id, { fields: new Set(fields), by: who });
				}
			});
			// A column renamed, removed or marked done changes how every card of it shows.
			if (columns) {
				const who = by[by.length - 1] ?? null;
				for (const id of cardsMap(doc).keys()) if (!cards.has(id)) cards.set(id, { fields: new Set(), by: who });
				const stored = await db.selectFrom('card').select('id').where('board_id', '=', documentId).execute();
				for (const { id } of stored) if (!cards.has(id)) cards.set(id, { fields: new Set(), by: who });
			}
			const members = await memberIds(db, teamId);
			const context = boardContext(doc);
			const projected: Projected[] = [...cards].map(([id, c]) => ({ id, after: projectCard(doc, id, context, members), fields: c.fields, by: c.by }));
			await writeProjection(db, { id: documentId, teamId }, projected, lastId, at, Y.encodeStateVector(doc));
			if (options.stats) {
				options.stats.runs++;
				options.stats.cards += projected.length;
				options.stats.ms.push(performance.now() - started);
			}
		},
		async afterLoad({ documentId, kind, doc, lastId }) {
			if (kind !== 'board') return;
			const mark = await db.selectFrom('board_projection').select(['through_id', 'state_vector']).where('document_id', '=', documentId).executeTakeFirst();
			if (mark && mark.through_id >= lastId && holdsProjected(doc(), mark.state_vector)) return;
			const result = await rebuildBoard(db, documentId, doc(), lastId);
			log.info({ documentId, through: mark?.through_id ?? null, lastId, events: result.events }, 'boards: projection rebuilt');
		},
		afterUnload({ documentId }) {
			pending.delete(documentId);
			teams.delete(documentId);
		}
	};
}
