// Bundles the Node entry (server/index.ts and the collaboration engine) into build/server.js,
// next to SvelteKit's build/handler.js. Packages stay external; they come from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	entryPoints: [`${root}server/index.ts`],
	outfile: `${root}build/server.js`,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	alias: { $lib: `${root}src/lib` },
	sourcemap: true,
	logLevel: 'warning'
});
