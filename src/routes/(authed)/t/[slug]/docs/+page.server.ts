import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { findAdaptation } from '$lib/server/adaptation';
import { createDocument, hasDocumentOfKind, listDocuments } from '$lib/server/documents';
import { latestVersion } from '$lib/server/model-policy';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const archived = event.url.searchParams.has('archived');
	const { team } = await event.parent();
	const { db } = event.locals.app;
	try {
		const [documents, adaptation, latest, talkingPoints] = await Promise.all([
			listDocuments(db, event.params.slug, requireUser(event).id, { archived }),
			findAdaptation(db, team.id),
			latestVersion(db),
			hasDocumentOfKind(db, team.id, 'talking_points')
		]);
		// The adapted policy is listed first, adapted or not: it is the team's main document.
		const policy = adaptation ? { baseVersion: adaptation.base_version, latestVersion: latest.version } : null;
		// Talking points are made from the model on first opening; until then the list still offers them.
		return { documents, archived, policy, talkingPointsMade: talkingPoints };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ title: text(200) }), form);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createDocument(event.locals.app.db, event.params.slug, user.id, parsed.data));
		} catch (err) {
			return refused(err, form, 'title');
		}
		redirect(303, `/t/${event.params.slug}/docs/${id}`);
	}
};
