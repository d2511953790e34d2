// src/lib/documents.ts
/**
* A document's title in the reader's language. The adapted policy is named after the team's
* jurisdiction as it is now, whatever title its row was stored with; other documents keep theirs.
*/
function documentTitle(document, jurisdiction, t) {
	return document.kind === "policy" ? t("policy.document_title", { jurisdiction }) : document.title;
}
/** Where a document opens: the adapted policy and testimony have pages of their own. */
function documentHref(slug, document) {
	if (document.kind === "policy") return `/t/${slug}/policy`;
	if (document.kind === "testimony") return `/t/${slug}/testimony/${document.id}`;
	return `/t/${slug}/docs/${document.id}`;
}
/** Where the team's policy stands: not adapted, adapted from a version, or behind a newer one. */
function policyStatus(policy, t) {
	if (!policy) return t("sections.policy_not_adapted");
	if (policy.latestVersion > policy.baseVersion) return t("sections.policy_update", { version: policy.latestVersion });
	return t("sections.policy_adapted", { version: policy.baseVersion });
}

export { documentTitle as a, documentHref as d, policyStatus as p };
//# sourceMappingURL=documents2.js-CgqM4IsD.js.map
