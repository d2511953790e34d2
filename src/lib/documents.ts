/** How a team's documents are named for people; shared by server and pages. */

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A document's title in the reader's language. The adapted policy is named after the team's
 * jurisdiction as it is now, whatever title its row was stored with; other documents keep theirs.
 */
export function documentTitle(document: { kind: string; title: string }, jurisdiction: string, t: Translate): string {
	return document.kind === 'policy' ? t('policy.document_title', { jurisdiction }) : document.title;
}

/** Where a document opens: the adapted policy and testimony have pages of their own. */
export function documentHref(slug: string, document: { id: string; kind: string }): string {
	if (document.kind === 'policy') return `/t/${slug}/policy`;
	if (document.kind === 'testimony') return `/t/${slug}/testimony/${document.id}`;
	return `/t/${slug}/docs/${document.id}`;
}

/** Where the team's policy stands: not adapted, adapted from a version, or behind a newer one. */
export function policyStatus(policy: { baseVersion: number; latestVersion: number } | null, t: Translate): string {
	if (!policy) return t('sections.policy_not_adapted');
	if (policy.latestVersion > policy.baseVersion) return t('sections.policy_update', { version: policy.latestVersion });
	return t('sections.policy_adapted', { version: policy.baseVersion });
}
