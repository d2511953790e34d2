import { v as validateSlots, s as sameWords, r as redlineText } from './redline.js-B3MCp1Vy.js';
import { r as readableRules, s as stringField, f as fragmentText, a as ruleText, b as rulesArray, c as ruleMap } from './policy-doc.js-spMKaOze.js';
import { D as DRAFT_FIELD } from './model-draft-doc.js-DQbVtYkH.js';
import { r as readDocument } from './live-documents.js-D-DuJ62i.js';
import { s as singleDocument } from './documents.js-CaNv629-.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import { c as cleanText } from './text.js-De780Z__.js';

// src/lib/server/model-policy.ts
function fromRow(row) {
	return {
		version: row.version,
		notes: row.notes,
		rules: JSON.parse(row.rules),
		publishedAt: row.published_at,
		publishedBy: row.published_by
	};
}
async function latestVersion(db) {
	return fromRow(await db.selectFrom("model_version").selectAll().orderBy("version", "desc").limit(1).executeTakeFirstOrThrow());
}
async function getVersion(db, version) {
	const row = await db.selectFrom("model_version").selectAll().where("version", "=", version).executeTakeFirst();
	if (!row) throw new Refusal("version_not_found", 404, { version });
	return fromRow(row);
}
async function listVersions(db) {
	return db.selectFrom("model_version").leftJoin("user", "user.id", "model_version.published_by").select([
		"model_version.version",
		"model_version.notes",
		"model_version.published_at",
		"user.display_name as published_by"
	]).orderBy("model_version.version", "desc").execute();
}
function assertAdmin(actor) {
	if (!actor.is_admin) throw new Refusal("forbidden", 403);
}
/**
* The campaign's draft of the next version: a live document in the same shape as a team's
* adaptation (rules with key, title and text), plus each rule's summary and why. Made from the
* latest version the first time an admin opens it.
*/
async function modelDraft(db, actor) {
	assertAdmin(actor);
	return singleDocument(db, {
		teamId: null,
		userId: actor.id
	}, "model_draft", "Model policy draft", async () => {
		const latest = await latestVersion(db);
		return (doc) => writeDraft(doc, latest.rules);
	});
}
function writeDraft(doc, rules) {
	rulesArray(doc).insert(0, rules.map((rule) => ruleMap({
		[DRAFT_FIELD.key]: rule.key,
		[DRAFT_FIELD.number]: rule.number,
		[DRAFT_FIELD.title]: rule.title,
		[DRAFT_FIELD.summary]: rule.summary,
		[DRAFT_FIELD.why]: rule.why
	}, rule.text)));
}
/** The draft's rules; talking points and Spanish labels carry over from the latest version. */
function readDraft(doc, latest) {
	return readableRules(doc).map((map, index) => {
		const key = stringField(map, DRAFT_FIELD.key);
		const title = cleanText(stringField(map, DRAFT_FIELD.title));
		const summary = cleanText(stringField(map, DRAFT_FIELD.summary), { multiline: true });
		const before = latest.rules.find((rule) => rule.key === key);
		return {
			key,
			number: index + 1,
			title,
			text: fragmentText(ruleText(map)).trim(),
			summary,
			why: cleanText(stringField(map, DRAFT_FIELD.why), { multiline: true }),
			talkingPoints: before?.talkingPoints ?? [],
			...before?.titleEs && before.title === title ? { titleEs: before.titleEs } : {},
			...before?.summaryEs && before.summary === summary ? { summaryEs: before.summaryEs } : {}
		};
	});
}
/** What stops the draft from being published: empty titles or text, malformed slots. */
function draftProblems(rules) {
	const problems = [];
	if (!rules.length) problems.push({
		key: "",
		title: "",
		code: "draft_empty"
	});
	const seen = /* @__PURE__ */ new Set();
	for (const rule of rules) {
		if (seen.has(rule.key)) problems.push({
			key: rule.key,
			title: rule.title,
			code: "rule_key_duplicate"
		});
		seen.add(rule.key);
		if (!rule.title) problems.push({
			key: rule.key,
			title: rule.title,
			code: "rule_title_missing"
		});
		if (!rule.text) problems.push({
			key: rule.key,
			title: rule.title,
			code: "rule_text_missing"
		});
		for (const problem of validateSlots(rule.text)) problems.push({
			key: rule.key,
			title: rule.title,
			code: `slot_${problem.code.replace("-", "_")}`
		});
	}
	return problems;
}
/**
* The draft against the latest published version, rule by rule in the draft's order, then rules it
* removed; empty when publishing would give teams nothing new. Whitespace alone is no change, as in the teams' merge.
*/
function draftChanges(latest, draft) {
	const changes = [];
	for (const rule of draft) {
		const before = latest.rules.find((r) => r.key === rule.key);
		const common = {
			key: rule.key,
			number: rule.number,
			title: rule.title
		};
		if (!before) {
			changes.push({
				...common,
				change: "added",
				detailsChanged: false,
				segments: [{
					kind: "insert",
					text: rule.text
				}]
			});
			continue;
		}
		const textChanged = !sameWords(before.text, rule.text);
		const detailsChanged = before.summary !== rule.summary || before.why !== rule.why;
		if (!textChanged && !detailsChanged && before.title === rule.title && before.number === rule.number) continue;
		changes.push({
			...common,
			change: "modified",
			...before.title !== rule.title ? { titleBefore: before.title } : {},
			...before.number !== rule.number ? { numberBefore: before.number } : {},
			detailsChanged,
			segments: redlineText(before.text, rule.text)
		});
	}
	for (const before of latest.rules) {
		if (draft.some((rule) => rule.key === before.key)) continue;
		changes.push({
			key: before.key,
			number: before.number,
			title: before.title,
			change: "removed",
			detailsChanged: false,
			segments: [{
				kind: "delete",
				text: before.text
			}]
		});
	}
	return changes;
}
/** What the publish page shows: the draft's problems and its changes against the latest version. */
async function draftReview(db, actor) {
	assertAdmin(actor);
	const draftId = await modelDraft(db, actor);
	const latest = await latestVersion(db);
	const doc = await readDocument(db, draftId);
	const rules = readDraft(doc, latest);
	doc.destroy();
	return {
		latest: latest.version,
		problems: draftProblems(rules),
		changes: draftChanges(latest, rules)
	};
}
/** Publishes the draft as the next numbered version; published versions never change, and never repeat the last one. */
async function publishDraft(db, actor, notes, expectedLatest) {
	assertAdmin(actor);
	const draftId = await modelDraft(db, actor);
	const latest = await latestVersion(db);
	if (latest.version !== expectedLatest) throw new Refusal("publish_stale", 409, { version: latest.version });
	const rules = readDraft(await readDocument(db, draftId), latest);
	const problems = draftProblems(rules);
	if (problems.length) throw new Refusal(problems[0].code, 400, { title: problems[0].title });
	if (!draftChanges(latest, rules).length) throw new Refusal("publish_unchanged", 409, { version: latest.version });
	const version = latest.version + 1;
	const now = Date.now();
	await db.insertInto("model_version").values({
		version,
		notes,
		rules: JSON.stringify(rules),
		published_by: actor.id,
		published_at: now
	}).execute();
	return {
		version,
		notes,
		rules,
		publishedAt: now,
		publishedBy: actor.id
	};
}

export { latestVersion as a, draftReview as d, getVersion as g, listVersions as l, modelDraft as m, publishDraft as p };
//# sourceMappingURL=model-policy.js-dJ2Mdan-.js.map
