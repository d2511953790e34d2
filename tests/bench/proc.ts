import { readFileSync } from 'node:fs';

/** Linux counts CPU time in clock ticks of 10 ms (USER_HZ = 100). */
const MS_PER_TICK = 10;

/**
 * What Linux says of a process (`/proc/<pid>/stat`): its name and the CPU time it has used so
 * far, in ms; null once it has gone.
 */
export function processCpu(pid: number | string | undefined): { name: string; userMs: number; systemMs: number } | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The name is in parentheses and may hold spaces; the fields after it are space-separated.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), userMs: Number(fields[11]) * MS_PER_TICK, systemMs: Number(fields[12]) * MS_PER_TICK };
	} catch {
		return null;
	}
}
