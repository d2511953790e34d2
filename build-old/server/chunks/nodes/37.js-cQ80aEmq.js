export { _ as server } from '../entries/pages/invite/_token_/_page.server.ts.js-CIph2Fvl.js';
import '../chunks/invites.js-7Yb4Oz_K.js';
import '../chunks/roles.js-C7S8Lfoc.js';
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

const index = 37;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/invite/_token_/_page.svelte.js-BRQZjd1f.js')).default;
const server_id = "src/routes/invite/[token]/+page.server.ts";
const imports = ["_app/immutable/nodes/37.Bros4k5a.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/91WRYdzp.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/DTPCLB_x.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=37.js-cQ80aEmq.js.map
