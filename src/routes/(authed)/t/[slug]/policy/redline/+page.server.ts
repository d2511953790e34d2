import { policyRedline } from '$lib/server/adaptation';
import { pageError, requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { base, latest, redline } = await policyRedline(event.locals.app.db, event.params.slug, requireUser(event).id);
		return { baseVersion: base.version, latestVersion: latest.version, redline };
	} catch (err) {
		pageError(event, err);
	}
};
