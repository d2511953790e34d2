export { _ as server } from '../entries/pages/(authed)/t/_slug_/settings/_page.server.ts.js-Dc8k7siD.js';
import '../chunks/teams.js-DRa-kSv4.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/roles.js-C7S8Lfoc.js';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@oslojs/encoding';
import '../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../chunks/live-documents.js-D-DuJ62i.js';
import '../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '../chunks/forms.js-J73ZrRYJ.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'valibot';
import '../chunks/guard.js-DiCDU1AF.js';
import '../chunks/team-form.js-D1FA1bZO.js';
import '../chunks/states.js-0GJhGoOw.js';

const index = 29;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/t/_slug_/settings/_page.svelte.js-BUz88wFd.js')).default;
const server_id = "src/routes/(authed)/t/[slug]/settings/+page.server.ts";
const imports = ["_app/immutable/nodes/29.BkNRjSQu.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/CAO3YSZf.js","_app/immutable/chunks/CyMI_XB5.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/91WRYdzp.js","_app/immutable/chunks/dczsX354.js","_app/immutable/chunks/DdHf6Soa.js","_app/immutable/chunks/DTPCLB_x.js"];
const stylesheets = ["_app/immutable/assets/29.DsHjTlku.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=29.js-Dle3nPV3.js.map
