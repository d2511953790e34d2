import * as v from 'valibot';
import { redirect } from '@sveltejs/kit';
import { draftProblems, latestVersion, listVersions, modelDraft, publishDraft, readDraft } from '$lib/server/model-policy';
import { readDocument } from '$lib/server/live-documents';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (!user.is_admin) pageError(event, new Refusal('forbidden', 403));
	const { db } = event.locals.app;
	const latest = await latestVersion(db);
	const draftId = await modelDraft(db, user);
	const problems = draftProblems(readDraft(await readDocument(db, draftId), latest));
	return { versions: await listVersions(db), latest: latest.version, problems };
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
