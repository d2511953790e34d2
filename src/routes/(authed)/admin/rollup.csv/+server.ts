import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { Refusal } from '$lib/server/refusal';
import { rollupCsv, stateFilter } from '$lib/server/scorecard';
import { today } from '$lib/scorecard';
import type { RequestHandler } from './$types';

/** The roll-up as a spreadsheet, for campaign admins. */
export const GET: RequestHandler = async (event) => {
	const { locals, url } = event;
	if (!locals.user) error(401, translate(locals.locale, 'errors.signed_out'));
	const state = stateFilter(url.searchParams.get('state'));
	try {
		const csv = await rollupCsv(locals.app.db, locals.user, { state });
		const name = `playbook-rollup-${today()}${state ? `-${state}` : ''}.csv`;
		// The byte-order mark lets spreadsheet programs read the file as UTF-8.
		return new Response(`\uFEFF${csv}`, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (err) {
		if (err instanceof Refusal) error(err.status, translate(locals.locale, `errors.${err.code}`));
		throw err;
	}
};
