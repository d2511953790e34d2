import * as v from 'valibot';
import { compareVersion, listVersions, restoreVersion, saveVersion, VersionName, VersionRef } from '$lib/server/document-versions';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	try {
		const { access, versions } = await listVersions(db, event.params.slug, user.id, event.params.id);
		// One version compared with the text now, by its id in the address (shareable).
		const asked = v.safeParse(VersionRef, { version: event.url.searchParams.get('compare') ?? '' });
		const comparison = asked.success ? await compareVersion(db, event.params.slug, user.id, event.params.id, asked.output.version).catch((err) => (err instanceof Refusal ? null : Promise.reject(err))) : null;
		return { document: access.document, canEdit: access.canEdit, versions, comparison };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(VersionName, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveVersion(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.name);
		} catch (err) {
			return refused(err, form, 'name');
		}
		return { success: 'version_saved' };
	},
	restore: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(VersionRef, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await restoreVersion(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.version);
		} catch (err) {
			return refused(err);
		}
		return { success: 'version_restored' };
	}
};
