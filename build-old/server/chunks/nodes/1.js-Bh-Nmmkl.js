const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js-HBQ6vMWF.js')).default;
const imports = ["_app/immutable/nodes/1.Bw3ul8Ua.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/DPMOTt7P.js"];
const stylesheets = ["_app/immutable/assets/1.C-K_EQin.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-Bh-Nmmkl.js.map
