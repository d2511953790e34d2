import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Real editing traces recorded keystroke by keystroke, from josephg/editing-traces by Joseph
 * Gentle (CC BY 4.0, https://github.com/josephg/editing-traces).
 */
export const TRACE_CREDIT = 'Editing traces: josephg/editing-traces by Joseph Gentle, CC BY 4.0';

/** shared/ sits beside the repository's checkout; TRACES_DIR points elsewhere if needed. */
const DIR = [
	process.env.TRACES_DIR,
	fileURLToPath(new URL('../../../shared/data/editing-traces', import.meta.url)),
	'/work/shared/data/editing-traces'
].find((dir): dir is string => !!dir && existsSync(dir)) ?? '/work/shared/data/editing-traces';

export type Patch = [pos: number, del: number, ins: string];

export interface SequentialTrace {
	startContent: string;
	endContent: string;
	txns: { patches: Patch[] }[];
}

export interface ConcurrentTrace {
	kind: 'concurrent';
	endContent: string;
	numAgents: number;
	txns: { parents: number[]; agent: number; patches: Patch[] }[];
}

export function readTrace<T = SequentialTrace>(name: string): T {
	return JSON.parse(gunzipSync(readFileSync(`${DIR}/${name}.json.gz`)).toString()) as T;
}
