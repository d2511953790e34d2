import { ai as escape_html } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';

// src/lib/components/FormMessage.svelte
function FormMessage($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Shows a form-wide error or success message from an action's result. */
		let { form } = $$props;
		if (form?.message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`errors.${form.message}`, form.params))}</p>`);
		else if (form?.success) $$renderer.push(`<!--[1--><p class="notice success" role="status">${escape_html(t(`success.${form.success}`, form.params))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { FormMessage as F };
//# sourceMappingURL=FormMessage.js-CYooKlqv.js.map
