import type { DB } from './db/index';
import type { AdaptedRule, SlotValues } from '$lib/policy/model';
import { fillSlots, refillSlots, slotValuesFromTeam } from '$lib/policy/slots';
import { redlinePolicy } from '$lib/policy/redline';
import { finalText } from '$lib/policy/final-text';
import { applyPolicyUpdate, mergePolicy, openDecisions, type Decisions, type PolicyUpdate } from '$lib/policy/merge';
import { readAdaptation, writeAdaptation } from '$lib/collab/policy-doc';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { authorize } from './teams';
import { getVersion, latestVersion } from './model-policy';
import { liveDocuments, readStored } from './live-documents';
import { Refusal, newId } from './refusal';
import { DEFAULT_LOCALE, translate } from '$lib/i18n';
import type { Team } from './db/schema';

export async function findAdaptation(db: DB, teamId: string) {
	return db.selectFrom('adaptation').selectAll().where('team_id', '=', teamId).executeTakeFirst();
}

async function requireAdaptation(db: DB, teamId: string) {
	const adaptation = await findAdaptation(db, teamId);
	if (!adaptation) throw new Refusal('adaptation_missing', 404);
	return adaptation;
}

/** The rules of a published version, filled with a team's names: where an adaptation starts. */
export function startingRules(rules: { key: string; title: string; text: string }[], values: SlotValues): AdaptedRule[] {
	return rules.map((rule) => ({ key: rule.key, title: rule.title, text: fillSlots(rule.text, values), status: 'keep' as const }));
}

/** "Adapt the model for <jurisdiction>": the team's policy from the latest published version. */
export async function adaptModel(db: DB, slug: string, userId: string): Promise<string> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	if (await findAdaptation(db, team.id)) throw new Refusal('adaptation_exists', 409);
	const latest = await latestVersion(db);
	const values = slotValuesFromTeam(team);
	const now = Date.now();
	const documentId = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('document')
			.values({ id: documentId, team_id: team.id, kind: 'policy', title: translate(DEFAULT_LOCALE, 'policy.document_title', { jurisdiction: team.jurisdiction_name }), created_by: userId, created_at: now, updated_at: now, archived_at: null })
			.execute();
		await trx
			.insertInto('adaptation')
			.values({ team_id: team.id, document_id: documentId, base_version: latest.version, slot_values: JSON.stringify(values), created_by: userId, created_at: now, updated_at: now })
			.execute();
	});
	await liveDocuments(db).change(documentId, (doc) => writeAdaptation(doc, startingRules(latest.rules, values)));
	return documentId;
}

/** The adaptation as it stands, with the version it follows and the latest one. */
export async function adaptationState(db: DB, team: Team) {
	const adaptation = await requireAdaptation(db, team.id);
	const [base, latest, rules] = await Promise.all([getVersion(db, adaptation.base_version), latestVersion(db), readStored(db, adaptation.document_id, readAdaptation)]);
	const values = JSON.parse(adaptation.slot_values) as SlotValues;
	return { adaptation, base, latest, values, rules };
}

/** The redline of the adaptation against the version it is based on. */
export async function policyRedline(db: DB, slug: string, userId: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const { base, values, rules, latest } = await adaptationState(db, team);
	return { base, latest, redline: redlinePolicy(base, rules, values) };
}

/** The adaptation as it would be adopted today: no redline marks, dropped rules left out. */
export async function policyFinalText(db: DB, slug: string, userId: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const { base, values, rules } = await adaptationState(db, team);
	const final = finalText(base, rules, values);
	return { base, rules: final, dropped: rules.filter((rule) => rule.status === 'drop' && !rule.custom).length };
}

/** A short fingerprint of the rules a person reviewed, so a merge made on stale text is refused. */
export function rulesFingerprint(rules: AdaptedRule[]): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(JSON.stringify(rules)))).slice(0, 32);
}

/** What the newest model version offers the team, or null when it follows the newest already. */
export async function pendingUpdate(db: DB, slug: string, userId: string): Promise<{ update: PolicyUpdate; fingerprint: string } | null> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const { base, latest, values, rules } = await adaptationState(db, team);
	if (latest.version <= base.version) return null;
	return { update: mergePolicy(base, latest, rules, values), fingerprint: rulesFingerprint(rules) };
}

/**
 * Applies a person's decisions on a model update and moves the adaptation's base to the new
 * version. Refused with no change when the model or the adaptation moved since the review, or
 * while any suggestion or conflict has no answer (an unanswered one would silently keep the old words).
 */
export async function acceptModelUpdate(
	db: DB,
	slug: string,
	userId: string,
	input: { from: number; to: number; fingerprint: string; decisions: Decisions }
): Promise<void> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const { adaptation, base, latest, values, rules } = await adaptationState(db, team);
	await getVersion(db, input.to);
	if (adaptation.base_version !== input.from || latest.version !== input.to) throw new Refusal('merge_stale', 409);
	if (rulesFingerprint(rules) !== input.fingerprint) throw new Refusal('merge_text_changed', 409);
	const open = openDecisions(mergePolicy(base, latest, rules, values), input.decisions);
	if (open.length) throw new Refusal('decisions_missing', 400, { count: open.length, rules: [...new Set(open.map((point) => point.title))].join(', ') });
	// Merge against the document as the room holds it now, in the same transaction that writes.
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
	if (changedMeanwhile) throw new Refusal('merge_text_changed', 409);
	const moved = await db
		.updateTable('adaptation')
		.set({ base_version: latest.version, updated_at: Date.now() })
		.where('team_id', '=', team.id)
		.where('base_version', '=', input.from)
		.executeTakeFirst();
	if (Number(moved.numUpdatedRows) !== 1) throw new Refusal('merge_stale', 409);
}

/** Whether the team's names changed since the rules were filled. */
export function namesChanged(team: Team, stored: SlotValues): boolean {
	const now = slotValuesFromTeam(team);
	return Object.entries(now).some(([slot, value]) => (stored as Record<string, string | null | undefined>)[slot] !== value);
}

/** Swaps the old names in every rule for the team's current ones. */
export async function refillNames(db: DB, slug: string, userId: string): Promise<number> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const adaptation = await requireAdaptation(db, team.id);
	const oldValues = JSON.parse(adaptation.slot_values) as SlotValues;
	const newValues = slotValuesFromTeam(team);
	let replacements = 0;
	await liveDocuments(db).change(adaptation.document_id, (doc) => {
		const rules = readAdaptation(doc).map((rule) => {
			const refilled = refillSlots(rule.text, oldValues, newValues);
			replacements += refilled.replacements;
			return { ...rule, text: refilled.text };
		});
		writeAdaptation(doc, rules);
	});
	await db.updateTable('adaptation').set({ slot_values: JSON.stringify(newValues), updated_at: Date.now() }).where('team_id', '=', team.id).execute();
	return replacements;
}
