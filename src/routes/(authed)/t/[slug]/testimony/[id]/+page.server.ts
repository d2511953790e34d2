import { commentActions } from '$lib/server/doc-comment-actions';
import { documentActions } from '$lib/server/document-actions';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { listHearings } from '$lib/server/hearings';
import { authorNames, listReviewers } from '$lib/server/document-shares';
import { reviewActions } from '$lib/server/review-actions';
import { timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { Refusal } from '$lib/server/refusal';
import { getTestimony, SpeakerInput, updateSpeaker } from '$lib/server/testimony';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
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
			viewerZone: timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE))
		};
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	speaker: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(SpeakerInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			// The domain reads the form's own strings (it checks them again); the parsed values are in seconds already.
			const field = (name: string) => String(form.get(name) ?? '');
			await updateSpeaker(event.locals.app.db, event.params.slug, user.id, event.params.id, {
				speakerName: field('speakerName'),
				hearingId: field('hearingId'),
				wordsPerMinute: field('wordsPerMinute'),
				interpreter: field('interpreter'),
				speakingMinutes: field('speakingMinutes')
			});
		} catch (err) {
			return refused(err, form, err instanceof Refusal && typeof err.params.field === 'string' ? err.params.field : undefined);
		}
		return { success: 'saved' };
	},
	...documentActions({ renamed: 'renamed', archived: 'archived', restored: 'restored' }),
	...commentActions,
	...reviewActions
};
