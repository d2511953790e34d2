import type * as Y from 'yjs';

/** A Svelte-readable view of a Yjs array of rule maps, re-read whenever anything in it changes. */
export class RuleList<T> {
	items = $state.raw<T[]>([]);
	private readonly refresh = () => {
		this.items = this.array.toArray().map(this.view);
	};

	constructor(
		private readonly array: Y.Array<Y.Map<unknown>>,
		private readonly view: (map: Y.Map<unknown>) => T
	) {
		array.observeDeep(this.refresh);
		this.refresh();
	}

	destroy(): void {
		this.array.unobserveDeep(this.refresh);
	}
}
