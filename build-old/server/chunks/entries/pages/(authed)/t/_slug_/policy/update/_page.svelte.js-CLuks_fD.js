import { al as head, ai as escape_html, ah as attr, aj as stringify, am as ensure_array_like, ak as attr_class, ao as clsx$1, T as derived, aq as bind_props } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { R as RedlineText } from '../../../../../../../chunks/RedlineText.js-DEAK9xPe.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import { t } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { o as openDecisions, b as decisionPoints } from '../../../../../../../chunks/merge.js-B1XQ_MNh.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../chunks/model.js-DLwlbFq3.js';
import '../../../../../../../chunks/redline.js-B3MCp1Vy.js';
import '../../../../../../../chunks/states.js-0GJhGoOw.js';
import 'diff';
import 'node-diff3';

// src/routes/(authed)/t/[slug]/policy/update/Choice.svelte
function Choice($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** One decision in a model update: accept or reject, or for a conflict also one's own words. Nothing is chosen until a person chooses. */
		/** Marks the decision as still open after an attempt to apply. */
		let { id, legend, suggestion = false, conflict = false, ours = "", value = void 0, custom = void 0, open = false } = $$props;
		const name = derived(() => `d:${id}`);
		const domId = derived(() => id.replace(/[^a-zA-Z0-9_-]/g, "_"));
		$$renderer.push(`<fieldset class="choice svelte-1bzbm66"${attr("aria-describedby", open ? `open-${domId()}` : void 0)}><legend class="svelte-1bzbm66">${escape_html(legend)}</legend> <label class="svelte-1bzbm66"><input type="radio"${attr("name", name())} value="accept"${attr("data-suggestion", suggestion ? "" : void 0)}${attr("checked", value === "accept", true)}/> ${escape_html(conflict ? t("update.take_theirs") : t("update.accept"))}</label> <label class="svelte-1bzbm66"><input type="radio"${attr("name", name())} value="reject"${attr("data-suggestion", suggestion ? "" : void 0)}${attr("checked", value === "reject", true)}/> ${escape_html(conflict ? t("update.keep_ours") : t("update.reject"))}</label> `);
		if (conflict) {
			$$renderer.push(`<!--[0--><label class="svelte-1bzbm66"><input type="radio"${attr("name", name())} value="custom"${attr("checked", value === "custom", true)} class="svelte-1bzbm66"/> ${escape_html(t("update.write_own"))}</label> <span class="own svelte-1bzbm66"><label class="visually-hidden svelte-1bzbm66"${attr("for", `c-${stringify(domId())}`)}>${escape_html(t("update.own_words"))}</label> <textarea${attr("id", `c-${stringify(domId())}`)}${attr("name", `c:${stringify(id)}`)} rows="2" maxlength="5000" class="svelte-1bzbm66">`);
			const $$body = escape_html(custom ?? ours);
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></span>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (open) $$renderer.push(`<!--[0--><p class="field-error svelte-1bzbm66"${attr("id", `open-${stringify(domId())}`)}>${escape_html(t("update.not_decided"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset>`);
		bind_props($$props, {
			value,
			custom
		});
	});
}
// src/routes/(authed)/t/[slug]/policy/update/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const update = derived(() => data.update);
		const points = derived(() => decisionPoints(update()));
		const bulkCount = derived(() => points().filter((point) => !point.conflict).length);
		/** What the server last saw chosen (a refused apply, or "Accept all" without JavaScript). */
		function choicesOf(decisions) {
			const choices = {};
			const customs = {};
			for (const [id, decision] of Object.entries(decisions ?? {})) if (typeof decision === "object") {
				choices[id] = "custom";
				customs[id] = decision.custom;
			} else choices[id] = decision;
			return {
				choices,
				customs
			};
		}
		const initial = choicesOf(form && "decisions" in form ? form.decisions : void 0);
		let choices = initial.choices;
		let customs = initial.customs;
		let tried = form?.message === "decisions_missing";
		const chosen = derived(() => Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, choice === "custom" ? { custom: customs[id] ?? "" } : choice])));
		const open = derived(() => openDecisions(update(), chosen()));
		const openIds = derived(() => new Set(open().map((point) => point.id)));
		/** The open decisions by rule, in page order, for the list of what is left. */
		const openByRule = derived(() => open().reduce((rules, point) => {
			const last = rules.at(-1);
			if (last?.key === point.key) last.count++;
			else rules.push({
				key: point.key,
				title: point.title,
				count: 1
			});
			return rules;
		}, []));
		const isOpen = (id) => tried && openIds().has(id);
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			head("12ajial", $$renderer, ($$renderer) => {
				$$renderer.title(($$renderer) => {
					$$renderer.push(`<title>${escape_html(t("update.title", { version: update().toVersion }))} · ${escape_html(data.team.name)}</title>`);
				});
			});
			$$renderer.push(`<p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/policy`)}>${escape_html(t("policy.title"))}</a></p> <div class="row head svelte-12ajial"><h1>${escape_html(t("update.title", { version: update().toVersion }))}</h1> `);
			if (!data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("docs.read_only"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			if (!data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><p class="notice info">${escape_html(t("update.viewer_note"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p>${escape_html(t("update.intro", {
				from: update().fromVersion,
				to: update().toVersion
			}))}</p> `);
			if (update().notes) $$renderer.push(`<!--[0--><section class="card notes" aria-labelledby="notes-heading"><h2 id="notes-heading">${escape_html(t("update.release_notes"))}</h2> <p>${escape_html(update().notes)}</p></section>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul class="summary muted svelte-12ajial"${attr("aria-label", t("update.summary_label"))}><li class="svelte-12ajial">${escape_html(t("update.summary_changed", { count: update().summary.changedRules }))}`);
			if (update().summary.droppedRules) $$renderer.push(`<!--[0-->${escape_html(t("update.summary_changed_dropped", { count: update().summary.droppedRules }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li> `);
			if (update().summary.addedRules) $$renderer.push(`<!--[0--><li class="svelte-12ajial">${escape_html(t("update.summary_added", { count: update().summary.addedRules }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (update().summary.removedRules) $$renderer.push(`<!--[0--><li class="svelte-12ajial">${escape_html(t("update.summary_removed", { count: update().summary.removedRules }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <li class="svelte-12ajial">${escape_html(t("update.summary_suggestions", { count: update().summary.suggestions }))}</li> `);
			if (update().summary.conflicts) $$renderer.push(`<!--[0--><li class="svelte-12ajial">${escape_html(t("update.summary_conflicts", { count: update().summary.conflicts }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> `);
			if (form?.message !== "decisions_missing") {
				$$renderer.push("<!--[0-->");
				FormMessage($$renderer, { form });
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (tried && open().length) {
				$$renderer.push(`<!--[0--><div class="notice error open svelte-12ajial" role="alert" tabindex="-1"><p>${escape_html(t("update.open_decisions", { count: open().length }))}</p> <ul class="svelte-12ajial"><!--[-->`);
				const each_array = ensure_array_like(openByRule());
				for (let i = 0, $$length = each_array.length; i < $$length; i++) {
					let rule = each_array[i];
					$$renderer.push(`<li><a${attr("href", `#u-${stringify(rule.key)}`)}>${escape_html(rule.title)}</a>: ${escape_html(t("update.open_in_rule", { count: rule.count }))}</li>`);
				}
				$$renderer.push(`<!--]--></ul></div>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/apply"><fieldset class="plain svelte-12ajial"${attr("disabled", !data.allowed["playbook.edit"], true)}><input type="hidden" name="from"${attr("value", update().fromVersion)}/> <input type="hidden" name="to"${attr("value", update().toVersion)}/> <input type="hidden" name="fingerprint"${attr("value", data.fingerprint)}/> `);
			if (data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><button class="visually-hidden" tabindex="-1" aria-hidden="true">${escape_html(t("update.apply"))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.allowed["playbook.edit"] && bulkCount() > 1) $$renderer.push(`<!--[0--><div class="row bulk svelte-12ajial"><button formaction="?/choose" name="all" value="accept" class="secondary">${escape_html(t("update.accept_all"))}</button> <button formaction="?/choose" name="all" value="reject" class="secondary">${escape_html(t("update.reject_all"))}</button></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array_1 = ensure_array_like(update().rules);
			for (let r = 0, $$length = each_array_1.length; r < $$length; r++) {
				let rule = each_array_1[r];
				if (rule.kind === "changed") {
					$$renderer.push(`<!--[0--><section class="card rule svelte-12ajial"${attr("aria-labelledby", `u-${stringify(rule.key)}`)}><h2${attr("id", `u-${stringify(rule.key)}`)} class="svelte-12ajial">${escape_html(rule.title)}</h2> `);
					if (rule.titleChange) {
						$$renderer.push("<!--[0-->");
						Choice($$renderer, {
							id: rule.titleChange.id,
							legend: t("update.title_change", {
								from: rule.titleChange.from,
								to: rule.titleChange.to
							}),
							suggestion: true,
							open: isOpen(rule.titleChange.id),
							get value() {
								return choices[rule.titleChange.id];
							},
							set value($$value) {
								choices[rule.titleChange.id] = $$value;
								$$settled = false;
							}
						});
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <p class="merged svelte-12ajial"><!--[-->`);
					const each_array_2 = ensure_array_like(rule.merge.hunks);
					for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
						let hunk = each_array_2[i];
						if (hunk.kind === "same") $$renderer.push(`<!--[0--><span>${escape_html(hunk.text)}</span>`);
						else {
							$$renderer.push(`<!--[-1--><mark${attr_class(clsx$1(hunk.kind), "svelte-12ajial")}>`);
							if (hunk.ours) $$renderer.push(`<!--[0--><del>${escape_html(hunk.ours)}</del>`);
							else $$renderer.push("<!--[-1-->");
							$$renderer.push(`<!--]-->`);
							if (hunk.theirs) $$renderer.push(`<!--[0--><ins>${escape_html(hunk.theirs)}</ins>`);
							else $$renderer.push("<!--[-1-->");
							$$renderer.push(`<!--]--></mark>`);
						}
						$$renderer.push(`<!--]-->`);
					}
					$$renderer.push(`<!--]--></p> <!--[-->`);
					const each_array_3 = ensure_array_like(rule.merge.hunks);
					for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
						let hunk = each_array_3[i];
						if (hunk.kind === "suggestion") {
							$$renderer.push("<!--[0-->");
							Choice($$renderer, {
								id: hunk.id,
								legend: !hunk.ours.trim() ? t("update.suggestion_adds", { theirs: hunk.theirs.trim() }) : !hunk.theirs.trim() ? t("update.suggestion_removes", { ours: hunk.ours.trim() }) : t("update.suggestion", {
									ours: hunk.ours.trim(),
									theirs: hunk.theirs.trim()
								}),
								suggestion: true,
								open: isOpen(hunk.id),
								get value() {
									return choices[hunk.id];
								},
								set value($$value) {
									choices[hunk.id] = $$value;
									$$settled = false;
								}
							});
						} else if (hunk.kind === "conflict") {
							$$renderer.push(`<!--[1--><fieldset class="conflict"><legend>${escape_html(t("update.conflict"))}</legend> <div class="sides svelte-12ajial"><div class="svelte-12ajial"><span class="label">${escape_html(t("update.ours"))}</span><p>${escape_html(hunk.ours.trim() || t("update.nothing"))}</p></div> <div class="svelte-12ajial"><span class="label">${escape_html(t("update.theirs"))}</span><p>${escape_html(hunk.theirs.trim() || t("update.nothing"))}</p></div></div> `);
							Choice($$renderer, {
								id: hunk.id,
								legend: t("update.resolve"),
								conflict: true,
								ours: hunk.ours,
								open: isOpen(hunk.id),
								get value() {
									return choices[hunk.id];
								},
								set value($$value) {
									choices[hunk.id] = $$value;
									$$settled = false;
								},
								get custom() {
									return customs[hunk.id];
								},
								set custom($$value) {
									customs[hunk.id] = $$value;
									$$settled = false;
								}
							});
							$$renderer.push(`<!----></fieldset>`);
						} else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]-->`);
					}
					$$renderer.push(`<!--]--></section>`);
				} else if (rule.kind === "added-upstream") {
					$$renderer.push(`<!--[1--><section class="card rule svelte-12ajial"${attr("aria-labelledby", `u-${stringify(rule.key)}`)}><h2${attr("id", `u-${stringify(rule.key)}`)} class="svelte-12ajial">${escape_html(t("update.new_rule", { title: rule.rule.title }))}</h2> <p><ins>${escape_html(rule.text)}</ins></p> `);
					Choice($$renderer, {
						id: rule.id,
						legend: t("update.add_rule"),
						suggestion: true,
						open: isOpen(rule.id),
						get value() {
							return choices[rule.id];
						},
						set value($$value) {
							choices[rule.id] = $$value;
							$$settled = false;
						}
					});
					$$renderer.push(`<!----></section>`);
				} else if (rule.kind === "removed-upstream") {
					$$renderer.push(`<!--[2--><section class="card rule svelte-12ajial"${attr("aria-labelledby", `u-${stringify(rule.key)}`)}><h2${attr("id", `u-${stringify(rule.key)}`)} class="svelte-12ajial">${escape_html(t("update.removed_rule", { title: rule.title }))}</h2> <p><del>${escape_html(rule.text)}</del></p> `);
					Choice($$renderer, {
						id: rule.id,
						legend: t("update.remove_rule"),
						suggestion: true,
						open: isOpen(rule.id),
						get value() {
							return choices[rule.id];
						},
						set value($$value) {
							choices[rule.id] = $$value;
							$$settled = false;
						}
					});
					$$renderer.push(`<!----></section>`);
				} else if (rule.kind === "dropped-by-team" && rule.changedUpstream) {
					$$renderer.push(`<!--[3--><section class="card rule dropped svelte-12ajial"${attr("aria-labelledby", `u-${stringify(rule.key)}`)}><h2${attr("id", `u-${stringify(rule.key)}`)} class="svelte-12ajial">${escape_html(rule.title)}</h2> <p class="muted">${escape_html(t("update.dropped_changed", { title: rule.title }))}</p> `);
					if (rule.changes) {
						$$renderer.push(`<!--[0--><details><summary class="svelte-12ajial">${escape_html(t("update.dropped_show"))}</summary> <p class="merged svelte-12ajial">`);
						RedlineText($$renderer, { segments: rule.changes });
						$$renderer.push(`<!----></p></details>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></section>`);
				} else if (rule.kind === "unchanged" && rule.titleChange) {
					$$renderer.push(`<!--[4--><section class="card rule svelte-12ajial"${attr("aria-labelledby", `u-${stringify(rule.key)}`)}><h2${attr("id", `u-${stringify(rule.key)}`)} class="svelte-12ajial">${escape_html(rule.title)}</h2> `);
					Choice($$renderer, {
						id: rule.titleChange.id,
						legend: t("update.title_change", {
							from: rule.titleChange.from,
							to: rule.titleChange.to
						}),
						suggestion: true,
						open: isOpen(rule.titleChange.id),
						get value() {
							return choices[rule.titleChange.id];
						},
						set value($$value) {
							choices[rule.titleChange.id] = $$value;
							$$settled = false;
						}
					});
					$$renderer.push(`<!----></section>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--> `);
			if (data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><p class="hint">${escape_html(t("update.decide_all_hint"))} ${escape_html(t("update.apply_hint", { version: update().toVersion }))}</p> <button>${escape_html(t("update.apply"))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset></form>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CLuks_fD.js.map
