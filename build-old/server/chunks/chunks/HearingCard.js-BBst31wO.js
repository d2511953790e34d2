import { ai as escape_html, ah as attr, am as ensure_array_like, ak as attr_class, T as derived } from './server.js-DUATOAhJ.js';
import { h as hearingTitle, f as formatInZone, l as limitMinutes, d as deadlineLines } from './hearings.js-k0Avay5_.js';
import { t, c as currentLocale } from './t.svelte.js-Dq5mMf18.js';

// src/routes/(authed)/t/[slug]/testimony/[id]/HearingCard.svelte
function HearingCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The reader's time zone, for the deadlines. */
		/** The hearing's page, for those who may open it (a reviewer may not). */
		let { hearing, now, zone, href = null, children } = $$props;
		const locale = derived(currentLocale);
		$$renderer.push(`<section class="card svelte-pf5id1" aria-labelledby="hearing-title"><h2 id="hearing-title">${escape_html(t("testimony.hearing_title"))}</h2> `);
		if (hearing) {
			$$renderer.push(`<!--[0--><p>`);
			if (href) $$renderer.push(`<!--[0--><a${attr("href", href)}>${escape_html(hearingTitle(hearing, locale(), t))}</a>`);
			else $$renderer.push(`<!--[-1--><strong>${escape_html(hearingTitle(hearing, locale(), t))}</strong>`);
			$$renderer.push(`<!--]--></p> <p class="muted">${escape_html(formatInZone(hearing.starts_at, hearing.time_zone, locale()))}</p> <dl class="svelte-pf5id1"><div class="svelte-pf5id1"><dt class="svelte-pf5id1">${escape_html(t("hearings.limit"))}</dt><dd class="svelte-pf5id1">${escape_html(hearing.speaking_limit_seconds !== null ? t("hearings.limit_value", { minutes: limitMinutes(hearing.speaking_limit_seconds) }) : t("hearings.not_set"))}</dd></div> `);
			if (hearing.character_cap !== null) $$renderer.push(`<!--[0--><div class="svelte-pf5id1"><dt class="svelte-pf5id1">${escape_html(t("hearings.cap"))}</dt><dd class="svelte-pf5id1">${escape_html(t("hearings.cap_value", { count: hearing.character_cap }))}</dd></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (hearing.formats.length) $$renderer.push(`<!--[0--><div class="svelte-pf5id1"><dt class="svelte-pf5id1">${escape_html(t("hearings.formats"))}</dt> <dd class="svelte-pf5id1">${escape_html(hearing.formats.map((f) => f === "printed" ? t("hearings.copies", { count: hearing.printed_copies ?? 1 }) : t(`hearings.format.${f}`)).join(", "))}</dd></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dl> <ul class="deadlines svelte-pf5id1"><!--[-->`);
			const each_array = ensure_array_like(deadlineLines(hearing, now, zone, locale(), t));
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let line = each_array[$$index];
				$$renderer.push(`<li${attr_class("svelte-pf5id1", void 0, { "closed": line.closed })}>${escape_html(line.text)}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("testimony.no_hearing_note"))}</p>`);
		$$renderer.push(`<!--]--> `);
		children?.($$renderer);
		$$renderer.push(`<!----></section>`);
	});
}

export { HearingCard as H };
//# sourceMappingURL=HearingCard.js-BBst31wO.js.map
