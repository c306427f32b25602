import { createHash } from 'node:crypto';

/** Digests of structured data, for cache keys (src/features/site/page-keys.ts). */

/**
 * A JSON text of `value` that is the same for the same data: Maps and Sets are written as
 * their entries (JSON.stringify would write `{}` and lose them), Dates by their instant.
 * Functions, symbols and `undefined` are left out as JSON does; a cycle throws.
 */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (item instanceof Map) return { '<Map>': [...item.entries()] };
		if (item instanceof Set) return { '<Set>': [...item.values()] };
		if (item instanceof URL) return item.href;
		if (typeof item === 'bigint') return item.toString();
		return item;
	});
}

/** The hex SHA-256 of `parts`' stable JSON. */
export function digestOf(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(stableJson(part) ?? 'undefined').update('\u0000');
	return hash.digest('hex');
}

/** The hex SHA-256 of a file's bytes (a built page's, for the steps that key pages by what is published). */
export function bytesDigest(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
