import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { acceptModelUpdate, pendingUpdate } from '$lib/server/adaptation';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { decideAllSuggestions, type Decisions } from '$lib/policy/merge';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const pending = await pendingUpdate(event.locals.app.db, event.params.slug, requireUser(event).id);
		if (!pending) redirect(303, `/t/${event.params.slug}/policy`);
		return pending;
	} catch (err) {
		pageError(event, err);
	}
};

const version = v.pipe(v.string('required'), v.regex(/^\d{1,6}$/, 'invalid'), v.transform(Number));
const Accept = v.object({ from: version, to: version, fingerprint: v.pipe(v.string('required'), v.regex(/^[0-9a-f]{32}$/, 'invalid')) });
const Bulk = v.object({ all: v.picklist(['accept', 'reject'], 'invalid') });

/** Decision fields: d:<hunk id> = accept | reject | custom, with the wording in c:<hunk id>. */
function readDecisions(form: FormData): Decisions | null {
	const decisions: Decisions = {};
	for (const [name, value] of form) {
		if (!name.startsWith('d:') || typeof value !== 'string') continue;
		const id = name.slice(2);
		if (id.length > 200) return null;
		if (value === 'accept' || value === 'reject') decisions[id] = value;
		else if (value === 'custom') {
			const custom = form.get(`c:${id}`);
			if (typeof custom !== 'string' || custom.length > 5000) return null;
			decisions[id] = { custom };
		} else return null;
	}
	return decisions;
}

export const actions: Actions = {
	apply: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(Accept, form);
		if (!parsed.ok) return parsed.failure;
		const decisions = readDecisions(form);
		if (!decisions) return refused(new Refusal('invalid'));
		try {
			await acceptModelUpdate(event.locals.app.db, event.params.slug, user.id, { ...parsed.data, decisions });
		} catch (err) {
			// The choices come back so a refused page shows them as they were made.
			if (err instanceof Refusal) return fail(err.status, { message: err.code, params: err.params, decisions });
			throw err;
		}
		redirect(303, `/t/${event.params.slug}/policy?updated=${parsed.data.to}`);
	},
	/** "Accept all" / "Reject all" for a browser without JavaScript: the choices, filled in, changing nothing. */
	choose: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(Bulk, form);
		if (!parsed.ok) return parsed.failure;
		const decisions = readDecisions(form);
		if (!decisions) return refused(new Refusal('invalid'));
		let pending;
		try {
			pending = await pendingUpdate(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		if (!pending) redirect(303, `/t/${event.params.slug}/policy`);
		return { decisions: decideAllSuggestions(pending.update, decisions, parsed.data.all) };
	}
};
