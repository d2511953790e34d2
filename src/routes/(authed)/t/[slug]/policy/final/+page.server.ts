import { policyFinalText } from '$lib/server/adaptation';
import { pageError } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { base, rules, dropped } = await policyFinalText(event.locals.app.db, event.params.slug, event.locals.user!.id);
		return { baseVersion: base.version, rules, dropped };
	} catch (err) {
		pageError(event, err);
	}
};
