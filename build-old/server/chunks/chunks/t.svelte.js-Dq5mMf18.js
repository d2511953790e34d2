import { a0 as getContext, n as noop } from './server.js-DUATOAhJ.js';
import { i as index_server_exports } from './internal2.js-BICIkewf.js';
import './exports.js-B7zWDtbc.js';
import './shared.js-Ds6Ze1Vz.js';
import { t as translate, i as isLocale } from './i18n.js-DfYLM2F_.js';
import './utils.js-Cx36Gts4.js';

var is_legacy = noop.toString().includes("$$") || /function \w+\(\) \{\}/.test(noop.toString());
var placeholder_url = "a:";
if (is_legacy) {
	new URL(placeholder_url);
} else {
	new class Page {
		data = {};
		form = null;
		error = null;
		params = {};
		route = { id: null };
		state = {};
		status = -1;
		url = new URL(placeholder_url);
	}();
}
// ../../main/node_modules/@sveltejs/kit/src/runtime/client/client.js
/** @import { RemoteFunctionDataNode, ServerNodesResponse, ServerRedirectNode } from 'types' */
/** @import { CacheEntry } from './remote-functions/cache.svelte.js' */
/** @import { Query } from './remote-functions/query/instance.svelte.js' */
/** @import { LiveQuery } from './remote-functions/query-live/instance.svelte.js' */
var { onMount, tick } = index_server_exports;
// ../../main/node_modules/@sveltejs/kit/src/runtime/app/state/server.js
function context() {
	return getContext("__request__");
}
// ../../main/node_modules/@sveltejs/kit/src/runtime/app/state/index.js
/**
* A read-only reactive object with information about the current page, serving several use cases:
* - retrieving the combined `data` of all pages/layouts anywhere in your component tree (also see [loading data](https://svelte.dev/docs/kit/load))
* - retrieving the current value of the `form` prop anywhere in your component tree (also see [form actions](https://svelte.dev/docs/kit/form-actions))
* - retrieving the page state that was set through `goto`, `pushState` or `replaceState` (also see [goto](https://svelte.dev/docs/kit/$app-navigation#goto) and [shallow routing](https://svelte.dev/docs/kit/shallow-routing))
* - retrieving metadata such as the URL you're on, the current route and its parameters, and whether or not there was an error
*
* ```svelte
* <!--- file: +layout.svelte --->
* <script>
* 	import { page } from '$app/state';
* <\/script>
*
* <p>Currently at {page.url.pathname}</p>
*
* {#if page.error}
* 	<span class="red">Problem detected</span>
* {:else}
* 	<span class="small">All systems operational</span>
* {/if}
* ```
*
* Changes to `page` are available exclusively with runes. (The legacy reactivity syntax will not reflect any changes)
*
* ```svelte
* <!--- file: +page.svelte --->
* <script>
* 	import { page } from '$app/state';
* 	const id = $derived(page.params.id); // This will correctly update id for usage on this page
* 	$: badId = page.params.id; // Do not use; will never update after initial load
* <\/script>
* ```
*
* On the server, values can only be read during rendering (in other words _not_ in e.g. `load` functions). In the browser, the values can be read at any time.
*
* @type {import('@sveltejs/kit').Page}
*/
var page = {
	get data() {
		return context().page.data;
	},
	get error() {
		return context().page.error;
	},
	get params() {
		return context().page.params;
	},
	get status() {
		return context().page.status;
	},
	get url() {
		return context().page.url;
	}
};
// src/lib/i18n/t.svelte.ts
function readLocale() {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : "en";
}
function currentLocale() {
	return readLocale();
}
/** Translates a catalog key for the page being shown. Use in components. */
function t(key, params) {
	return translate(currentLocale(), key, params);
}
/**
* A message whose placeholders are filled by plain string joining: the catalog is asked once, not
* once per row, for a message shown on each of hundreds of rows (no plurals: those need `t`).
*/
function template(key, names) {
	const parts = t(key, Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]))).split("\0");
	return (values) => parts.map((part, i) => i % 2 ? String(values[names[Number(part)]] ?? "") : part).join("");
}

export { template as a, currentLocale as c, page as p, t };
//# sourceMappingURL=t.svelte.js-Dq5mMf18.js.map
