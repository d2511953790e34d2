const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["app.css","favicon.svg"]),
	mimeTypes: {".css":"text/css",".svg":"image/svg+xml"},
	_: {
		client: {start:"_app/immutable/entry/start.XtmXuTVI.js",app:"_app/immutable/entry/app.CpfSfkr7.js",imports:["_app/immutable/entry/start.XtmXuTVI.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/entry/app.CpfSfkr7.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DclECHGd.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-b2i3F4nG.js')),
			__memo(() => import('./nodes/1.js-Bh-Nmmkl.js')),
			__memo(() => import('./nodes/2.js-C76MQKiH.js')),
			__memo(() => import('./nodes/3.js-DlDk-QHY.js')),
			__memo(() => import('./nodes/4.js-Bm9JgxGX.js')),
			__memo(() => import('./nodes/5.js-C4j4e7Mu.js')),
			__memo(() => import('./nodes/6.js-DcLYUHkt.js')),
			__memo(() => import('./nodes/7.js-CYDqf2HW.js')),
			__memo(() => import('./nodes/8.js-BVVebZMr.js')),
			__memo(() => import('./nodes/9.js-CjBPGJ59.js')),
			__memo(() => import('./nodes/10.js-Ct0GegKp.js')),
			__memo(() => import('./nodes/11.js-jjWTqWn3.js')),
			__memo(() => import('./nodes/12.js-Daq4giGd.js')),
			__memo(() => import('./nodes/13.js-DH3c7H9_.js')),
			__memo(() => import('./nodes/14.js-QfgLRygc.js')),
			__memo(() => import('./nodes/15.js-BuBHCnZa.js')),
			__memo(() => import('./nodes/16.js-C7ktnDst.js')),
			__memo(() => import('./nodes/17.js-BlV1vBW7.js')),
			__memo(() => import('./nodes/18.js-D6idwdwb.js')),
			__memo(() => import('./nodes/19.js-DFgtIVv0.js')),
			__memo(() => import('./nodes/20.js-DAUFbvxH.js')),
			__memo(() => import('./nodes/21.js-aAumpSmo.js')),
			__memo(() => import('./nodes/22.js-MAMq0PHt.js')),
			__memo(() => import('./nodes/23.js-Cxd8yS5u.js')),
			__memo(() => import('./nodes/24.js-BX8USMpK.js')),
			__memo(() => import('./nodes/25.js-DOQq5_mW.js')),
			__memo(() => import('./nodes/26.js-DUJFUK6X.js')),
			__memo(() => import('./nodes/27.js-Da3RqrZg.js')),
			__memo(() => import('./nodes/28.js-Di1eV4TH.js')),
			__memo(() => import('./nodes/29.js-Dle3nPV3.js')),
			__memo(() => import('./nodes/30.js-jSowfIEE.js')),
			__memo(() => import('./nodes/31.js-CtMuVJHm.js')),
			__memo(() => import('./nodes/32.js-DLwHJYkN.js')),
			__memo(() => import('./nodes/33.js-B-gC6BOm.js')),
			__memo(() => import('./nodes/34.js-54214hLP.js')),
			__memo(() => import('./nodes/35.js-Bd_qlhrt.js')),
			__memo(() => import('./nodes/36.js-BHkWz7_i.js')),
			__memo(() => import('./nodes/37.js-cQ80aEmq.js')),
			__memo(() => import('./nodes/38.js-C_Nmnx2O.js')),
			__memo(() => import('./nodes/39.js-CBacbys9.js')),
			__memo(() => import('./nodes/40.js-BY6tAh62.js')),
			__memo(() => import('./nodes/41.js-BIOnFMWF.js')),
			__memo(() => import('./nodes/42.js-Dzma7Sbq.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 4 },
				endpoint: null
			},
			{
				id: "/(authed)/account",
				pattern: /^\/account\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 5 },
				endpoint: null
			},
			{
				id: "/(authed)/admin",
				pattern: /^\/admin\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/(authed)/admin/model",
				pattern: /^\/admin\/model\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/(authed)/admin/model/draft",
				pattern: /^\/admin\/model\/draft\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
				endpoint: null
			},
			{
				id: "/(authed)/admin/rollup.csv",
				pattern: /^\/admin\/rollup\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(authed)/admin/rollup.csv/_server.ts.js-Dg1jb5u3.js'))
			},
			{
				id: "/(authed)/admin/rollup",
				pattern: /^\/admin\/rollup\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 9 },
				endpoint: null
			},
			{
				id: "/calendar/[token].ics",
				pattern: /^\/calendar\/([^/]+?)\.ics\/?$/,
				params: [{"name":"token","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/calendar/_token_.ics/_server.ts.js-99DQpQno.js'))
			},
			{
				id: "/forgot",
				pattern: /^\/forgot\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 36 },
				endpoint: null
			},
			{
				id: "/healthz",
				pattern: /^\/healthz\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/healthz/_server.ts.js-CZ7noM2T.js'))
			},
			{
				id: "/invite/[token]",
				pattern: /^\/invite\/([^/]+?)\/?$/,
				params: [{"name":"token","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 37 },
				endpoint: null
			},
			{
				id: "/preferences",
				pattern: /^\/preferences\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 38 },
				endpoint: null
			},
			{
				id: "/reset/[token]",
				pattern: /^\/reset\/([^/]+?)\/?$/,
				params: [{"name":"token","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 39 },
				endpoint: null
			},
			{
				id: "/(authed)/review/[slug]/[id]",
				pattern: /^\/review\/([^/]+?)\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 10 },
				endpoint: null
			},
			{
				id: "/signin",
				pattern: /^\/signin\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 40 },
				endpoint: null
			},
			{
				id: "/signout",
				pattern: /^\/signout\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 41 },
				endpoint: null
			},
			{
				id: "/signup",
				pattern: /^\/signup\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 42 },
				endpoint: null
			},
			{
				id: "/(authed)/tasks",
				pattern: /^\/tasks\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 34 },
				endpoint: null
			},
			{
				id: "/(authed)/teams/new",
				pattern: /^\/teams\/new\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 35 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]",
				pattern: /^\/t\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 11 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/boards",
				pattern: /^\/t\/([^/]+?)\/boards\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 12 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/boards/[id]",
				pattern: /^\/t\/([^/]+?)\/boards\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 13 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/boards/[id]/cards/[card]",
				pattern: /^\/t\/([^/]+?)\/boards\/([^/]+?)\/cards\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false},{"name":"card","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(authed)/t/_slug_/boards/_id_/cards/_card_/_server.ts.js-ETopy0mF.js'))
			},
			{
				id: "/(authed)/t/[slug]/docs",
				pattern: /^\/t\/([^/]+?)\/docs\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 14 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/docs/[id]",
				pattern: /^\/t\/([^/]+?)\/docs\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 15 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/docs/[id]/comments",
				pattern: /^\/t\/([^/]+?)\/docs\/([^/]+?)\/comments\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(authed)/t/_slug_/docs/_id_/comments/_server.ts.js-Btltcjm_.js'))
			},
			{
				id: "/(authed)/t/[slug]/docs/[id]/export/[format]",
				pattern: /^\/t\/([^/]+?)\/docs\/([^/]+?)\/export\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false},{"name":"format","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(authed)/t/_slug_/docs/_id_/export/_format_/_server.ts.js-D4oPSuyI.js'))
			},
			{
				id: "/(authed)/t/[slug]/docs/[id]/history",
				pattern: /^\/t\/([^/]+?)\/docs\/([^/]+?)\/history\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 16 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/hearings",
				pattern: /^\/t\/([^/]+?)\/hearings\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 17 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/hearings/new",
				pattern: /^\/t\/([^/]+?)\/hearings\/new\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 20 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/hearings/[id]",
				pattern: /^\/t\/([^/]+?)\/hearings\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 18 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/hearings/[id]/edit",
				pattern: /^\/t\/([^/]+?)\/hearings\/([^/]+?)\/edit\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 19 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/invites",
				pattern: /^\/t\/([^/]+?)\/invites\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 21 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/members",
				pattern: /^\/t\/([^/]+?)\/members\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 22 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/policy",
				pattern: /^\/t\/([^/]+?)\/policy\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 23 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/policy/final",
				pattern: /^\/t\/([^/]+?)\/policy\/final\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 24 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/policy/redline",
				pattern: /^\/t\/([^/]+?)\/policy\/redline\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 25 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/policy/update",
				pattern: /^\/t\/([^/]+?)\/policy\/update\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 26 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/scorecard",
				pattern: /^\/t\/([^/]+?)\/scorecard\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 27 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/scorecard/[target]/[rule]",
				pattern: /^\/t\/([^/]+?)\/scorecard\/([^/]+?)\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"target","optional":false,"rest":false,"chained":false},{"name":"rule","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 28 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/settings",
				pattern: /^\/t\/([^/]+?)\/settings\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 29 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/tactics",
				pattern: /^\/t\/([^/]+?)\/tactics\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 30 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/tactics/[id]",
				pattern: /^\/t\/([^/]+?)\/tactics\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 31 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/talking-points",
				pattern: /^\/t\/([^/]+?)\/talking-points\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 32 },
				endpoint: null
			},
			{
				id: "/(authed)/t/[slug]/testimony/[id]",
				pattern: /^\/t\/([^/]+?)\/testimony\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,3,], errors: [1,,,], leaf: 33 },
				endpoint: null
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();

export { manifest as m };
//# sourceMappingURL=manifest.js-DB43pPbc.js.map
