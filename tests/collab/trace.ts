import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Real editing traces recorded keystroke by keystroke, from josephg/editing-traces by Joseph
 * Gentle (CC BY 4.0, https://github.com/josephg/editing-traces).
 */
export const TRACE_CREDIT = 'Editing traces: josephg/editing-traces by Joseph Gentle, CC BY 4.0';

const DIR = '/work/shared/data/editing-traces';

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
