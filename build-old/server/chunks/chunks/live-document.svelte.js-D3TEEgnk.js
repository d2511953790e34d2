import { ai as escape_html, ak as attr_class, ah as attr, am as ensure_array_like, ap as attr_style, T as derived } from './server.js-DUATOAhJ.js';
import { R as ROLES } from './roles.js-C7S8Lfoc.js';
import { t, p as page } from './t.svelte.js-Dq5mMf18.js';
import { S as STORAGE_PREFIX, m as markSaved, a as markUnsaved, t as trackOpenCopy } from './offline-copies.js-NZMjzlAF.js';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as decoding from 'lib0/decoding';

// src/lib/collab/colors.ts
/** Caret colours dark enough for white name labels (WCAG AA); each person keeps one by id. */
var PALETTE = [
	"#b3261e",
	"#00695c",
	"#8a4b00",
	"#2e7d32",
	"#6a1b9a",
	"#ad1457",
	"#1565c0",
	"#5d4037"
];
function colorFor(id) {
	let hash = 0;
	for (const char of id) hash = hash * 31 + char.charCodeAt(0) >>> 0;
	return PALETTE[hash % PALETTE.length];
}
// src/lib/components/editor/ConnectionStatus.svelte
function ConnectionStatus($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { live } = $$props;
		const label = derived(() => {
			if (live.state === "closed") return t(`editor.closed_${live.closedReason ?? "access_revoked"}`);
			if (live.state === "connected") return live.synced ? t("editor.connected") : t("editor.syncing");
			if (live.state === "connecting") return t("editor.connecting");
			const unsynced = live.unsynced > 0 ? " " + t("editor.unsynced", { count: live.unsynced }) : "";
			return (live.state === "offline" ? t("editor.offline") : t("editor.reconnecting")) + unsynced;
		});
		const tone = derived(() => live.state === "connected" && live.synced ? "ok" : live.state === "closed" ? "bad" : "wait");
		$$renderer.push(`<p${attr_class(`status ${tone()}`, "svelte-1s22pfs")} role="status" aria-live="polite"${attr("data-state", live.state)}><span class="dot svelte-1s22pfs" aria-hidden="true"></span>${escape_html(label())}</p>`);
	});
}
// src/lib/components/editor/PresenceList.svelte
function PresenceList($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { people } = $$props;
		$$renderer.push(`<div class="presence"><span class="visually-hidden" id="presence-label">${escape_html(t("editor.here_now"))}</span> <ul aria-labelledby="presence-label" class="svelte-841csz"><!--[-->`);
		const each_array = ensure_array_like(people);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let person = each_array[$$index];
			$$renderer.push(`<li${attr("title", person.role ? `${person.name} (${t(`roles.${person.role}`)})` : person.name)} class="svelte-841csz"><span class="avatar svelte-841csz" aria-hidden="true"${attr_style("", { background: person.color })}>${escape_html(person.name.slice(0, 1).toUpperCase())}</span> <span class="name">${escape_html(person.self ? t("editor.you", { name: person.name }) : person.name)}</span></li>`);
		}
		$$renderer.push(`<!--]--></ul></div>`);
	});
}
// src/lib/components/editor/LiveBar.svelte
function LiveBar($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Above every live document: whether it is saved, who is here, and why it closed if it did. */
		let { live } = $$props;
		$$renderer.push(`<div class="live-bar svelte-1by3ry7">`);
		ConnectionStatus($$renderer, { live });
		$$renderer.push(`<!----> `);
		PresenceList($$renderer, { people: live.people });
		$$renderer.push(`<!----></div> `);
		if (live.state === "closed") $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(!live.local && (live.closedReason === "session_ended" || live.closedReason === "access_revoked") ? `offline.closed_${live.closedReason}_help` : `editor.closed_${live.closedReason}_help`))}</p>`);
		else if (live.readOnly) $$renderer.push(`<!--[1--><p class="notice info" role="status">${escape_html(t(live.archived ? "editor.now_archived" : "editor.now_read_only"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/collab/access-message.ts
/** Reads the payload after the message type. */
function decodeAccess(decoder) {
	const flags = decoding.readVarUint(decoder);
	return {
		readOnly: (flags & 1) !== 0,
		archived: (flags & 2) !== 0
	};
}
// src/lib/collab/live-document.svelte.ts
var LiveDocument = class {
	documentId;
	doc = new Y.Doc();
	provider;
	/** The copy kept in this browser; null on a shared computer or once sign-out dropped it. */
	local;
	untrack;
	state = "connecting";
	synced = false;
	/** Changes made here that the server has not seen yet (counted while offline). */
	unsynced = 0;
	people = [];
	closedReason = null;
	/** Set when the server says this connection may no longer write (archived, or made a viewer). */
	readOnly = false;
	archived = false;
	everConnected = false;
	constructor(documentId, user) {
		this.documentId = documentId;
		this.local = page.data.offlineCopies === false ? null : new IndexeddbPersistence(`${STORAGE_PREFIX}doc-${documentId}`, this.doc);
		const scheme = location.protocol === "https:" ? "wss" : "ws";
		this.provider = new WebsocketProvider(`${scheme}://${location.host}/collab`, documentId, this.doc, { maxBackoffTime: 5e3 });
		this.provider.awareness.setLocalStateField("user", user);
		this.provider.messageHandlers[100] = (_encoder, decoder) => {
			({readOnly: this.readOnly, archived: this.archived} = decodeAccess(decoder));
		};
		this.provider.on("status", ({ status }) => {
			if (status === "connected") {
				this.readOnly = this.archived = false;
				this.everConnected = true;
				this.state = "connected";
			} else if (status === "connecting") this.state = this.everConnected ? "reconnecting" : "connecting";
			else if (this.state !== "closed") this.state = navigator.onLine ? "reconnecting" : "offline";
		});
		this.provider.on("sync", (isSynced) => {
			this.synced = isSynced;
			if (isSynced) {
				this.unsynced = 0;
				markSaved(documentId);
			}
		});
		this.provider.on("closed", ({ code }) => {
			this.state = "closed";
			this.closedReason = code === 4401 ? "session_ended" : code === 4413 ? "document_too_large" : code === 4422 ? "update_refused" : "access_revoked";
		});
		this.doc.on("update", (_update, origin) => {
			if (origin !== this.provider && origin !== this.local && !(this.state === "connected" && this.synced)) {
				this.unsynced += 1;
				if (this.unsynced === 1 && this.local) markUnsaved(documentId);
			}
		});
		this.untrack = trackOpenCopy({
			documentId,
			hasUnsavedChanges: () => this.unsynced > 0 || (this.provider.ws?.bufferedAmount ?? 0) > 0,
			dropLocalCopy: async () => {
				const local = this.local;
				this.local = null;
				await local?.clearData();
			}
		});
		this.provider.awareness.on("change", () => this.readPeople());
		this.readPeople();
		addEventListener("offline", this.onOffline);
		addEventListener("online", this.onOnline);
	}
	onOffline = () => {
		if (this.state === "closed") return;
		this.provider.disconnect();
		this.state = "offline";
	};
	onOnline = () => {
		if (this.state !== "offline") return;
		this.state = "reconnecting";
		this.provider.connect();
	};
	readPeople() {
		const self = this.doc.clientID;
		const people = [];
		this.provider.awareness.getStates().forEach((state, clientId) => {
			const user = state.user;
			const role = ROLES.find((r) => r === user?.role) ?? null;
			if (user?.name) people.push({
				clientId,
				name: user.name,
				color: user.color ?? "#888",
				role,
				self: clientId === self
			});
		});
		people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
		this.people = people;
	}
	destroy() {
		removeEventListener("offline", this.onOffline);
		removeEventListener("online", this.onOnline);
		this.untrack();
		this.provider.destroy();
		this.local?.destroy();
		this.doc.destroy();
	}
};

export { LiveBar as L, LiveDocument as a, colorFor as c };
//# sourceMappingURL=live-document.svelte.js-D3TEEgnk.js.map
