import 'node:module';

// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	__defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};

export { __exportAll as _ };
//# sourceMappingURL=rolldown-runtime.js-BX8LjuK_.js.map
