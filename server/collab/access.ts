import type { IncomingMessage } from 'node:http';
import type { Config } from '../../src/lib/server/config';
import type { DB } from '../../src/lib/server/db/index';
import { SESSION_COOKIE, validateSessionToken } from '../../src/lib/server/auth/session';
import { CAMPAIGN_ROLE, documentAccess } from '../../src/lib/server/documents';
import type { Role } from '../../src/lib/roles';
import type { LiveKind } from '../../src/lib/collab/document-kinds';

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Stands for "the campaign" where a team id would be: its documents are for campaign admins. */
export const CAMPAIGN = '';

/** The document id of a /collab/<id> path, or null when the path names none. */
export function documentIdOf(url: string): string | null {
	const path = url.split('?')[0];
	if (!path.startsWith('/collab/')) return null;
	const id = path.slice('/collab/'.length);
	return DOCUMENT_ID.test(id) ? id : null;
}

/** Browsers always send Origin on a WebSocket; it must be this site, so other sites cannot ride the cookie. */
export function originAllowed(req: IncomingMessage, config: Pick<Config, 'origin'>): boolean {
	const origin = req.headers.origin;
	if (!origin) return false;
	if (config.origin) return origin === config.origin;
	const host = req.headers.host;
	return !!host && (origin === `http://${host}` || origin === `https://${host}`);
}

export function readCookie(header: string | undefined, name: string): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
	}
	return null;
}

export type Admission =
	| { ok: true; userId: string; displayName: string; sessionId: string; teamId: string; kind: LiveKind; role: Role; canEdit: boolean; suggestOnly: boolean; archived: boolean }
	| { ok: false; status: 401 | 403; reason: string };

/** Who is asking for a document, from the session cookie; decided before the socket opens. */
export async function admit(db: DB, req: IncomingMessage, documentId: string): Promise<Admission> {
	const token = readCookie(req.headers.cookie, SESSION_COOKIE);
	if (!token) return { ok: false, status: 401, reason: 'no_session' };
	const { session, user } = await validateSessionToken(db, token);
	if (!session) return { ok: false, status: 401, reason: 'invalid_session' };
	// An unknown document and another team's document get the same answer.
	const access = await documentAccess(db, documentId, user.id);
	if (!access) return { ok: false, status: 403, reason: 'not_a_member' };
	return {
		ok: true,
		userId: user.id,
		displayName: user.display_name,
		sessionId: session.id,
		teamId: access.document.team_id ?? CAMPAIGN,
		kind: access.document.kind,
		role: access.role,
		canEdit: access.canEdit,
		// A reviewer writes, but only suggestions and comments (reviewer-policy.ts).
		suggestOnly: access.canSuggest,
		archived: access.document.archived_at !== null
	};
}

export interface Standing {
	expiresAt: number;
	roles: Map<string, Role>;
	/** The documents shared with its user for review. */
	shared: Set<string>;
}

/** Each session's expiry and its user's role in every team, for many sessions in one query. */
export async function standings(db: DB, sessionIds: string[]): Promise<Map<string, Standing>> {
	const result = new Map<string, Standing>();
	for (let i = 0; i < sessionIds.length; i += 500) {
		const rows = await db
			.selectFrom('session')
			.innerJoin('user', 'user.id', 'session.user_id')
			.leftJoin('membership', 'membership.user_id', 'session.user_id')
			.select(['session.id as sessionId', 'session.user_id', 'session.expires_at', 'user.is_admin', 'membership.team_id', 'membership.role'])
			.where('session.id', 'in', sessionIds.slice(i, i + 500))
			.execute();
		const shares = await db
			.selectFrom('document_share')
			.innerJoin('session', 'session.user_id', 'document_share.user_id')
			.select(['session.id as sessionId', 'document_share.document_id'])
			.where('session.id', 'in', sessionIds.slice(i, i + 500))
			.execute();
		for (const row of rows) {
			let standing = result.get(row.sessionId);
			if (!standing) result.set(row.sessionId, (standing = { expiresAt: row.expires_at, roles: new Map(), shared: new Set() }));
			if (row.team_id && row.role) standing.roles.set(row.team_id, row.role);
			if (row.is_admin) standing.roles.set(CAMPAIGN, CAMPAIGN_ROLE);
		}
		for (const share of shares) result.get(share.sessionId)?.shared.add(share.document_id);
	}
	return result;
}


/** Which of these documents are archived now, in one query. */
export async function archivedDocuments(db: DB, documentIds: string[]): Promise<Set<string>> {
	const archived = new Set<string>();
	for (let i = 0; i < documentIds.length; i += 500) {
		const rows = await db
			.selectFrom('document')
			.select('id')
			.where('id', 'in', documentIds.slice(i, i + 500))
			.where('archived_at', 'is not', null)
			.execute();
		for (const row of rows) archived.add(row.id);
	}
	return archived;
}
