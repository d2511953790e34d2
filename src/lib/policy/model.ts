/**
 * The model policy: the nine rules a national campaign publishes, versioned, with slots that
 * each team fills with its own jurisdiction's names.
 */

/** The names a team fills in; `{{jurisdiction}}` in rule text becomes "Springfield". */
export const SLOT_NAMES = [
	'jurisdiction',
	'police_department',
	'sheriff_office',
	'jail',
	'council',
	'state'
] as const;

export type SlotName = (typeof SLOT_NAMES)[number];

/** Filled values by slot; a missing, null or blank value shows a readable placeholder instead. */
export type SlotValues = Partial<Record<SlotName, string | null>>;

export type Audience = 'council' | 'law_enforcement' | 'press' | 'community';

export const AUDIENCES: readonly Audience[] = ['council', 'law_enforcement', 'press', 'community'];

export interface TalkingPoint {
	audience: Audience;
	text: string;
}

export interface ModelRule {
	/** Stable across versions, e.g. 'judicial-warrant'; merges and redlines match rules by it. */
	key: string;
	/** 1..9 in the published set; a rule added in a later version takes the next number. */
	number: number;
	title: string;
	/** Policy language with slots, e.g. "{{jurisdiction}} officials shall not ...". */
	text: string;
	/** The rule in plain language. */
	summary: string;
	why: string;
	talkingPoints: TalkingPoint[];
	titleEs?: string;
	summaryEs?: string;
}

export interface ModelVersion {
	version: number;
	notes: string;
	rules: ModelRule[];
}

/** One rule of a team's adaptation, with the model's slots already filled in. */
export interface AdaptedRule {
	/** The model rule's key, or the team's own key for a rule it wrote (`custom: true`). */
	key: string;
	title: string;
	text: string;
	status: 'keep' | 'modify' | 'drop';
	dropReason?: string;
	/** The team's own rule, with no model rule behind it. */
	custom?: boolean;
}

export function findModelRule(version: ModelVersion, key: string): ModelRule | undefined {
	return version.rules.find((rule) => rule.key === key);
}
