import type { DB } from './db/index';
import type { ModelRule, ModelVersion } from '$lib/policy/model';
import { validateSlots } from '$lib/policy/slots';
import { redlineText, type RedlineSegment } from '$lib/policy/redline';
import { sameWords } from '$lib/policy/words';
import { fragmentText, readableRules, ruleMap, rulesArray, ruleText } from '$lib/collab/policy-doc';
import { stringField } from '$lib/collab/doc-shape';
import { DRAFT_FIELD } from '$lib/collab/model-draft-doc';
import * as Y from 'yjs';
import { readStored } from './live-documents';
import { singleDocument } from './documents';
import { Refusal } from './refusal';
import { cleanText } from '$lib/text';

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
		rules.map((rule) => ruleMap({ [DRAFT_FIELD.key]: rule.key, [DRAFT_FIELD.number]: rule.number, [DRAFT_FIELD.title]: rule.title, [DRAFT_FIELD.summary]: rule.summary, [DRAFT_FIELD.why]: rule.why }, rule.text))
	);
}

/** The draft's rules; talking points and Spanish labels carry over from the latest version. */
export function readDraft(doc: Y.Doc, latest: ModelVersion): ModelRule[] {
	// A rule map no reader can use (stored before updates were checked) is left out, not fatal.
	return readableRules(doc).map((map, index) => {
		const key = stringField(map, DRAFT_FIELD.key);
		const title = cleanText(stringField(map, DRAFT_FIELD.title));
		const summary = cleanText(stringField(map, DRAFT_FIELD.summary), { multiline: true });
		// Titles and summaries are free text typed live by several people: cleaned like any form's.
		const before = latest.rules.find((rule) => rule.key === key);
		return {
			key,
			number: index + 1,
			title,
			text: fragmentText(ruleText(map)).trim(),
			summary,
			why: cleanText(stringField(map, DRAFT_FIELD.why), { multiline: true }),
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
	const seen = new Set<string>();
	for (const rule of rules) {
		// Teams' merges, redlines and scorecards find a rule by its key: two rules with one key break them.
		if (seen.has(rule.key)) problems.push({ key: rule.key, title: rule.title, code: 'rule_key_duplicate' });
		seen.add(rule.key);
		if (!rule.title) problems.push({ key: rule.key, title: rule.title, code: 'rule_title_missing' });
		if (!rule.text) problems.push({ key: rule.key, title: rule.title, code: 'rule_text_missing' });
		for (const problem of validateSlots(rule.text)) problems.push({ key: rule.key, title: rule.title, code: `slot_${problem.code.replace('-', '_')}` });
	}
	return problems;
}

/** How one rule of the draft differs from the latest version; `segments` is its text, old to new. */
export interface DraftChange {
	key: string;
	number: number;
	title: string;
	change: 'modified' | 'added' | 'removed';
	titleBefore?: string;
	numberBefore?: number;
	/** The plain-language summary or the why changed (teams see them, they merge nothing). */
	detailsChanged: boolean;
	segments: RedlineSegment[];
}

/**
 * The draft against the latest published version, rule by rule in the draft's order, then rules it
 * removed; empty when publishing would give teams nothing new. Whitespace alone is no change, as in the teams' merge.
 */
export function draftChanges(latest: ModelVersion, draft: ModelRule[]): DraftChange[] {
	const changes: DraftChange[] = [];
	for (const rule of draft) {
		const before = latest.rules.find((r) => r.key === rule.key);
		const common = { key: rule.key, number: rule.number, title: rule.title };
		if (!before) {
			changes.push({ ...common, change: 'added', detailsChanged: false, segments: [{ kind: 'insert', text: rule.text }] });
			continue;
		}
		const textChanged = !sameWords(before.text, rule.text);
		const detailsChanged = before.summary !== rule.summary || before.why !== rule.why;
		if (!textChanged && !detailsChanged && before.title === rule.title && before.number === rule.number) continue;
		changes.push({
			...common,
			change: 'modified',
			...(before.title !== rule.title ? { titleBefore: before.title } : {}),
			...(before.number !== rule.number ? { numberBefore: before.number } : {}),
			detailsChanged,
			segments: redlineText(before.text, rule.text)
		});
	}
	for (const before of latest.rules) {
		if (draft.some((rule) => rule.key === before.key)) continue;
		changes.push({ key: before.key, number: before.number, title: before.title, change: 'removed', detailsChanged: false, segments: [{ kind: 'delete', text: before.text }] });
	}
	return changes;
}

/** What the publish page shows: the draft's problems and its changes against the latest version. */
export async function draftReview(db: DB, actor: { id: string; is_admin: number }) {
	assertAdmin(actor);
	const draftId = await modelDraft(db, actor);
	const latest = await latestVersion(db);
	const rules = await readStored(db, draftId, (doc) => readDraft(doc, latest));
	return { latest: latest.version, problems: draftProblems(rules), changes: draftChanges(latest, rules) };
}

/** Publishes the draft as the next numbered version; published versions never change, and never repeat the last one. */
export async function publishDraft(db: DB, actor: { id: string; is_admin: number }, notes: string, expectedLatest: number): Promise<PublishedVersion> {
	assertAdmin(actor);
	const draftId = await modelDraft(db, actor);
	const latest = await latestVersion(db);
	if (latest.version !== expectedLatest) throw new Refusal('publish_stale', 409, { version: latest.version });
	const rules = await readStored(db, draftId, (doc) => readDraft(doc, latest));
	const problems = draftProblems(rules);
	if (problems.length) throw new Refusal(problems[0].code, 400, { title: problems[0].title });
	if (!draftChanges(latest, rules).length) throw new Refusal('publish_unchanged', 409, { version: latest.version });
	const version = latest.version + 1;
	const now = Date.now();
	// The primary key refuses a second publish of the same number made at the same moment.
	await db.insertInto('model_version').values({ version, notes, rules: JSON.stringify(rules), published_by: actor.id, published_at: now }).execute();
	return { version, notes, rules, publishedAt: now, publishedBy: actor.id };
}
