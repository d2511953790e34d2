import { t as translate } from '../../../../../chunks/i18n.js-DfYLM2F_.js';
import { R as Refusal } from '../../../../../chunks/refusal.js-CqIAUhOf.js';
import { s as stateFilter, k as rollupCsv } from '../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import { t as today } from '../../../../../chunks/scorecard.js-C021Dk_-.js';
import { v as error } from '../../../../../chunks/utils.js-Cx36Gts4.js';
import 'i18next';
import '@oslojs/encoding';
import '../../../../../chunks/text.js-De780Z__.js';
import '../../../../../chunks/postgres.js-CZMSXUZ9.js';
import 'kysely';
import 'pg';
import '../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import '../../../../../chunks/redline.js-B3MCp1Vy.js';
import '../../../../../chunks/states.js-0GJhGoOw.js';
import '../../../../../chunks/model.js-DLwlbFq3.js';
import 'diff';
import '../../../../../chunks/policy-doc.js-spMKaOze.js';
import 'yjs';
import '../../../../../chunks/model-draft-doc.js-DQbVtYkH.js';
import '../../../../../chunks/live-documents.js-D-DuJ62i.js';
import '../../../../../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '../../../../../chunks/documents.js-CaNv629-.js';
import '../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../chunks/teams.js-DRa-kSv4.js';
import '../../../../../chunks/board-doc.js-70NGdl8z.js';
import 'fractional-indexing';
import '../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import '../../../../../chunks/merge.js-B1XQ_MNh.js';
import 'node-diff3';
import '@oslojs/crypto/sha2';
import '../../../../../chunks/forms.js-J73ZrRYJ.js';
import 'valibot';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';

// src/routes/(authed)/admin/rollup.csv/+server.ts
/** The roll-up as a spreadsheet, for campaign admins. */
var GET = async (event) => {
	const { locals, url } = event;
	if (!locals.user) error(401, translate(locals.locale, "errors.signed_out"));
	const state = stateFilter(url.searchParams.get("state"));
	try {
		const csv = await rollupCsv(locals.app.db, locals.user, { state });
		const name = `playbook-rollup-${today()}${state ? `-${state}` : ""}.csv`;
		return new Response(`\uFEFF${csv}`, { headers: {
			"content-type": "text/csv; charset=utf-8",
			"content-disposition": `attachment; filename="${name}"`,
			"cache-control": "no-store"
		} });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, translate(locals.locale, `errors.${err.code}`));
		throw err;
	}
};

export { GET };
//# sourceMappingURL=_server.ts.js-Dg1jb5u3.js.map
