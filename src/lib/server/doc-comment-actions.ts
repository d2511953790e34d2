import * as v from 'valibot';
import type { RequestEvent } from '@sveltejs/kit';
import { DOC_COMMENT_MAX, QUOTE_MAX } from '$lib/doc-comments';
import { deleteComment, editComment, openThread, reply, resolveThread } from './doc-comments';
import { parseForm, picklist, refused, text } from './forms';
import { requireUser } from './guard';

const Id = v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid'));
const Body = text(DOC_COMMENT_MAX, { multiline: true });
const OpenThread = v.object({ thread: Id, quote: v.optional(v.pipe(v.string(), v.maxLength(QUOTE_MAX * 4, 'too_long')), ''), body: Body });

type DocumentEvent = RequestEvent<{ slug: string; id: string }>;

/**
 * The named form actions of comments on a rich-text document, for every page that shows one with
 * its comments panel (the panel posts to `?/openThread`, `?/reply` and so on). The thread's passage
 * is marked in the text by the browser; the words live in SQLite.
 */
export const commentActions = {
	openThread: async (event: DocumentEvent) => {
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
	reply: async (event: DocumentEvent) => {
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
	editComment: async (event: DocumentEvent) => {
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
	deleteComment: async (event: DocumentEvent) => {
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
	resolveThread: async (event: DocumentEvent) => {
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
