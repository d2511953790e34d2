export { _ as server } from '../entries/pages/(authed)/t/_slug_/boards/_page.server.ts.js-W87Vefa-.js';
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

const index = 12;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/t/_slug_/boards/_page.svelte.js-CysTEoU0.js')).default;
const server_id = "src/routes/(authed)/t/[slug]/boards/+page.server.ts";
const imports = ["_app/immutable/nodes/12.BlEtsIvC.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/CyMI_XB5.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/CAO3YSZf.js"];
const stylesheets = ["_app/immutable/assets/12.ClBme7dh.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=12.js-Daq4giGd.js.map
