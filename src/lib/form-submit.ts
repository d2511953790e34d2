import type { SubmitFunction } from '@sveltejs/kit';

/**
 * The progressive-enhancement behaviour of Playbook's forms: keep what was typed when the server
 * refuses it, except passwords, which are cleared like a page without scripts would show them.
 */
export function keepTyped(onBusy?: (busy: boolean) => void): SubmitFunction {
	return ({ formElement }) => {
		onBusy?.(true);
		return async ({ result, update }) => {
			await update({ reset: false });
			if (result.type === 'failure') {
				formElement.querySelectorAll<HTMLInputElement>('input[type="password"]').forEach((input) => (input.value = ''));
			}
			onBusy?.(false);
		};
	};
}
