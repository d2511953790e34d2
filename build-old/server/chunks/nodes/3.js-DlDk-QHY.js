export { _ as server } from '../entries/pages/(authed)/t/_slug_/_layout.server.ts.js-CEqSVOoG.js';
import '../chunks/roles.js-C7S8Lfoc.js';
import '../chunks/teams.js-DRa-kSv4.js';
import '../chunks/text.js-De780Z__.js';
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
import '../chunks/guard.js-DiCDU1AF.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';

const index = 3;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/t/_slug_/_layout.svelte.js-DUVaE6Mj.js')).default;
const server_id = "src/routes/(authed)/t/[slug]/+layout.server.ts";
const imports = ["_app/immutable/nodes/3.CoJLdn9p.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/DPMOTt7P.js"];
const stylesheets = ["_app/immutable/assets/3.D4_sUOOm.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=3.js-DlDk-QHY.js.map
