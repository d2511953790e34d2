import type { DB } from './db/index';
import type { ModelRule, ModelVersion } from '$lib/policy/model';
import { validateSlots } from '$lib/policy/slots';
import { fragmentText, readableRules, ruleMap, rulesArray, ruleText } from '$lib/collab/policy-doc';
import { stringField } from '$lib/collab/doc-shape';
import * as Y from 'yjs';
import { readDocument } from './live-documents';
import { singleDocument } from './documents';
import { Refusal } from './refusal';

export interface PublishedVersion extends ModelVersion {
	publishedAt: number;
	publishedBy: string | null;
}

function fromRow(row: { version: number; notes: string; rules: string; published_at: number; published_by: string | null }): PublishedVersion {
	return { version: row.version, notes: row.notes, rules: JSON.parse(row.rules) as ModelRule[], publishedAt: row.published_at, publishedBy: row.published_by };
}

export async function latestVersion(db: DB): Promise<PublishedVersion> {
	const row = await db.selectFrom('model_version').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
	return fromRow(row);
}

export async function getVersion(db: DB, version: number): Promise<PublishedVersion> {
	const row = await db.selectFrom('model_version').selectAll().where('version', '=', version).executeTakeFirst();
	if (!row) throw new Refusal('version_not_found', 404, { version });
	return fromRow(row);
}

export async function listVersions(db: DB) {
	return db
		.selectFrom('model_version')
		.leftJoin('user', 'user.id', 'model_version.published_by')
		.select(['model_version.version', 'model_version.notes', 'model_version.published_at', 'user.display_name as published_by'])
		.orderBy('model_version.version', 'desc')
		.execute();
}

function assertAdmin(actor: { is_admin: number }): void {
	if (!actor.is_admin) throw new Refusal('forbidden', 403);
}

/**
 * The campaign's draft of the next version: a live document in the same shape as a team's
 * adaptation (rules with key, title and text), plus each rule's summary and why. Made from the
 * latest version the first time an admin opens it.
 */
export async function modelDraft(db: DB, actor: { id: string; is_admin: number }): Promise<string> {
	assertAdmin(actor);
	return singleDocument(db, { teamId: null, userId: actor.id }, 'model_draft', 'Model policy draft', async () => {
		const latest = await latestVersion(db);
		return (doc) => writeDraft(doc, latest.rules);
	});
}

function writeDraft(doc: Y.Doc, rules: ModelRule[]): void {
	const array = rulesArray(doc);
	array.insert(
		0,
		rules.map((rule) => ruleMap({ key: rule.key, number: rule.number, title: rule.title, summary: rule.summary, why: rule.why }, rule.text))
	);
}

/** The draft's rules; talking points and Spanish labels carry over from the latest version. */
export function readDraft(doc: Y.Doc, latest: ModelVersion): ModelRule[] {
	// A rule map no reader can use (stored before updates were checked) is left out, not fatal.
	return readableRules(doc).map((map, index) => {
		const key = stringField(map, 'key');
		const title = stringField(map, 'title').trim();
		const summary = stringField(map, 'summary').trim();
		const before = latest.rules.find((rule) => rule.key === key);
		return {
			key,
			number: index + 1,
			title,
			text: fragmentText(ruleText(map)).trim(),
			summary,
			why: stringField(map, 'why').trim(),
			talkingPoints: before?.talkingPoints ?? [],
			...(before?.titleEs && before.title === title ? { titleEs: before.titleEs } : {}),
			...(before?.summaryEs && before.summary === summary ? { summaryEs: before.summaryEs } : {})
		};
	});
}

export interface DraftProblem {
	key: string;
	title: string;
	code: string;
}

/** What stops the draft from being published: empty titles or text, malformed slots. */
export function draftProblems(rules: ModelRule[]): DraftProblem[] {
	const problems: DraftProblem[] = [];
	if (!rules.length) problems.push({ key: '', title: '', code: 'draft_empty' });
	for (const rule of rules) {
		if (!rule.title) problems.push({ key: rule.key, title: rule.title, code: 'rule_title_missing' });
		if (!rule.text) problems.push({ key: rule.key, title: rule.title, code: 'rule_text_missing' });
		for (const problem of validateSlots(rule.text)) problems.push({ key: rule.key, title: rule.title, code: `slot_${problem.code.replace('-', '_')}` });
	}
	return problems;
}

/** Publishes the draft as the next numbered version; published versions never change. */
export async function publishDraft(db: DB, actor: { id: string; is_admin: number }, notes: string, expectedLatest: number): Promise<PublishedVersion> {
	assertAdmin(actor);
	const draftId = await modelDraft(db, actor);
	const latest = await latestVersion(db);
	if (latest.version !== expectedLatest) throw new Refusal('publish_stale', 409, { version: latest.version });
	const rules = readDraft(await readDocument(db, draftId), latest);
	const problems = draftProblems(rules);
	if (problems.length) throw new Refusal(problems[0].code, 400, { title: problems[0].title });
	const version = latest.version + 1;
	const now = Date.now();
	// The primary key refuses a second publish of the same number made at the same moment.
	await db.insertInto('model_version').values({ version, notes, rules: JSON.stringify(rules), published_by: actor.id, published_at: now }).execute();
	return { version, notes, rules, publishedAt: now, publishedBy: actor.id };
}
