import { latestVersion, modelDraft } from '$lib/server/model-policy';
import { pageError, requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (!user.is_admin) pageError(event, new Refusal('forbidden', 403));
	const { db } = event.locals.app;
	return { draftId: await modelDraft(db, user), latest: (await latestVersion(db)).version };
};
