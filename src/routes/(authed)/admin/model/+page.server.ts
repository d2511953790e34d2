import * as v from 'valibot';
import { redirect } from '@sveltejs/kit';
import { draftReview, listVersions, publishDraft } from '$lib/server/model-policy';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	try {
		const review = await draftReview(db, user);
		return { ...review, versions: await listVersions(db) };
	} catch (err) {
		pageError(event, err);
	}
};

const Publish = v.object({ notes: text(2000, { multiline: true }), expected: v.pipe(v.string('required'), v.regex(/^\d{1,6}$/, 'invalid'), v.transform(Number)) });

export const actions: Actions = {
	publish: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(Publish, form);
		if (!parsed.ok) return parsed.failure;
		let version: number;
		try {
			({ version } = await publishDraft(event.locals.app.db, user, parsed.data.notes, parsed.data.expected));
		} catch (err) {
			return refused(err, form);
		}
		redirect(303, `/admin/model?published=${version}`);
	}
};
