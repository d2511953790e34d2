import { a as archiveDocument, r as renameDocument } from './documents.js-CaNv629-.js';
import { p as parseForm, r as refused, e as email, b as picklist, t as text$1 } from './forms.js-J73ZrRYJ.js';
import { r as requireUser } from './guard.js-DiCDU1AF.js';
import { e as endReview, b as shareForReview } from './document-shares.js-DcQLMq3e.js';
import * as v from 'valibot';

// src/lib/server/document-actions.ts
/**
* The rename and archive actions of a page that shows one rich-text document (a document, a
* testimony), for it to spread into its own actions.
*/
function documentActions(success) {
	return {
		rename: async (event) => {
			const user = requireUser(event);
			const form = await event.request.formData();
			const parsed = parseForm(v.object({ title: text$1(200) }), form);
			if (!parsed.ok) return parsed.failure;
			try {
				await renameDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.title);
			} catch (err) {
				return refused(err, form, "title");
			}
			return { success: success.renamed };
		},
		archive: async (event) => {
			const user = requireUser(event);
			const parsed = parseForm(v.object({ archived: picklist(["yes", "no"]) }), await event.request.formData());
			if (!parsed.ok) return parsed.failure;
			try {
				await archiveDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === "yes");
			} catch (err) {
				return refused(err);
			}
			return { success: parsed.data.archived === "yes" ? success.archived : success.restored };
		}
	};
}
// src/lib/server/review-actions.ts
var Id = v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid"));
/** The named actions of the Reviewers card on a document's page (`?/shareReview`, `?/endReview`). */
var reviewActions = {
	shareReview: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ reviewerEmail: email }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			return {
				success: "review_shared",
				reviewerName: (await shareForReview(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.reviewerEmail)).name
			};
		} catch (err) {
			return refused(err, form, "reviewerEmail");
		}
	},
	endReview: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ reviewer: Id }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await endReview(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.reviewer);
		} catch (err) {
			return refused(err);
		}
		return { success: "review_ended" };
	}
};

export { documentActions as d, reviewActions as r };
//# sourceMappingURL=review-actions.js-WVHI_ULf.js.map
