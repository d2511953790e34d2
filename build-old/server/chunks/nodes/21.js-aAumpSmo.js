export { _ as server } from '../entries/pages/(authed)/t/_slug_/invites/_page.server.ts.js-CkYFXMla.js';
import '../chunks/roles.js-C7S8Lfoc.js';
import '../chunks/invites.js-7Yb4Oz_K.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/teams.js-DRa-kSv4.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/refusal.js-CqIAUhOf.js';
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
import '../chunks/origin.js-C_K1rKSC.js';

const index = 21;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/t/_slug_/invites/_page.svelte.js-Bg6QUbvm.js')).default;
const server_id = "src/routes/(authed)/t/[slug]/invites/+page.server.ts";
const imports = ["_app/immutable/nodes/21.BImNlVJ2.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/CAO3YSZf.js","_app/immutable/chunks/i7MOjtMj.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/CyMI_XB5.js","_app/immutable/chunks/91WRYdzp.js","_app/immutable/chunks/DdHf6Soa.js"];
const stylesheets = ["_app/immutable/assets/CopyField.DdszaO8P.css","_app/immutable/assets/21.CyAwEET4.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=21.js-aAumpSmo.js.map
