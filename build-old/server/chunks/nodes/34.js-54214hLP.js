export { _ as server } from '../entries/pages/(authed)/tasks/_page.server.ts.js-DQpMAVb9.js';
import '../chunks/forms.js-J73ZrRYJ.js';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@oslojs/encoding';
import '../chunks/text.js-De780Z__.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'valibot';
import '../chunks/guard.js-DiCDU1AF.js';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../chunks/my-tasks.js-Lf6CVEWP.js';
import '../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../chunks/roles.js-C7S8Lfoc.js';
import '../chunks/live-documents.js-D-DuJ62i.js';
import '../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';

const index = 34;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/tasks/_page.svelte.js-DQ-PH2Ez.js')).default;
const server_id = "src/routes/(authed)/tasks/+page.server.ts";
const imports = ["_app/immutable/nodes/34.De4FE_-J.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/B3z6JepF.js"];
const stylesheets = ["_app/immutable/assets/34.DCnRpJsO.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=34.js-54214hLP.js.map
