export { _ as server } from '../entries/pages/_layout.server.ts.js-Djczjr8r.js';
import '../chunks/cookies.js-meQshAIL.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import 'node:path';
import 'node:fs';

const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-CZ5qSDi8.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.Z0otmL34.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/CE1XCloC.js","_app/immutable/chunks/2kb6bKyR.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/BvLV_t66.js"];
const stylesheets = ["_app/immutable/assets/SignOutForm.DWXbCyjp.css","_app/immutable/assets/0.D9OE84hD.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-b2i3F4nG.js.map
