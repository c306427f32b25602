/**
 * What one step after a build learnt of the built pages, for the steps after it, so no two
 * steps read every page: the header step (src/features/site/security-headers-integration.ts)
 * reads every page it gives a policy and leaves the digest of each page as published
 * (`bytesDigest`); the search step (src/features/search/pagefind-integration.ts), which keys
 * each page's record by those bytes, takes the digest instead of reading the page again.
 *
 * Per output folder, and taken once: a later build in the same process (a test, a dev tool)
 * never finds the digests of an earlier one, and a page without a digest is read as before.
 */
const shared = new Map<string, ReadonlyMap<string, string>>();

/**
 * Leaves the digests of the pages of the build in `outDir`, by absolute file path.
 * @param outDir the build's output folder (absolute)
 * @param digests each page's `bytesDigest`, by absolute file path
 */
export function sharePageDigests(outDir: string, digests: ReadonlyMap<string, string>): void {
	shared.set(outDir, digests);
}

/**
 * Takes the digests left for the build in `outDir` (an empty map when none were); they are
 * not kept for anyone after.
 * @param outDir the build's output folder (absolute)
 */
export function takePageDigests(outDir: string): ReadonlyMap<string, string> {
	const digests = shared.get(outDir) ?? new Map<string, string>();
	shared.delete(outDir);
	return digests;
}
