import './t.svelte.js-Dq5mMf18.js';
import './internal2.js-BICIkewf.js';

// src/lib/components/TimeZoneSync.svelte
function TimeZoneSync($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The zone the server rendered with (from the `tz` cookie). */
		let { zone } = $$props;
	});
}

export { TimeZoneSync as T };
//# sourceMappingURL=TimeZoneSync.js-WmoxoJL7.js.map
