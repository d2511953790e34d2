import { ah as attr } from './server.js-DUATOAhJ.js';
import './t.svelte.js-Dq5mMf18.js';

// src/lib/components/SignOutForm.svelte
function SignOutForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { action, children } = $$props;
		$$renderer.push(`<form method="POST"${attr("action", action)} class="svelte-swofgx">`);
		children($$renderer);
		$$renderer.push(`<!----></form>`);
	});
}

export { SignOutForm as S };
//# sourceMappingURL=SignOutForm.js-CuXi0NkV.js.map
