import { c as commentActions } from '../../../../../../../chunks/doc-comment-actions.js-BkV_QHhC.js';
import { r as reviewActions, d as documentActions } from '../../../../../../../chunks/review-actions.js-WVHI_ULf.js';
import { p as parseForm, r as refused } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { l as listHearings } from '../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { l as listReviewers, a as authorNames } from '../../../../../../../chunks/document-shares.js-DcQLMq3e.js';
import { t as timeZoneOr } from '../../../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { R as Refusal } from '../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { u as updateSpeaker, g as getTestimony, S as SpeakerInput } from '../../../../../../../chunks/testimony.js-_KidzKTn.js';

// src/routes/(authed)/t/[slug]/testimony/[id]/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const userId = requireUser(event).id;
	try {
		const { document, testimony, hearing, canEdit, reviewer, canSuggest } = await getTestimony(db, event.params.slug, userId, event.params.id);
		const { upcoming, past } = await listHearings(db, event.params.slug, userId);
		return {
			document,
			testimony,
			hearing,
			canEdit,
			reviewer,
			canSuggest,
			hearings: [...upcoming, ...past],
			members: await authorNames(db, document.id),
			reviewers: await listReviewers(db, event.params.slug, userId, document.id),
			now: Date.now(),
			viewerZone: timeZoneOr(event.cookies.get("tz"))
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = {
	speaker: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(SpeakerInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const field = (name) => String(form.get(name) ?? "");
			await updateSpeaker(event.locals.app.db, event.params.slug, user.id, event.params.id, {
				speakerName: field("speakerName"),
				hearingId: field("hearingId"),
				wordsPerMinute: field("wordsPerMinute"),
				interpreter: field("interpreter"),
				speakingMinutes: field("speakingMinutes")
			});
		} catch (err) {
			return refused(err, form, err instanceof Refusal && typeof err.params.field === "string" ? err.params.field : void 0);
		}
		return { success: "saved" };
	},
	...documentActions({
		renamed: "renamed",
		archived: "archived",
		restored: "restored"
	}),
	...commentActions,
	...reviewActions
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BOr-r6Cu.js.map
