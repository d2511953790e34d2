import { al as head, ah as attr, aj as stringify, ai as escape_html, am as ensure_array_like, T as derived } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { T as TimeZoneSync } from '../../../../../../../chunks/TimeZoneSync.js-WmoxoJL7.js';
import { l as limitMinutes, h as hearingTitle, f as formatInZone, d as deadlineLines } from '../../../../../../../chunks/hearings.js-k0Avay5_.js';
import { N as NewTestimonyForm } from '../../../../../../../chunks/NewTestimonyForm.js-B9UrGxCU.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../chunks/Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/hearings/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const hearing = derived(() => data.hearing);
		const locale = derived(currentLocale);
		const title = derived(() => hearingTitle(hearing(), locale(), t));
		const lines = derived(() => deadlineLines(hearing(), data.now, data.viewerZone, locale(), t));
		const inZone = (ms) => formatInZone(ms, hearing().time_zone, locale());
		const left = (kind) => lines().find((l) => l.kind === kind)?.text;
		const when = (ms) => new Date(ms).toLocaleString(locale(), {
			dateStyle: "medium",
			timeStyle: "short",
			timeZone: data.viewerZone
		});
		const prepBoard = derived(() => form && "boardId" in form && form.boardId ? form.boardId : data.prep?.boardId);
		let confirming = false;
		head("1hg8wzy", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title())} · ${escape_html(data.team.name)}</title>`);
			});
		});
		TimeZoneSync($$renderer, { zone: data.viewerZone });
		$$renderer.push(`<!----> <p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/hearings`)}>${escape_html(t("hearings.back"))}</a></p> <header class="head svelte-1hg8wzy"><h1 class="svelte-1hg8wzy">${escape_html(title())}</h1> `);
		if (data.canEdit) $$renderer.push(`<!--[0--><a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/hearings/${stringify(hearing().id)}/edit`)}>${escape_html(t("hearings.edit"))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> `);
		if (data.created) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("hearings.success.created"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "message" in form && form.message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`hearings.errors.${form.message}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="layout svelte-1hg8wzy"><section class="card details" aria-labelledby="details-title"><h2 id="details-title">${escape_html(t("hearings.details"))}</h2> <dl class="svelte-1hg8wzy"><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.when"))}</dt><dd class="svelte-1hg8wzy">${escape_html(inZone(hearing().starts_at))}<br/><span class="muted">${escape_html(left("hearing"))}</span></dd></div> `);
		if (hearing().place) $$renderer.push(`<!--[0--><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.where"))}</dt><dd class="svelte-1hg8wzy">${escape_html(hearing().place)}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (hearing().online_url) $$renderer.push(`<!--[0--><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.online"))}</dt><dd class="svelte-1hg8wzy"><a${attr("href", hearing().online_url)} rel="noopener noreferrer external">${escape_html(hearing().online_url)}</a></dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (hearing().agenda_item) $$renderer.push(`<!--[0--><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.agenda"))}</dt><dd class="svelte-1hg8wzy">${escape_html(hearing().agenda_item)}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (hearing().agenda_url) $$renderer.push(`<!--[0--><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.agenda_link"))}</dt><dd class="svelte-1hg8wzy"><a${attr("href", hearing().agenda_url)} rel="noopener noreferrer external">${escape_html(hearing().agenda_url)}</a></dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.signup"))}</dt> <dd class="svelte-1hg8wzy">`);
		if (hearing().signup_deadline !== null) $$renderer.push(`<!--[0-->${escape_html(inZone(hearing().signup_deadline))}<br/><span class="muted">${escape_html(left("signup"))}</span>`);
		else $$renderer.push(`<!--[-1-->${escape_html(t("hearings.not_set"))}`);
		$$renderer.push(`<!--]--></dd></div> <div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.written"))}</dt> <dd class="svelte-1hg8wzy">`);
		if (hearing().written_deadline !== null) $$renderer.push(`<!--[0-->${escape_html(inZone(hearing().written_deadline))}<br/><span class="muted">${escape_html(left("written"))}</span>`);
		else $$renderer.push(`<!--[-1-->${escape_html(t("hearings.not_set"))}`);
		$$renderer.push(`<!--]--></dd></div> <div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.limit"))}</dt> <dd class="svelte-1hg8wzy">${escape_html(hearing().speaking_limit_seconds !== null ? t("hearings.limit_value", { minutes: limitMinutes(hearing().speaking_limit_seconds) }) : t("hearings.not_set"))}</dd></div> `);
		if (hearing().character_cap !== null) $$renderer.push(`<!--[0--><div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.cap"))}</dt><dd class="svelte-1hg8wzy">${escape_html(t("hearings.cap_value", { count: hearing().character_cap }))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div><dt class="svelte-1hg8wzy">${escape_html(t("hearings.formats"))}</dt> <dd class="svelte-1hg8wzy">`);
		if (hearing().formats.length) {
			$$renderer.push(`<!--[0--><ul class="formats svelte-1hg8wzy"><!--[-->`);
			const each_array = ensure_array_like(hearing().formats);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let format = each_array[$$index];
				$$renderer.push(`<li>${escape_html(format === "printed" ? t("hearings.copies", { count: hearing().printed_copies ?? 1 }) : t(`hearings.format.${format}`))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1-->${escape_html(t("hearings.not_set"))}`);
		$$renderer.push(`<!--]--></dd></div></dl></section> <section class="card prep" aria-labelledby="prep-title"><h2 id="prep-title">${escape_html(t("hearings.prep.title"))}</h2> `);
		if (prepBoard()) $$renderer.push(`<!--[0--><p role="status">${escape_html(form && "prepared" in form && form.prepared === "made" ? t("hearings.prep.made") : t("hearings.prep.exists"))}</p> <p><a${attr("href", `/t/${stringify(data.team.slug)}/boards/${stringify(prepBoard())}`)}>${escape_html(t("hearings.prep.open_board"))}</a></p>`);
		else if (data.canEdit) {
			$$renderer.push(`<!--[1--><p class="muted">${escape_html(t("hearings.prep.intro"))}</p> <form method="POST" action="?/prepare">`);
			if (data.boards.length > 1) {
				$$renderer.push(`<!--[0--><div class="field"><label for="f-boardId">${escape_html(t("hearings.prep.board"))}</label> <select id="f-boardId" name="boardId"><!--[-->`);
				const each_array_1 = ensure_array_like(data.boards);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let board = each_array_1[$$index_1];
					$$renderer.option({ value: board.id }, ($$renderer) => {
						$$renderer.push(`${escape_html(board.title)}`);
					});
				}
				$$renderer.push(`<!--]--></select></div>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <button>${escape_html(t("hearings.prep.button"))}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("hearings.prep.intro"))}</p>`);
		$$renderer.push(`<!--]--></section></div> <section aria-labelledby="testimony-title"><h2 id="testimony-title">${escape_html(t("hearings.testimony_title"))}</h2> `);
		if (data.testimony.length) {
			$$renderer.push(`<!--[0--><ul class="testimony svelte-1hg8wzy"><!--[-->`);
			const each_array_2 = ensure_array_like(data.testimony);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let item = each_array_2[$$index_2];
				$$renderer.push(`<li class="svelte-1hg8wzy"><a${attr("href", `/t/${stringify(data.team.slug)}/testimony/${stringify(item.id)}`)}>${escape_html(item.title)}</a> `);
				if (item.archived) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("testimony.archived"))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span class="muted">${escape_html(item.speakerName ? t("testimony.speaker_value", { name: item.speakerName }) : "")} · ${escape_html(when(item.updatedAt))}</span></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("hearings.no_testimony"))}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.canEdit) {
			$$renderer.push("<!--[0-->");
			NewTestimonyForm($$renderer, {
				action: "?/testimony",
				speaker: data.user?.displayName ?? "",
				values: form && "values" in form ? form.values : void 0,
				errors: form && "errors" in form ? form.errors : void 0
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> `);
		if (data.canDelete) $$renderer.push(`<!--[0--><section class="danger-zone svelte-1hg8wzy" aria-labelledby="delete-title"><h2 id="delete-title">${escape_html(t("hearings.delete"))}</h2> <p class="muted">${escape_html(t("hearings.delete_hint"))}</p> <form method="POST" action="?/delete"><label class="confirm svelte-1hg8wzy"><input type="checkbox" name="confirm" value="yes"${attr("checked", confirming, true)} class="svelte-1hg8wzy"/> ${escape_html(t("hearings.delete_confirm"))}</label> <button class="danger"${attr("disabled", true, true)}>${escape_html(t("hearings.delete"))}</button></form></section>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CiOFtko2.js.map
