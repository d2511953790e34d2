export { _ as server } from '../entries/pages/(authed)/_layout.server.ts.js-BDD-xo7q.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';

const index = 2;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/layout.svelte.js-C4PuHEEb.js')).default;
const server_id = "src/routes/(authed)/+layout.server.ts";
const imports = ["_app/immutable/nodes/2.BHx91k7Z.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=2.js-C76MQKiH.js.map
