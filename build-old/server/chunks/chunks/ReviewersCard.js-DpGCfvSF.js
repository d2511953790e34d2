import { ai as escape_html, am as ensure_array_like, ah as attr, T as derived } from './server.js-DUATOAhJ.js';
import { t, p as page, c as currentLocale } from './t.svelte.js-Dq5mMf18.js';
import { C as CopyField } from './CopyField.js-Bz16s1hV.js';
import { F as Field } from './Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/docs/[id]/ReviewersCard.svelte
function ReviewersCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Organizers and owners share and end reviews; members see who reviews. */
		/** Where a reviewer opens the document. */
		let { reviewers, canManage, link, form } = $$props;
		const when = (ms) => new Date(ms).toLocaleDateString(currentLocale(), { dateStyle: "medium" });
		const mine = derived(() => form?.success === "review_shared" || form?.success === "review_ended" || !!form?.errors?.reviewerEmail);
		$$renderer.push(`<section class="card reviewers svelte-tickxg" aria-labelledby="reviewers-title"><h2 id="reviewers-title">${escape_html(t("review.card_title"))}</h2> <p class="muted">${escape_html(t("review.card_intro"))}</p> `);
		if (mine() && form?.success === "review_shared") $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("review.shared", { name: form.reviewerName ?? "" }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (mine() && form?.success === "review_ended") $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("review.ended"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (reviewers.length) {
			$$renderer.push(`<!--[0--><ul class="list svelte-tickxg"><!--[-->`);
			const each_array = ensure_array_like(reviewers);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let reviewer = each_array[$$index];
				$$renderer.push(`<li class="svelte-tickxg"><span class="who svelte-tickxg"><strong>${escape_html(reviewer.name)}</strong> `);
				if (reviewer.email) $$renderer.push(`<!--[0--><span class="muted svelte-tickxg">${escape_html(reviewer.email)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span class="muted svelte-tickxg">${escape_html(t("review.since", { date: when(reviewer.sharedAt) }))}</span></span> `);
				if (canManage) $$renderer.push(`<!--[0--><form method="POST" action="?/endReview"><input type="hidden" name="reviewer"${attr("value", reviewer.userId)}/> <button class="secondary"${attr("aria-label", t("review.end_label", { name: reviewer.name }))}>${escape_html(t("review.end"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("review.none"))}</p>`);
		$$renderer.push(`<!--]--> `);
		if (canManage) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/shareReview">`);
			Field($$renderer, {
				name: "reviewerEmail",
				type: "email",
				autocomplete: "off",
				label: t("review.email"),
				hint: t("review.email_hint"),
				required: true,
				maxlength: 254,
				value: mine() && form?.errors?.reviewerEmail ? form?.values?.reviewerEmail ?? "" : "",
				error: mine() ? form?.errors?.reviewerEmail : void 0
			});
			$$renderer.push(`<!----> <button>${escape_html(t("review.share"))}</button></form> `);
			if (reviewers.length) {
				$$renderer.push("<!--[0-->");
				CopyField($$renderer, {
					id: "review-link",
					label: t("review.link"),
					value: new URL(link, page.url.origin).href
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { ReviewersCard as R };
//# sourceMappingURL=ReviewersCard.js-DpGCfvSF.js.map
