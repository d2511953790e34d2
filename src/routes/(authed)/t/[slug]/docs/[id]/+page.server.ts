import * as v from 'valibot';
import { redirect } from '@sveltejs/kit';
import { archiveDocument, getDocument, renameDocument, RICH_TEXT_KINDS } from '$lib/server/documents';
import { deleteComment, editComment, openThread, reply, resolveThread } from '$lib/server/doc-comments';
import { DOC_COMMENT_MAX, QUOTE_MAX } from '$lib/doc-comments';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { document, canEdit } = await getDocument(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		if (!RICH_TEXT_KINDS.includes(document.kind)) redirect(303, `/t/${event.params.slug}/policy`);
		return { document, canEdit };
	} catch (err) {
		pageError(event, err);
	}
};

const Id = v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid'));
const Body = text(DOC_COMMENT_MAX, { multiline: true });
const OpenThread = v.object({ thread: Id, quote: v.optional(v.pipe(v.string(), v.maxLength(QUOTE_MAX * 4, 'too_long')), ''), body: Body });

export const actions: Actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ title: text(200) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.title);
		} catch (err) {
			return refused(err, form, 'title');
		}
		return { success: 'document_renamed' };
	},
	archive: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ archived: picklist(['yes', 'no'] as const) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await archiveDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === 'yes');
		} catch (err) {
			return refused(err);
		}
		return { success: parsed.data.archived === 'yes' ? 'document_archived' : 'document_restored' };
	},
	// Comments: the thread's passage is marked in the text by the browser; the words live here.
	openThread: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(OpenThread, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await openThread(event.locals.app.db, event.params.slug, user.id, event.params.id, { threadId: parsed.data.thread, quote: parsed.data.quote, body: parsed.data.body });
		} catch (err) {
			return refused(err, form, 'body');
		}
		return { success: 'comment_added', thread: parsed.data.thread };
	},
	reply: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ thread: Id, body: Body }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await reply(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.thread, parsed.data.body);
		} catch (err) {
			return refused(err, form, 'body');
		}
		return { success: 'comment_added', thread: parsed.data.thread };
	},
	editComment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ comment: Id, body: Body }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await editComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.comment, parsed.data.body);
		} catch (err) {
			return refused(err, form, 'body');
		}
		return { success: 'comment_edited' };
	},
	deleteComment: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ comment: Id }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.comment);
		} catch (err) {
			return refused(err);
		}
		return { success: 'comment_deleted' };
	},
	resolveThread: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ thread: Id, resolved: picklist(['yes', 'no'] as const) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await resolveThread(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.thread, parsed.data.resolved === 'yes');
		} catch (err) {
			return refused(err);
		}
		return { thread: parsed.data.thread, resolved: parsed.data.resolved === 'yes' };
	}
};
