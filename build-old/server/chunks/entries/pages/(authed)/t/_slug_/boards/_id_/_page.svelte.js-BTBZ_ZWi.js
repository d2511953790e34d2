import { al as head, ah as attr, aj as stringify, ai as escape_html, am as ensure_array_like, ak as attr_class, T as derived, ar as await_block } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, p as page, c as currentLocale, a as template } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { L as LiveBar, c as colorFor, a as LiveDocument } from '../../../../../../../chunks/live-document.svelte.js-D3TEEgnk.js';
import { c as onDestroy } from '../../../../../../../chunks/internal2.js-BICIkewf.js';
import { L as LIMITS, i as stableView, h as readBoard, u as updateLabel, j as LABEL_COLORS, k as cardDescription, c as cardsMap, C as CARD } from '../../../../../../../chunks/board-doc.js-70NGdl8z.js';
import { i as isOverdue, a as dueDay, h as hasFilters, b as inputsFromDue, c as dayFace, r as readFilters, m as matches, D as DAY_FACE } from '../../../../../../../chunks/board-filters.js-ChelmdiM.js';
import { h as hearingTitle } from '../../../../../../../chunks/hearings.js-k0Avay5_.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../../chunks/offline-copies.js-NZMjzlAF.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import 'fractional-indexing';

