import { r as replaceRichText, b as richTextBody, d as richTextBlocks } from '../../../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import { r as redlineText } from '../../../../../../../../chunks/redline.js-B3MCp1Vy.js';
import { p as parseForm, r as refused, t as text$1 } from '../../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { g as getDocument, R as RICH_TEXT_KINDS } from '../../../../../../../../chunks/documents.js-CaNv629-.js';
import { r as readDocument, l as liveDocuments } from '../../../../../../../../chunks/live-documents.js-D-DuJ62i.js';
import { R as Refusal } from '../../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { r as requireUser, p as pageError } from '../../../../../../../../chunks/guard.js-DiCDU1AF.js';
import * as v from 'valibot';
import * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';

var VersionName = v.object({ name: text$1(80) });
var VersionRef = v.object({ version: v.pipe(v.string("required"), v.regex(/^\d{1,15}$/, "invalid"), v.transform(Number)) });
/** What a document holds, for a version row. */
function versionOf(doc) {
	const body = richTextBody(doc);
	const words = richTextBlocks(body).join(" ").split(/\s+/u).filter(Boolean).length;
	return {
		state: Y.encodeStateAsUpdate(doc),
		content: JSON.stringify(yXmlFragmentToProsemirrorJSON(body)),
		words
	};
}
/** Writes a version of `doc` (the server's own checkpoint when `by` is null and no name is given). */
async function recordVersion(db, documentId, doc, options = {}) {
	return (await db.insertInto("document_version").values({
		document_id: documentId,
		name: options.name ?? null,
		...versionOf(doc),
		through_id: options.throughId ?? 0,
		created_by: options.by ?? null,
		created_at: options.now ?? Date.now()
	}).returning("id").executeTakeFirstOrThrow()).id;
}
async function versioned(db, slug, userId, documentId) {
	const access = await getDocument(db, slug, userId, documentId);
	if (!RICH_TEXT_KINDS.includes(access.document.kind)) throw new Refusal("document_not_found", 404);
	return access;
}
async function editableVersioned(db, slug, userId, documentId) {
	const access = await versioned(db, slug, userId, documentId);
	if (!access.canEdit) throw new Refusal("forbidden", 403);
	return access;
}
/** The versions of a document, newest first. */
async function listVersions(db, slug, userId, documentId) {
	return {
		access: await versioned(db, slug, userId, documentId),
		versions: await db.selectFrom("document_version as v").leftJoin("user as u", "u.id", "v.created_by").select([
			"v.id",
			"v.name",
			"v.words",
			"v.created_at as createdAt",
			"v.created_by as createdBy",
			"u.display_name as createdByName"
		]).where("v.document_id", "=", documentId).orderBy("v.id", "desc").execute()
	};
}
/** Names the document as it is now ("sent to the clerk"). */
async function saveVersion(db, slug, userId, documentId, name) {
	await editableVersioned(db, slug, userId, documentId);
	return recordVersion(db, documentId, await readDocument(db, documentId), {
		name,
		by: userId
	});
}
async function versionRow(db, documentId, versionId) {
	const row = await db.selectFrom("document_version").selectAll().where("document_id", "=", documentId).where("id", "=", versionId).executeTakeFirst();
	if (!row) throw new Refusal("document_version_not_found", 404);
	return row;
}
function docOf(state) {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc;
}
/** A version against the current text, word by word, a line per block. */
async function compareVersion(db, slug, userId, documentId, versionId) {
	await versioned(db, slug, userId, documentId);
	const row = await versionRow(db, documentId, versionId);
	const then = docOf(row.state);
	const now = await readDocument(db, documentId);
	const before = richTextBlocks(richTextBody(then)).join("\n");
	const after = richTextBlocks(richTextBody(now)).join("\n");
	then.destroy();
	now.destroy();
	const author = row.created_by ? await db.selectFrom("user").select("display_name").where("id", "=", row.created_by).executeTakeFirst() : void 0;
	const segments = redlineText(before, after);
	return {
		version: {
			id: row.id,
			name: row.name,
			words: row.words,
			createdAt: row.created_at,
			createdBy: row.created_by,
			createdByName: author?.display_name ?? null
		},
		segments,
		changed: segments.some((s) => s.kind !== "same")
	};
}
/**
* Makes the document read as the version did, as the person's own change through the live room.
* The text as it was just before is kept as a checkpoint first, so a restore can be undone.
*/
async function restoreVersion(db, slug, userId, documentId, versionId) {
	await editableVersioned(db, slug, userId, documentId);
	const row = await versionRow(db, documentId, versionId);
	await recordVersion(db, documentId, await readDocument(db, documentId), { by: userId });
	const then = docOf(row.state);
	try {
		await liveDocuments(db).change(documentId, (doc) => replaceRichText(richTextBody(doc), richTextBody(then)), { by: userId });
	} finally {
		then.destroy();
	}
}
// src/routes/(authed)/t/[slug]/docs/[id]/history/+page.server.ts
var load = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	try {
		const { access, versions } = await listVersions(db, event.params.slug, user.id, event.params.id);
		const asked = v.safeParse(VersionRef, { version: event.url.searchParams.get("compare") ?? "" });
		const comparison = asked.success ? await compareVersion(db, event.params.slug, user.id, event.params.id, asked.output.version).catch((err) => err instanceof Refusal ? null : Promise.reject(err)) : null;
		return {
			document: access.document,
			canEdit: access.canEdit,
			versions,
			comparison
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(VersionName, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveVersion(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.name);
		} catch (err) {
			return refused(err, form, "name");
		}
		return { success: "version_saved" };
	},
	restore: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(VersionRef, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await restoreVersion(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.version);
		} catch (err) {
			return refused(err);
		}
		return { success: "version_restored" };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B3_CBqgs.js.map
