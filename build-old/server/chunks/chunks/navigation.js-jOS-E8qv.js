import './t.svelte.js-Dq5mMf18.js';
//# sourceMappingURL=navigation.js-jOS-E8qv.js.map
