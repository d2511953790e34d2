import { D as DOC_COMMENT_MAX } from './doc-comments2.js-CJrsNjBz.js';
import { r as resolveThread, d as deleteComment, e as editComment, a as reply, o as openThread } from './doc-comments.js-CZpMq_g7.js';
import { p as parseForm, b as picklist, r as refused, t as text$1 } from './forms.js-J73ZrRYJ.js';
import { r as requireUser } from './guard.js-DiCDU1AF.js';
import * as v from 'valibot';

// src/lib/server/doc-comment-actions.ts
var Id = v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid"));
var Body = text$1(DOC_COMMENT_MAX, { multiline: true });
var OpenThread = v.object({
	thread: Id,
	quote: v.optional(v.pipe(v.string(), v.maxLength(1200, "too_long")), ""),
	body: Body
});
/**
* The named form actions of comments on a rich-text document, for every page that shows one with
* its comments panel (the panel posts to `?/openThread`, `?/reply` and so on). The thread's passage
* is marked in the text by the browser; the words live in SQLite.
*/
var commentActions = {
	openThread: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(OpenThread, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await openThread(event.locals.app.db, event.params.slug, user.id, event.params.id, {
				threadId: parsed.data.thread,
				quote: parsed.data.quote,
				body: parsed.data.body
			});
		} catch (err) {
			return refused(err, form, "body");
		}
		return {
			success: "comment_added",
			thread: parsed.data.thread
		};
	},
	reply: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			thread: Id,
			body: Body
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await reply(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.thread, parsed.data.body);
		} catch (err) {
			return refused(err, form, "body");
		}
		return {
			success: "comment_added",
			thread: parsed.data.thread
		};
	},
	editComment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			comment: Id,
			body: Body
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await editComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.comment, parsed.data.body);
		} catch (err) {
			return refused(err, form, "body");
		}
		return { success: "comment_edited" };
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
		return { success: "comment_deleted" };
	},
	resolveThread: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({
			thread: Id,
			resolved: picklist(["yes", "no"])
		}), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await resolveThread(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.thread, parsed.data.resolved === "yes");
		} catch (err) {
			return refused(err);
		}
		return {
			thread: parsed.data.thread,
			resolved: parsed.data.resolved === "yes"
		};
	}
};

export { commentActions as c };
//# sourceMappingURL=doc-comment-actions.js-BkV_QHhC.js.map
