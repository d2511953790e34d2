import 'yjs';
//# sourceMappingURL=rule-list.svelte.js-D4EXezpW.js.map
