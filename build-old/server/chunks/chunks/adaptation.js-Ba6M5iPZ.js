import { a as slotValuesFromTeam, b as refillSlots, c as redlinePolicy, f as fillSlots, d as ruleDrift } from './redline.js-B3MCp1Vy.js';
import { m as mergePolicy, o as openDecisions, a as applyPolicyUpdate } from './merge.js-B1XQ_MNh.js';
import { d as readAdaptation, w as writeAdaptation } from './policy-doc.js-spMKaOze.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';
import { a as latestVersion, g as getVersion } from './model-policy.js-dJ2Mdan-.js';
import { l as liveDocuments, r as readDocument } from './live-documents.js-D-DuJ62i.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { t as translate } from './i18n.js-DfYLM2F_.js';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';

// src/lib/policy/final-text.ts
function finalText(model, adaptation, values) {
	const rules = [];
	for (const rule of adaptation) {
		const modelRule = rule.custom ? void 0 : model.rules.find((r) => r.key === rule.key);
		const drift = ruleDrift(rule, modelRule && fillSlots(modelRule.text, values));
		if (drift === "dropped") continue;
		rules.push({
			key: rule.key,
			number: rules.length + 1,
			title: rule.title,
			text: rule.text,
			custom: Boolean(rule.custom),
			drift,
			...modelRule?.titleEs && modelRule.title === rule.title ? { titleEs: modelRule.titleEs } : {}
		});
	}
	return rules;
}
// src/lib/server/adaptation.ts
async function findAdaptation(db, teamId) {
	return db.selectFrom("adaptation").selectAll().where("team_id", "=", teamId).executeTakeFirst();
}
async function requireAdaptation(db, teamId) {
	const adaptation = await findAdaptation(db, teamId);
	if (!adaptation) throw new Refusal("adaptation_missing", 404);
	return adaptation;
}
/** The rules of a published version, filled with a team's names: where an adaptation starts. */
function startingRules(rules, values) {
	return rules.map((rule) => ({
		key: rule.key,
		title: rule.title,
		text: fillSlots(rule.text, values),
		status: "keep"
	}));
}
/** "Adapt the model for <jurisdiction>": the team's policy from the latest published version. */
async function adaptModel(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	if (await findAdaptation(db, team.id)) throw new Refusal("adaptation_exists", 409);
	const latest = await latestVersion(db);
	const values = slotValuesFromTeam(team);
	const now = Date.now();
	const documentId = newId();
	await db.transaction().execute(async (trx) => {
		await trx.insertInto("document").values({
			id: documentId,
			team_id: team.id,
			kind: "policy",
			title: translate("en", "policy.document_title", { jurisdiction: team.jurisdiction_name }),
			created_by: userId,
			created_at: now,
			updated_at: now,
			archived_at: null
		}).execute();
		await trx.insertInto("adaptation").values({
			team_id: team.id,
			document_id: documentId,
			base_version: latest.version,
			slot_values: JSON.stringify(values),
			created_by: userId,
			created_at: now,
			updated_at: now
		}).execute();
	});
	await liveDocuments(db).change(documentId, (doc) => writeAdaptation(doc, startingRules(latest.rules, values)));
	return documentId;
}
/** The adaptation as it stands, with the version it follows and the latest one. */
async function adaptationState(db, team) {
	const adaptation = await requireAdaptation(db, team.id);
	const [base, latest, doc] = await Promise.all([
		getVersion(db, adaptation.base_version),
		latestVersion(db),
		readDocument(db, adaptation.document_id)
	]);
	return {
		adaptation,
		base,
		latest,
		values: JSON.parse(adaptation.slot_values),
		rules: readAdaptation(doc)
	};
}
/** The redline of the adaptation against the version it is based on. */
async function policyRedline(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const { base, values, rules, latest } = await adaptationState(db, team);
	return {
		base,
		latest,
		redline: redlinePolicy(base, rules, values)
	};
}
/** The adaptation as it would be adopted today: no redline marks, dropped rules left out. */
async function policyFinalText(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const { base, values, rules } = await adaptationState(db, team);
	return {
		base,
		rules: finalText(base, rules, values),
		dropped: rules.filter((rule) => rule.status === "drop" && !rule.custom).length
	};
}
/** A short fingerprint of the rules a person reviewed, so a merge made on stale text is refused. */
function rulesFingerprint(rules) {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(JSON.stringify(rules)))).slice(0, 32);
}
/** What the newest model version offers the team, or null when it follows the newest already. */
async function pendingUpdate(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const { base, latest, values, rules } = await adaptationState(db, team);
	if (latest.version <= base.version) return null;
	return {
		update: mergePolicy(base, latest, rules, values),
		fingerprint: rulesFingerprint(rules)
	};
}
/**
* Applies a person's decisions on a model update and moves the adaptation's base to the new
* version. Refused with no change when the model or the adaptation moved since the review, or
* while any suggestion or conflict has no answer (an unanswered one would silently keep the old words).
*/
async function acceptModelUpdate(db, slug, userId, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const { adaptation, base, latest, values, rules } = await adaptationState(db, team);
	await getVersion(db, input.to);
	if (adaptation.base_version !== input.from || latest.version !== input.to) throw new Refusal("merge_stale", 409);
	if (rulesFingerprint(rules) !== input.fingerprint) throw new Refusal("merge_text_changed", 409);
	const open = openDecisions(mergePolicy(base, latest, rules, values), input.decisions);
	if (open.length) throw new Refusal("decisions_missing", 400, {
		count: open.length,
		rules: [...new Set(open.map((point) => point.title))].join(", ")
	});
	let changedMeanwhile = false;
	await liveDocuments(db).change(adaptation.document_id, (doc) => {
		const current = readAdaptation(doc);
		if (rulesFingerprint(current) !== input.fingerprint) {
			changedMeanwhile = true;
			return;
		}
		const update = mergePolicy(base, latest, current, values);
		writeAdaptation(doc, applyPolicyUpdate(update, current, input.decisions, latest, values));
	});
	if (changedMeanwhile) throw new Refusal("merge_text_changed", 409);
	const moved = await db.updateTable("adaptation").set({
		base_version: latest.version,
		updated_at: Date.now()
	}).where("team_id", "=", team.id).where("base_version", "=", input.from).executeTakeFirst();
	if (Number(moved.numUpdatedRows) !== 1) throw new Refusal("merge_stale", 409);
}
/** Whether the team's names changed since the rules were filled. */
function namesChanged(team, stored) {
	const now = slotValuesFromTeam(team);
	return Object.entries(now).some(([slot, value]) => stored[slot] !== value);
}
/** Swaps the old names in every rule for the team's current ones. */
async function refillNames(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const adaptation = await requireAdaptation(db, team.id);
	const oldValues = JSON.parse(adaptation.slot_values);
	const newValues = slotValuesFromTeam(team);
	let replacements = 0;
	await liveDocuments(db).change(adaptation.document_id, (doc) => {
		const rules = readAdaptation(doc).map((rule) => {
			const refilled = refillSlots(rule.text, oldValues, newValues);
			replacements += refilled.replacements;
			return {
				...rule,
				text: refilled.text
			};
		});
		writeAdaptation(doc, rules);
	});
	await db.updateTable("adaptation").set({
		slot_values: JSON.stringify(newValues),
		updated_at: Date.now()
	}).where("team_id", "=", team.id).execute();
	return replacements;
}

export { adaptationState as a, finalText as b, adaptModel as c, policyFinalText as d, policyRedline as e, findAdaptation as f, acceptModelUpdate as g, namesChanged as n, pendingUpdate as p, refillNames as r };
//# sourceMappingURL=adaptation.js-Ba6M5iPZ.js.map