// ../../main/node_modules/svelte-dnd-action/dist/index.mjs
function ownKeys(object, enumerableOnly) {
	var keys = Object.keys(object);
	if (Object.getOwnPropertySymbols) {
		var symbols = Object.getOwnPropertySymbols(object);
		enumerableOnly && (symbols = symbols.filter(function(sym) {
			return Object.getOwnPropertyDescriptor(object, sym).enumerable;
		})), keys.push.apply(keys, symbols);
	}
	return keys;
}
function _objectSpread2(target) {
	for (var i = 1; i < arguments.length; i++) {
		var source = null != arguments[i] ? arguments[i] : {};
		i % 2 ? ownKeys(Object(source), true).forEach(function(key) {
			_defineProperty(target, key, source[key]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
			Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
		});
	}
	return target;
}
function _defineProperty(obj, key, value) {
	if (key in obj) Object.defineProperty(obj, key, {
		value,
		enumerable: true,
		configurable: true,
		writable: true
	});
	else obj[key] = value;
	return obj;
}
var KEYBOARD_DRAG_TRIGGER_PHRASES = {
	space: "space-bar",
	enter: "enter",
	space_or_enter: "space-bar or enter"
};
_defineProperty({}, Object.freeze({ USE_COMPUTED_STYLE_INSTEAD_OF_BOUNDING_RECT: "USE_COMPUTED_STYLE_INSTEAD_OF_BOUNDING_RECT" }).USE_COMPUTED_STYLE_INSTEAD_OF_BOUNDING_RECT, false);
var _INSTRUCTION_ID_TO_ST;
var INSTRUCTION_IDs$1 = {
	DND_ZONE_ACTIVE: "dnd-zone-active",
	DND_ZONE_DRAG_DISABLED: "dnd-zone-drag-disabled"
};
_INSTRUCTION_ID_TO_ST = {}, _defineProperty(_INSTRUCTION_ID_TO_ST, INSTRUCTION_IDs$1.DND_ZONE_ACTIVE, "zoneActiveInstruction"), _defineProperty(_INSTRUCTION_ID_TO_ST, INSTRUCTION_IDs$1.DND_ZONE_DRAG_DISABLED, "zoneDragDisabledInstruction");
_objectSpread2({}, {
	dragStarted: function dragStarted(_ref) {
		var itemLabel = _ref.itemLabel, zoneLabel = _ref.zoneLabel, canMoveBetweenZones = _ref.canMoveBetweenZones;
		return "Started dragging item ".concat(itemLabel, ". Use the arrow keys to move it within its list ").concat(zoneLabel) + (canMoveBetweenZones ? ", or tab to another list in order to move the item into it" : "");
	},
	movedToPosition: function movedToPosition(_ref2) {
		var itemLabel = _ref2.itemLabel, zoneLabel = _ref2.zoneLabel, position = _ref2.position;
		return "Moved item ".concat(itemLabel, " to position ").concat(position, " in the list ").concat(zoneLabel);
	},
	movedToZoneEnd: function movedToZoneEnd(_ref3) {
		var itemLabel = _ref3.itemLabel, zoneLabel = _ref3.zoneLabel;
		return "Moved item ".concat(itemLabel, " to the end of the list ").concat(zoneLabel);
	},
	movedToZoneStart: function movedToZoneStart(_ref4) {
		var itemLabel = _ref4.itemLabel, zoneLabel = _ref4.zoneLabel;
		return "Moved item ".concat(itemLabel, " to the beginning of the list ").concat(zoneLabel);
	},
	dropped: function dropped(_ref5) {
		var itemLabel = _ref5.itemLabel;
		return "Stopped dragging item ".concat(itemLabel);
	},
	zoneActiveInstruction: function zoneActiveInstruction(_ref6) {
		var keyboardDragTrigger = _ref6.keyboardDragTrigger;
		return "Tab to one the items and press ".concat(KEYBOARD_DRAG_TRIGGER_PHRASES[keyboardDragTrigger], " to start dragging it");
	},
	zoneDragDisabledInstruction: "This is a disabled drag and drop list"
});
// src/lib/idle.ts
/**
* Runs `run` once the browser is idle, or after `timeoutMs` at the latest (a busy page still gets
* there); where there is no idle callback (Safari), on the next task. Returns a cancel.
*/
function whenIdle(run, timeoutMs) {
	if (typeof requestIdleCallback === "function") {
		const handle = requestIdleCallback(() => run(), { timeout: timeoutMs });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 0);
	return () => clearTimeout(handle);
}
// src/lib/collab/live-board.svelte.ts
var NOT_YET_LIVE = {
	state: "connecting",
	synced: false,
	unsynced: 0,
	people: [],
	closedReason: null,
	readOnly: false,
	archived: false,
	local: null
};
var LiveBoard = class {
	documentId;
	user;
	/**
	* The live document: null on the server, where the page renders the stored board, and in the
	* browser until the page is idle after it starts (see `connectWhenIdle`).
	*/
	live = null;
	view = {
		columns: [],
		labels: [],
		cards: []
	};
	/** True once the view comes from the live document: changes can be made from then on. */
	ready = false;
	reread = () => {
		if (this.ready) this.view = stableView(this.view, readBoard(this.doc));
	};
	cancelConnect = null;
	destroyed = false;
	constructor(documentId, user, initial) {
		this.documentId = documentId;
		this.user = user;
		this.view = initial;
	}
	/**
	* The page starts on the board the server read, whose cards open without the live document.
	* Reading a big board from the socket takes the browser a while (500 cards: about 100 ms), so
	* the connection starts once the page has started and the browser is idle, and a click made
	* meanwhile is answered first. The wait is capped, so a busy page still goes live.
	*/
	connectWhenIdle() {
		this.cancelConnect = whenIdle(() => {
			this.cancelConnect = null;
			if (!this.destroyed) this.connect();
		}, 500);
	}
	connect() {
		const live = new LiveDocument(this.documentId, this.user);
		this.live = live;
		live.doc.on("update", this.reread);
		let taking = false;
		const takeOver = () => {
			if (this.ready || taking) return;
			taking = true;
			setTimeout(() => {
				if (this.destroyed) return;
				this.ready = true;
				this.reread();
				performance.mark("board-live");
			});
		};
		live.provider.on("sync", (synced) => synced && takeOver());
		live.local?.whenSynced.then(() => {
			if (live.state === "offline" || live.state === "reconnecting") takeOver();
		});
		live.provider.on("status", () => {
			if (live.local && (live.state === "offline" || live.state === "reconnecting")) live.local.whenSynced.then(takeOver);
		});
	}
	get doc() {
		return this.live.doc;
	}
	/** The connection as the live bar shows it (before the socket is up, "connecting"). */
	get status() {
		return this.live ?? NOT_YET_LIVE;
	}
	card(id) {
		return id ? this.view.cards.find((c) => c.id === id) ?? null : null;
	}
	/** Runs a change as one transaction, so the board re-reads once. */
	change(edit) {
		this.doc.transact(edit);
	}
	destroy() {
		this.destroyed = true;
		this.cancelConnect?.();
		if (!this.live) return;
		this.live.doc.off("update", this.reread);
		this.live.destroy();
	}
};
// src/routes/(authed)/t/[slug]/boards/[id]/CardDescription.svelte
var editorModule = null;
var loadEditor = () => editorModule ??= import('../../../../../../../chunks/RichTextEditor2.js-DwalFiJb.js');
var afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => whenIdle(resolve, 300)));
function CardDescription($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A card's rich-text description, made once the board is live (it edits the live document). */
		let { board, cardId, editable, user } = $$props;
		const fragment = editable ? cardDescription(board.doc, cardId) : cardsMap(board.doc).get(cardId)?.get?.(CARD.description) ?? null;
		if (fragment && board.live) {
			$$renderer.push("<!--[0-->");
			await_block($$renderer, afterPaint().then(loadEditor), () => {
				$$renderer.push(`<p class="muted">${escape_html(t("boardpage.description_loading"))}</p>`);
			}, ({ default: RichTextEditor }) => {
				if (RichTextEditor) {
					$$renderer.push("<!--[-->");
					RichTextEditor($$renderer, {
						live: board.live,
						user: {
							name: user.name,
							color: user.color
						},
						editable,
						fragment,
						label: t("board.description")
					});
					$$renderer.push("<!--]-->");
				} else {
					$$renderer.push("<!--[!-->");
					$$renderer.push("<!--]-->");
				}
			});
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/(authed)/t/[slug]/boards/[id]/LabelChip.svelte
function LabelChip($$renderer, $$props) {
	let { name, color } = $$props;
	$$renderer.push(`<span class="chip svelte-1171fpg"${attr("data-color", color)}>${escape_html(name)}</span>`);
}
// src/routes/(authed)/t/[slug]/boards/[id]/CardDialog.svelte
function CardDialog($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The team's hearings a card can point to (a "Prepare for" card points to its own). */
		/** The team's members as the server lists them now (someone may have joined or left). */
		let { board, cardId, editable, slug, members, formerMembers, documents, targets, hearings, user} = $$props;
		const card = derived(() => board.card(cardId));
		const column = derived(() => board.view.columns.find((c) => c.id === card()?.column));
		const memberNames = derived(() => new Map(members.map((m) => [m.id, m.name])));
		const nameOf = (id) => memberNames().get(id) ?? formerMembers.find((p) => p.id === id)?.name ?? t("board.someone");
		const unassigned = derived(() => members.filter((m) => !card()?.assignees.includes(m.id)));
		const done = derived(() => card()?.checklist.filter((i) => i.done).length ?? 0);
		const due = inputsFromDue(card()?.due ?? "");
		let assignee = "";
		let newItem = "";
		let link = "";
		const hearingName = (h) => hearingTitle(h, currentLocale(), t);
		function linkName(l) {
			if (l.kind === "doc") return documents.find((d) => d.id === l.id)?.title;
			if (l.kind === "hearing") {
				const hearing = hearings.find((h) => h.id === l.id);
				return hearing && hearingName(hearing);
			}
			return targets.find((x) => x.id === l.id)?.name;
		}
		const linkHref = (l) => l.kind === "doc" ? `/t/${slug}/docs/${l.id}` : l.kind === "hearing" ? `/t/${slug}/hearings/${l.id}` : `/t/${slug}/scorecard#target-${l.id}`;
		let comments = [];
		let history = [];
		let editing = null;
		const rtf = derived(() => new Intl.RelativeTimeFormat(currentLocale(), { numeric: "auto" }));
		function ago(ms) {
			const seconds = Math.round((ms - Date.now()) / 1e3);
			const steps = [
				["second", 60],
				["minute", 60],
				["hour", 24],
				["day", 30],
				["month", 12],
				["year", Infinity]
			];
			let value = seconds;
			for (const [unit, size] of steps) {
				if (Math.abs(value) < size) return rtf().format(unit === "second" ? Math.min(0, value) : value, unit);
				value = Math.round(value / size);
			}
			return "";
		}
		const exact = (ms) => new Date(ms).toLocaleString(currentLocale(), {
			dateStyle: "medium",
			timeStyle: "short"
		});
		const KINDS = [
			"created",
			"title",
			"moved",
			"reordered",
			"assigned",
			"unassigned",
			"due",
			"labels",
			"checklist",
			"archived",
			"restored",
			"deleted",
			"description",
			"links"
		];
		function describe(entry) {
			const to = entry.detail.to;
			const columnName = typeof to === "string" ? board.view.columns.find((c) => c.id === to)?.name ?? to : "";
			const person = typeof entry.detail.user === "string" ? nameOf(entry.detail.user) : "";
			return t(`board.h_${KINDS.includes(entry.kind) ? entry.kind : "other"}`, {
				who: entry.userName ?? t("board.someone"),
				to: columnName,
				user: person
			});
		}
		$$renderer.push(`<dialog class="card-dialog svelte-1yptgdi" aria-labelledby="card-dialog-title"${attr("open", true, true)}><div class="dialog-head svelte-1yptgdi">`);
		if (card() && editable) $$renderer.push(`<!--[0--><label class="visually-hidden" for="card-dialog-title">${escape_html(t("board.card_title"))}</label> <input id="card-dialog-title" class="title-input svelte-1yptgdi"${attr("value", card().title)}${attr("maxlength", LIMITS.title)}/>`);
		else $$renderer.push(`<!--[-1--><h2 id="card-dialog-title" class="svelte-1yptgdi">${escape_html(card()?.title ?? t("board.card_dialog"))}</h2>`);
		$$renderer.push(`<!--]--> <button type="button" class="secondary">${escape_html(t("board.close"))}</button></div> `);
		if (!card()) $$renderer.push(`<!--[0--><p class="notice info">${escape_html(t("board.card_missing"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p class="muted where svelte-1yptgdi">${escape_html(column()?.name ?? "")} `);
			if (card().columnMissing) $$renderer.push(`<!--[0--><span class="badge warn svelte-1yptgdi">${escape_html(t("board.column_removed"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (card().archived) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("board.archived_card"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> <div class="layout svelte-1yptgdi"><div class="main"><section aria-labelledby="desc-h" class="svelte-1yptgdi"><h3 id="desc-h" class="svelte-1yptgdi">${escape_html(t("board.description"))}</h3> `);
			if (board.ready) {
				$$renderer.push("<!--[0-->");
				CardDescription($$renderer, {
					board,
					cardId,
					editable,
					user
				});
			} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("boardpage.description_loading"))}</p>`);
			$$renderer.push(`<!--]--></section> <section aria-labelledby="check-h" class="svelte-1yptgdi"><h3 id="check-h" class="svelte-1yptgdi">${escape_html(t("board.checklist"))} `);
			if (card().checklist.length) $$renderer.push(`<!--[0--><span class="muted">${escape_html(done())}/${escape_html(card().checklist.length)}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></h3> `);
			if (card().checklist.length) $$renderer.push(`<!--[0--><progress${attr("max", card().checklist.length)}${attr("value", done())}${attr("aria-label", t("board.checklist_progress", {
				done: done(),
				total: card().checklist.length
			}))} class="svelte-1yptgdi"></progress>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="checklist svelte-1yptgdi"><!--[-->`);
			const each_array = ensure_array_like(card().checklist);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let item = each_array[$$index];
				$$renderer.push(`<li class="svelte-1yptgdi"><label class="check svelte-1yptgdi"><input type="checkbox"${attr("checked", item.done, true)}${attr("disabled", !editable, true)} class="svelte-1yptgdi"/> <span${attr_class("svelte-1yptgdi", void 0, { "ticked": item.done })}>${escape_html(item.text)}</span></label> `);
				if (editable) $$renderer.push(`<!--[0--><button type="button" class="link"${attr("aria-label", t("board.remove_item", { text: item.text }))}>✕</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (editable && card().checklist.length < LIMITS.checklistItems) $$renderer.push(`<!--[0--><form class="row svelte-1yptgdi"><label class="visually-hidden" for="new-item">${escape_html(t("board.item_text"))}</label> <input id="new-item"${attr("value", newItem)}${attr("maxlength", LIMITS.checklistText)}${attr("placeholder", t("board.item_text"))} class="svelte-1yptgdi"/> <button class="secondary">${escape_html(t("board.add_item"))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <section aria-labelledby="comments-h" class="svelte-1yptgdi"><h3 id="comments-h" class="svelte-1yptgdi">${escape_html(t("board.comments"))}</h3> `);
			if (comments.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("board.no_comments"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ol class="comments svelte-1yptgdi"><!--[-->`);
			const each_array_1 = ensure_array_like(comments);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let comment = each_array_1[$$index_1];
				$$renderer.push(`<li class="svelte-1yptgdi"><p class="by svelte-1yptgdi"><strong>${escape_html(comment.authorName ?? t("board.someone"))}</strong> <time${attr("datetime", new Date(comment.createdAt).toISOString())}${attr("title", exact(comment.createdAt))} class="svelte-1yptgdi">${escape_html(ago(comment.createdAt))}</time> `);
				if (comment.editedAt) $$renderer.push(`<!--[0--><span class="muted">(${escape_html(t("board.edited"))})</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (editing === comment.id) {
					$$renderer.push(`<!--[0--><form method="POST" action="?/editComment"><input type="hidden" name="card"${attr("value", cardId)}/> <input type="hidden" name="comment"${attr("value", comment.id)}/> <label class="visually-hidden"${attr("for", `edit-${stringify(comment.id)}`)}>${escape_html(t("board.comment_edit"))}</label> <textarea${attr("id", `edit-${stringify(comment.id)}`)} name="body"${attr("maxlength", 4e3)} required="">`);
					const $$body = escape_html(comment.body);
					if ($$body) $$renderer.push(`${$$body}`);
					$$renderer.push(`</textarea> <div class="row"><button>${escape_html(t("board.comment_save"))}</button> <button type="button" class="secondary">${escape_html(t("board.cancel"))}</button></div></form>`);
				} else $$renderer.push(`<!--[-1--><p class="body svelte-1yptgdi">${escape_html(comment.body)}</p>`);
				$$renderer.push(`<!--]--> <div class="row svelte-1yptgdi">`);
				if (comment.mine && editing !== comment.id) $$renderer.push(`<!--[0--><button type="button" class="link">${escape_html(t("board.comment_edit"))}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (comment.canDelete) $$renderer.push(`<!--[0--><form method="POST" action="?/deleteComment"><input type="hidden" name="card"${attr("value", cardId)} class="svelte-1yptgdi"/> <input type="hidden" name="comment"${attr("value", comment.id)} class="svelte-1yptgdi"/> <button class="link">${escape_html(t("board.comment_delete"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div></li>`);
			}
			$$renderer.push(`<!--]--></ol> `);
			if (editable) $$renderer.push(`<!--[0--><form method="POST" action="?/comment" class="new-comment svelte-1yptgdi"><input type="hidden" name="card"${attr("value", cardId)}/> <label for="comment-body">${escape_html(t("board.comment_label"))}</label> <textarea id="comment-body" name="body"${attr("maxlength", 4e3)} required="" rows="3" class="svelte-1yptgdi"></textarea> <button>${escape_html(t("board.comment_post"))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <section aria-labelledby="history-h" class="svelte-1yptgdi"><h3 id="history-h" class="svelte-1yptgdi">${escape_html(t("board.history"))}</h3> `);
			if (history.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("board.no_history"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="history svelte-1yptgdi"><!--[-->`);
			const each_array_2 = ensure_array_like(history);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let entry = each_array_2[$$index_2];
				$$renderer.push(`<li>${escape_html(describe(entry))}, <time${attr("datetime", new Date(entry.createdAt).toISOString())}${attr("title", exact(entry.createdAt))}>${escape_html(ago(entry.createdAt))}</time></li>`);
			}
			$$renderer.push(`<!--]--></ul></section></div> <aside class="side"><section aria-labelledby="assignees-h" class="svelte-1yptgdi"><h3 id="assignees-h" class="svelte-1yptgdi">${escape_html(t("board.assignees"))}</h3> `);
			if (card().assignees.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("board.nobody"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="plain svelte-1yptgdi"><!--[-->`);
			const each_array_3 = ensure_array_like(card().assignees);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let id = each_array_3[$$index_3];
				$$renderer.push(`<li class="svelte-1yptgdi"><span>${escape_html(nameOf(id))}</span> `);
				if (!memberNames().has(id)) $$renderer.push(`<!--[0--><span class="badge warn svelte-1yptgdi">${escape_html(t("board.left_team"))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (editable) $$renderer.push(`<!--[0--><button type="button" class="link"${attr("aria-label", t("board.remove_assignee", { name: nameOf(id) }))}>✕</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (editable && unassigned().length && card().assignees.length < LIMITS.assignees) {
				$$renderer.push(`<!--[0--><div class="row svelte-1yptgdi"><label class="visually-hidden" for="assignee-pick">${escape_html(t("board.add_assignee"))}</label> `);
				$$renderer.select({
					id: "assignee-pick",
					value: assignee,
					class: ""
				}, ($$renderer) => {
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(t("board.add_assignee"))}`);
					});
					$$renderer.push(`<!--[-->`);
					const each_array_4 = ensure_array_like(unassigned());
					for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
						let m = each_array_4[$$index_4];
						$$renderer.option({ value: m.id }, ($$renderer) => {
							$$renderer.push(`${escape_html(m.name)}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				}, "svelte-1yptgdi");
				$$renderer.push(` <button type="button" class="secondary"${attr("disabled", true, true)}>${escape_html(t("board.add_assignee"))}</button></div>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <section aria-labelledby="due-h" class="svelte-1yptgdi"><h3 id="due-h" class="svelte-1yptgdi">${escape_html(t("board.due_date"))}</h3> `);
			if (editable) {
				$$renderer.push(`<!--[0--><div class="due svelte-1yptgdi"><label class="svelte-1yptgdi"><span>${escape_html(t("board.due_date"))}</span><input type="date"${attr("value", due.day)}/></label> <label class="svelte-1yptgdi"><span>${escape_html(t("board.due_time"))}</span><input type="time"${attr("value", due.time)}${attr("disabled", !due.day, true)}/></label> `);
				if (card().due) $$renderer.push(`<!--[0--><button type="button" class="link">${escape_html(t("board.clear_due"))}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div>`);
			} else if (card().due) $$renderer.push(`<!--[1--><p>${escape_html(card().due.length === 10 ? (/* @__PURE__ */ new Date(`${card().due}T12:00:00`)).toLocaleDateString(currentLocale(), { dateStyle: "medium" }) : exact(Date.parse(card().due)))}</p>`);
			else $$renderer.push(`<!--[-1--><p class="muted">—</p>`);
			$$renderer.push(`<!--]--></section> <section aria-labelledby="labels-h" class="svelte-1yptgdi"><h3 id="labels-h" class="svelte-1yptgdi">${escape_html(t("board.card_labels"))}</h3> `);
			if (board.view.labels.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("board.no_labels"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="plain svelte-1yptgdi"><!--[-->`);
			const each_array_5 = ensure_array_like(board.view.labels);
			for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
				let label = each_array_5[$$index_5];
				if (editable) {
					$$renderer.push(`<!--[0--><li class="svelte-1yptgdi"><label class="check svelte-1yptgdi"><input type="checkbox"${attr("checked", card().labels.includes(label.id), true)} class="svelte-1yptgdi"/> `);
					LabelChip($$renderer, {
						name: label.name,
						color: label.color
					});
					$$renderer.push(`<!----></label></li>`);
				} else if (card().labels.includes(label.id)) {
					$$renderer.push(`<!--[1--><li class="svelte-1yptgdi">`);
					LabelChip($$renderer, {
						name: label.name,
						color: label.color
					});
					$$renderer.push(`<!----></li>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></ul></section> <section aria-labelledby="links-h" class="svelte-1yptgdi"><h3 id="links-h" class="svelte-1yptgdi">${escape_html(t("board.links"))}</h3> <ul class="plain svelte-1yptgdi"><!--[-->`);
			const each_array_6 = ensure_array_like(card().links);
			for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
				let l = each_array_6[$$index_6];
				$$renderer.push(`<li class="svelte-1yptgdi">`);
				if (linkName(l)) $$renderer.push(`<!--[0--><a${attr("href", linkHref(l))}>${escape_html(linkName(l))}</a>`);
				else $$renderer.push(`<!--[-1--><span class="muted">${escape_html(t("board.missing_link"))}</span>`);
				$$renderer.push(`<!--]--> `);
				if (editable) $$renderer.push(`<!--[0--><button type="button" class="link"${attr("aria-label", `${t("board.remove_link")}: ${linkName(l) ?? ""}`)}>✕</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (editable && card().links.length < LIMITS.links) {
				$$renderer.push(`<!--[0--><form class="row svelte-1yptgdi"><label class="visually-hidden" for="link-pick">${escape_html(t("board.add_link"))}</label> `);
				$$renderer.select({
					id: "link-pick",
					value: link,
					class: ""
				}, ($$renderer) => {
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(t("board.choose"))}`);
					});
					$$renderer.push(`<optgroup${attr("label", t("board.link_doc"))}><!--[-->`);
					const each_array_7 = ensure_array_like(documents);
					for (let $$index_7 = 0, $$length = each_array_7.length; $$index_7 < $$length; $$index_7++) {
						let d = each_array_7[$$index_7];
						$$renderer.option({ value: `doc:${stringify(d.id)}` }, ($$renderer) => {
							$$renderer.push(`${escape_html(d.title)}`);
						});
					}
					$$renderer.push(`<!--]--></optgroup><optgroup${attr("label", t("board.link_target"))}><!--[-->`);
					const each_array_8 = ensure_array_like(targets);
					for (let $$index_8 = 0, $$length = each_array_8.length; $$index_8 < $$length; $$index_8++) {
						let x = each_array_8[$$index_8];
						$$renderer.option({ value: `target:${stringify(x.id)}` }, ($$renderer) => {
							$$renderer.push(`${escape_html(x.name)}`);
						});
					}
					$$renderer.push(`<!--]--></optgroup>`);
					if (hearings.length) {
						$$renderer.push(`<!--[0--><optgroup${attr("label", t("board.link_hearing"))}><!--[-->`);
						const each_array_9 = ensure_array_like(hearings);
						for (let $$index_9 = 0, $$length = each_array_9.length; $$index_9 < $$length; $$index_9++) {
							let h = each_array_9[$$index_9];
							$$renderer.option({ value: `hearing:${stringify(h.id)}` }, ($$renderer) => {
								$$renderer.push(`${escape_html(hearingName(h))}`);
							});
						}
						$$renderer.push(`<!--]--></optgroup>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}, "svelte-1yptgdi");
				$$renderer.push(` <button class="secondary"${attr("disabled", true, true)}>${escape_html(t("board.add_link"))}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> `);
			if (editable) $$renderer.push(`<!--[0--><section class="danger-zone svelte-1yptgdi"><button type="button" class="secondary">${escape_html(card().archived ? t("board.restore_card") : t("board.archive_card"))}</button> <button type="button" class="danger">${escape_html(t("board.delete_card"))}</button></section>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></aside></div>`);
		}
		$$renderer.push(`<!--]--></dialog>`);
	});
}
// src/routes/(authed)/t/[slug]/boards/[id]/LabelManager.svelte
function LabelManager($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The board's labels: add, rename, recolour, remove (removing one takes it off every card). */
		let { board } = $$props;
		let name = "";
		let color = "blue";
		$$renderer.push(`<details class="labels svelte-1hj5q6z"><summary class="svelte-1hj5q6z">${escape_html(t("board.manage_labels"))}</summary> <div class="panel svelte-1hj5q6z">`);
		if (board.view.labels.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("board.no_labels"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="svelte-1hj5q6z"><!--[-->`);
		const each_array = ensure_array_like(board.view.labels);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let label = each_array[$$index_1];
			$$renderer.push(`<li class="svelte-1hj5q6z">`);
			LabelChip($$renderer, {
				name: label.name,
				color: label.color
			});
			$$renderer.push(`<!----> <label><span class="visually-hidden">${escape_html(t("board.label_name"))}</span> <input${attr("value", label.name)}${attr("maxlength", LIMITS.labelName)} class="svelte-1hj5q6z"/></label> <label><span class="visually-hidden">${escape_html(t("board.label_color"))}</span> `);
			$$renderer.select({
				value: label.color,
				onchange: (e) => updateLabel(board.doc, label.id, { color: e.currentTarget.value }),
				class: ""
			}, ($$renderer) => {
				$$renderer.push(`<!--[-->`);
				const each_array_1 = ensure_array_like(LABEL_COLORS);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let c = each_array_1[$$index];
					$$renderer.option({ value: c }, ($$renderer) => {
						$$renderer.push(`${escape_html(t(`board.color_${c}`))}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			}, "svelte-1hj5q6z");
			$$renderer.push(`</label> <button type="button" class="secondary"${attr("aria-label", `${t("board.remove_label")}: ${label.name}`)}>✕</button></li>`);
		}
		$$renderer.push(`<!--]--></ul> `);
		if (board.view.labels.length < LIMITS.labels) {
			$$renderer.push(`<!--[0--><form class="row svelte-1hj5q6z"><label class="svelte-1hj5q6z"><span>${escape_html(t("board.label_name"))}</span> <input${attr("value", name)}${attr("maxlength", LIMITS.labelName)}/></label> <label class="svelte-1hj5q6z"><span>${escape_html(t("board.label_color"))}</span> `);
			$$renderer.select({
				value: color,
				class: ""
			}, ($$renderer) => {
				$$renderer.push(`<!--[-->`);
				const each_array_2 = ensure_array_like(LABEL_COLORS);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let c = each_array_2[$$index_2];
					$$renderer.option({ value: c }, ($$renderer) => {
						$$renderer.push(`${escape_html(t(`board.color_${c}`))}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			}, "svelte-1hj5q6z");
			$$renderer.push(`</label> <button class="secondary">${escape_html(t("board.add_label"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></details>`);
	});
}
// src/routes/(authed)/t/[slug]/boards/[id]/MoveMenu.svelte
function MoveMenu($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The button's name ("Move “…”") and text ("Move to…"), worked out once for all cards by the board. */
		/** The card's place among its column's cards, and how many there are. */
		/** True until the board is live: the menu opens, but moves nothing yet. */
		let { cardId, label, text} = $$props;
		let open = false;
		$$renderer.push(`<div class="move"><button type="button" class="toggle svelte-199jwhm"${attr("aria-expanded", open)}${attr("aria-controls", `move-form-${stringify(cardId)}`)}${attr("aria-label", label)}>${escape_html(text)}</button> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/(authed)/t/[slug]/boards/[id]/Board.svelte
function Board($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The board as stored when the page was made: shown until the live document has synced. */
		/** How its cards' due days read, made by the server (see `dayFaces`). */
		let { boardId, slug, user, canEdit, members, formerMembers, documents, targets, hearings, initial, dayFaces } = $$props;
		const board = new LiveBoard(boardId, {
			name: user.name,
			color: user.color
		}, initial);
		onDestroy(() => board.destroy());
		const controls = derived(() => canEdit && !board.status.readOnly && board.status.state !== "closed");
		const editable = derived(() => controls() && board.ready);
		const view = derived(() => board.view);
		const filterKey = derived(() => JSON.stringify(readFilters(page.url.searchParams)));
		const filters = derived(() => JSON.parse(filterKey()));
		const filtering = derived(() => hasFilters(filters()));
		const doneColumns = derived(() => new Set(view().columns.filter((c) => c.done).map((c) => c.id)));
		const labelsById = derived(() => new Map(view().labels.map((l) => [l.id, l])));
		let people = {
			members,
			former: formerMembers
		};
		const memberNames = derived(() => new Map(people.members.map((m) => [m.id, m.name])));
		const now = /* @__PURE__ */ new Date();
		const visible = (card) => !card.archived && (!filtering() || matches(card, filters(), now, doneColumns()));
		const shownCount = derived(() => view().cards.filter(visible).length);
		const totalCount = derived(() => view().cards.filter((c) => !c.archived).length);
		const WINDOW = 20;
		let expanded = {};
		const windowed = (columnId, cards) => expanded[columnId] || cards.length <= WINDOW ? cards : cards.slice(0, WINDOW);
		const itemsOf = (columnId) => windowed(columnId, shownIn().get(columnId) ?? []);
		const shownIn = derived(() => {
			const columns = new Map(view().columns.map((c) => [c.id, []]));
			for (const card of view().cards) if (visible(card)) columns.get(card.column)?.push(card);
			return columns;
		});
		const places = derived(() => {
			const counts = /* @__PURE__ */ new Map();
			const places = /* @__PURE__ */ new Map();
			for (const card of view().cards) {
				if (card.archived) continue;
				const n = counts.get(card.column) ?? 0;
				places.set(card.id, n);
				counts.set(card.column, n + 1);
			}
			return {
				places,
				counts
			};
		});
		let announcement = "";
		let newCard = {};
		let newColumn = "";
		const openId = derived(() => page.url.searchParams.get("card"));
		const hrefStart = derived(() => {
			const params = new URLSearchParams(page.url.searchParams);
			params.delete("card");
			const rest = params.toString();
			return `${page.url.pathname}?${rest ? `${rest}&` : ""}card=`;
		});
		const cardHref = (id) => hrefStart() + encodeURIComponent(id);
		const dayFormat = derived(() => new Intl.DateTimeFormat(currentLocale(), DAY_FACE));
		const timeFormat = derived(() => new Intl.DateTimeFormat(currentLocale(), {
			month: "short",
			day: "numeric",
			hour: "numeric",
			minute: "2-digit"
		}));
		const words = derived(() => ({
			due: template("board.due", ["when"]),
			progress: template("board.checklist_progress", ["done", "total"]),
			overdue: t("board.overdue"),
			moveTo: t("board.move_to"),
			moveCard: template("board.move_card", ["title"])
		}));
		const dueText = (due) => due.length === 10 ? dayFaces[due] ?? dayFace(dayFormat(), due) : timeFormat().format(new Date(due));
		const personName = (id) => memberNames().get(id) ?? people.former.find((p) => p.id === id)?.name ?? t("board.someone");
		const initials = (name) => name.split(/\s+/).map((w) => w[0] ?? "").join("").slice(0, 2).toUpperCase();
		LiveBar($$renderer, { live: board.status });
		$$renderer.push(`<!----> <form class="filters svelte-1lrjdek" method="GET"${attr("aria-label", t("board.filters"))}><label class="svelte-1lrjdek"><span>${escape_html(t("board.filter_assignee"))}</span> `);
		$$renderer.select({
			name: "assignee",
			value: filters().assignee
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("board.filter_any"))}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(people.members);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let m = each_array[$$index];
				$$renderer.option({ value: m.id }, ($$renderer) => {
					$$renderer.push(`${escape_html(m.name)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</label> <label class="svelte-1lrjdek"><span>${escape_html(t("board.filter_label"))}</span> `);
		$$renderer.select({
			name: "label",
			value: filters().label
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("board.filter_any_label"))}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(view().labels);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let l = each_array_1[$$index_1];
				$$renderer.option({ value: l.id }, ($$renderer) => {
					$$renderer.push(`${escape_html(l.name)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</label> <label class="check svelte-1lrjdek"><input type="radio" name="due" value="week"${attr("checked", filters().due === "week", true)} class="svelte-1lrjdek"/> ${escape_html(t("board.filter_due_week"))}</label> <label class="check svelte-1lrjdek"><input type="radio" name="due" value="overdue"${attr("checked", filters().due === "overdue", true)} class="svelte-1lrjdek"/> ${escape_html(t("board.filter_overdue"))}</label> <label class="check svelte-1lrjdek"><input type="checkbox" name="unassigned" value="1"${attr("checked", filters().unassigned, true)} class="svelte-1lrjdek"/> ${escape_html(t("board.filter_unassigned"))}</label> <noscript><button>${escape_html(t("board.filters"))}</button></noscript> `);
		if (filtering()) $$renderer.push(`<!--[0--><a${attr("href", page.url.pathname)}>${escape_html(t("board.filter_clear"))}</a> <span class="muted" role="status">${escape_html(t("board.filtered", {
			shown: shownCount(),
			total: totalCount()
		}))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></form> `);
		if (controls()) {
			$$renderer.push("<!--[0-->");
			LabelManager($$renderer, { board });
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (openId()) {
			$$renderer.push(`<!--[0--><!---->`);
			CardDialog($$renderer, {
				board,
				cardId: openId(),
				editable: editable(),
				slug,
				members: people.members,
				formerMembers: people.former,
				documents,
				targets,
				hearings,
				user});
			$$renderer.push(`<!---->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="visually-hidden" role="status" aria-live="polite">${escape_html(announcement)}</p> <div class="columns svelte-1lrjdek" role="list"${attr("aria-label", t("board.columns_label"))}${attr("data-live", board.ready)}><!--[-->`);
		const each_array_2 = ensure_array_like(view().columns);
		for (let ci = 0, $$length = each_array_2.length; ci < $$length; ci++) {
			let column = each_array_2[ci];
			const items = itemsOf(column.id);
			const all = shownIn().get(column.id)?.length ?? 0;
			$$renderer.push(`<section class="column svelte-1lrjdek" role="listitem"${attr("aria-labelledby", `col-${stringify(column.id)}`)}><header class="column-head svelte-1lrjdek"><h2${attr("id", `col-${stringify(column.id)}`)} class="svelte-1lrjdek">${escape_html(column.name)}</h2> <span class="muted count svelte-1lrjdek">${escape_html(t("board.card_count", { count: all }))}</span> `);
			if (column.done) $$renderer.push(`<!--[0--><span class="badge done svelte-1lrjdek">${escape_html(t("board.done_mark"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></header> `);
			if (controls()) $$renderer.push(`<!--[0--><details class="column-menu svelte-1lrjdek"><summary${attr("aria-label", `${t("board.column_label", { name: column.name })}: ${t("board.rename_column")}`)} class="svelte-1lrjdek">⋯</summary> <div class="column-tools svelte-1lrjdek"><label class="svelte-1lrjdek"><span>${escape_html(t("board.column_name"))}</span> <input${attr("value", column.name)}${attr("maxlength", LIMITS.columnName)}${attr("disabled", !editable(), true)}/></label> <label class="check svelte-1lrjdek"><input type="checkbox"${attr("checked", column.done, true)}${attr("disabled", !editable(), true)} class="svelte-1lrjdek"/> ${escape_html(t("board.done_column"))}</label> <div class="row"><button type="button" class="secondary"${attr("disabled", !editable() || ci === 0, true)}>${escape_html(t("board.column_left"))}</button> <button type="button" class="secondary"${attr("disabled", !editable() || ci === view().columns.length - 1, true)}>${escape_html(t("board.column_right"))}</button></div> <button type="button" class="danger"${attr("disabled", !editable(), true)}>${escape_html(t("board.remove_column"))}</button></div></details>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="cards svelte-1lrjdek"${attr("aria-label", column.name)}><!--[-->`);
			const each_array_3 = ensure_array_like(items);
			for (let $$index_4 = 0, $$length = each_array_3.length; $$index_4 < $$length; $$index_4++) {
				let card = each_array_3[$$index_4];
				$$renderer.push(`<li class="card-face svelte-1lrjdek"${attr("aria-label", card.title)}><a${attr("id", `card-${stringify(card.id)}`)} class="card-title svelte-1lrjdek" draggable="false"${attr("href", cardHref(card.id))}>${escape_html(card.title)}</a> `);
				if (card.columnMissing) $$renderer.push(`<!--[0--><span class="badge warn svelte-1lrjdek">${escape_html(t("board.column_removed"))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (card.labels.length) {
					$$renderer.push(`<!--[0--><div class="chips svelte-1lrjdek"><!--[-->`);
					const each_array_4 = ensure_array_like(card.labels);
					for (let $$index_2 = 0, $$length = each_array_4.length; $$index_2 < $$length; $$index_2++) {
						let id = each_array_4[$$index_2];
						const label = labelsById().get(id);
						if (label) {
							$$renderer.push("<!--[0-->");
							LabelChip($$renderer, {
								name: label.name,
								color: label.color
							});
						} else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]-->`);
					}
					$$renderer.push(`<!--]--></div>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <div class="meta svelte-1lrjdek">`);
				if (card.due) {
					$$renderer.push("<!--[0-->");
					const late = !doneColumns().has(card.column) && isOverdue(card, now);
					$$renderer.push(`<span${attr("title", dueDay(card.due))}${attr_class("svelte-1lrjdek", void 0, { "overdue": late })}>${escape_html(words().due({ when: dueText(card.due) }))}`);
					if (late) $$renderer.push(`<!--[0--> · ${escape_html(words().overdue)}`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></span>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (card.checklist.length) {
					$$renderer.push("<!--[0-->");
					const ticked = card.checklist.filter((i) => i.done).length;
					$$renderer.push(`<span${attr("aria-label", words().progress({
						done: ticked,
						total: card.checklist.length
					}))}>☑ ${escape_html(ticked)}/${escape_html(card.checklist.length)}</span>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (card.commentCount) $$renderer.push(`<!--[0--><span${attr("aria-label", t("board.comments_count", { count: card.commentCount }))}>💬 ${escape_html(card.commentCount)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <!--[-->`);
				const each_array_5 = ensure_array_like(card.assignees);
				for (let $$index_3 = 0, $$length = each_array_5.length; $$index_3 < $$length; $$index_3++) {
					let id = each_array_5[$$index_3];
					$$renderer.push(`<span${attr_class("avatar svelte-1lrjdek", void 0, { "gone": !memberNames().has(id) })}${attr("title", memberNames().has(id) ? personName(id) : `${personName(id)} (${t("board.left_team")})`)}>${escape_html(initials(personName(id)))}</span>`);
				}
				$$renderer.push(`<!--]--></div> `);
				if (controls() && true) {
					$$renderer.push("<!--[0-->");
					MoveMenu($$renderer, {
						cardId: card.id,
						label: words().moveCard({ title: card.title }),
						text: words().moveTo,
						column: card.column,
						index: places().places.get(card.id) ?? 0,
						count: places().counts.get(card.column) ?? 0,
						columns: view().columns,
						disabled: !editable()});
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (items.length < all) $$renderer.push(`<!--[0--><button type="button" class="secondary show-more">${escape_html(t("board.show_more", {
				count: all - items.length,
				column: column.name
			}))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (controls()) $$renderer.push(`<!--[0--><form class="quick-add svelte-1lrjdek"><label class="visually-hidden"${attr("for", `new-card-${stringify(column.id)}`)}>${escape_html(t("board.card_title"))} (${escape_html(column.name)})</label> <input${attr("id", `new-card-${stringify(column.id)}`)}${attr("maxlength", LIMITS.title)}${attr("placeholder", t("board.new_card_placeholder"))}${attr("value", newCard[column.id])} class="svelte-1lrjdek"/> <button class="secondary"${attr("disabled", !editable(), true)}>${escape_html(t("board.add_card"))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		}
		$$renderer.push(`<!--]--> `);
		if (controls() && view().columns.length < LIMITS.columns) $$renderer.push(`<!--[0--><form class="column add-column svelte-1lrjdek" role="listitem"><label for="new-column">${escape_html(t("board.new_column"))}</label> <input id="new-column"${attr("maxlength", LIMITS.columnName)}${attr("value", newColumn)}/> <button class="secondary"${attr("disabled", !editable(), true)}>${escape_html(t("board.add_column"))}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/(authed)/t/[slug]/boards/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const me = derived(() => ({
			id: data.user.id,
			name: data.user.displayName,
			color: colorFor(data.user.id)
		}));
		head("1op4evq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.board.title)} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/boards`)}>${escape_html(t("boards.title"))}</a></p> <header class="board-head svelte-1op4evq">`);
		$$renderer.push(`<!--[-1--><h1 class="svelte-1op4evq">${escape_html(data.board.title)}</h1>`);
		$$renderer.push(`<!--]--> <div class="row tools svelte-1op4evq">`);
		if (!data.canEdit) $$renderer.push(`<!--[0--><span class="badge">${escape_html(data.board.archived_at ? t("board.archived_badge") : t("board.read_only"))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.canEdit && true) $$renderer.push(`<!--[0--><button class="secondary">${escape_html(t("board.rename"))}</button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.canModerate) $$renderer.push(`<!--[0--><form method="POST" action="?/archive" class="svelte-1op4evq"><input type="hidden" name="archived"${attr("value", data.board.archived_at ? "no" : "yes")}/> <button class="secondary">${escape_html(data.board.archived_at ? t("board.restore") : t("board.archive"))}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></header> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <!---->`);
		Board($$renderer, {
			boardId: data.board.id,
			slug: data.team.slug,
			user: me(),
			canEdit: data.canEdit,
			members: data.members,
			formerMembers: data.formerMembers,
			documents: data.documents,
			targets: data.targets,
			hearings: data.hearings,
			initial: data.initial,
			dayFaces: data.dayFaces
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BTBZ_ZWi.js.map
