import { pageError } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import { rollup, rollupStates, stateFilter } from '$lib/server/scorecard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = event.locals.user;
	if (!user?.is_admin) pageError(event, new Refusal('forbidden', 403));
	const state = stateFilter(event.url.searchParams.get('state'));
	try {
		const [result, states] = await Promise.all([rollup(event.locals.app.db, user, { state }), rollupStates(event.locals.app.db, user)]);
		return { ...result, states, state, showTargets: event.url.searchParams.get('targets') === '1' };
	} catch (err) {
		pageError(event, err);
	}
};
