import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pipeline fingerprint: one hash of everything that decides whether a content file is
 * accepted and how it is rendered, other than the file itself. Both content loaders put it
 * in every entry's digest, so a tightened schema rule, a changed site setting or an
 * upgraded parser/renderer checks and renders every file again instead of serving an
 * entry cached (and checked) under the old rules.
 */

/** The sources the loaders' checks and rendering depend on (read as text by Vite). */
const sources = import.meta.glob<string>(
	['./*.ts', '../*/*-schema.ts', '../../core/schema.ts', '../../site.config.ts', '../../core/content-file.ts', '../../components/icon-paths.ts', '../../core/latin-runs.ts'],
	{
		eager: true,
		query: '?raw',
		import: 'default',
	},
);

/** Packages whose version changes what the pipeline parses, checks or writes. */
export const fingerprintPackages = ['satteri', 'mdast-util-to-hast', 'hast-util-sanitize', 'hast-util-to-html', 'github-slugger', 'yaml'] as const;

/** What the fingerprint is computed from: source text by path, and package versions by name. */
export interface FingerprintInputs {
	sources: Record<string, string>;
	versions: Record<string, string>;
}

/** The fingerprint of given inputs (order of keys does not matter). */
export function fingerprintOf(inputs: FingerprintInputs): string {
	const hash = createHash('sha256');
	for (const [kind, record] of [
		['source', inputs.sources],
		['package', inputs.versions],
	] as const) {
		for (const name of Object.keys(record).sort()) hash.update(`${kind} ${name}\n${record[name]}\n\0`);
	}
	return hash.digest('hex');
}

/** The inputs of this checkout: the pipeline's sources, and the installed versions under `root/node_modules`. */
export function fingerprintInputs(root: string): FingerprintInputs {
	const versions: Record<string, string> = {};
	for (const name of fingerprintPackages) {
		try {
			versions[name] = String((JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown }).version);
		} catch {
			versions[name] = 'unknown';
		}
	}
	return { sources: { ...sources }, versions };
}

const computed = new Map<string, string>();

/** The fingerprint of this checkout, computed once per process (per project root). */
export function pipelineFingerprint(root: string): string {
	let value = computed.get(root);
	if (value === undefined) {
		value = fingerprintOf(fingerprintInputs(root));
		computed.set(root, value);
	}
	return value;
}
