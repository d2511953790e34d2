import './t.svelte.js-Dq5mMf18.js';
//# sourceMappingURL=forms2.js-BIutbftC.js.map
