import * as v from 'valibot';
import type { RequestEvent } from '@sveltejs/kit';
import { endReview, shareForReview } from './document-shares';
import { email, parseForm, refused } from './forms';
import { requireUser } from './guard';

type DocumentEvent = RequestEvent<{ slug: string; id: string }>;

const Id = v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid'));

/** The named actions of the Reviewers card on a document's page (`?/shareReview`, `?/endReview`). */
export const reviewActions = {
	shareReview: async (event: DocumentEvent) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ reviewerEmail: email }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			const reviewer = await shareForReview(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.reviewerEmail);
			return { success: 'review_shared', reviewerName: reviewer.name };
		} catch (err) {
			return refused(err, form, 'reviewerEmail');
		}
	},
	endReview: async (event: DocumentEvent) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ reviewer: Id }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await endReview(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.reviewer);
		} catch (err) {
			return refused(err);
		}
		return { success: 'review_ended' };
	}
};
