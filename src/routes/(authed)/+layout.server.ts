import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Everything in this group needs a signed-in person. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return {};
};
