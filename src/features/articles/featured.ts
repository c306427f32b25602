/**
 * The featured articles (`featuredRefs` in src/site.config.ts) must exist: a ref that no
 * article in any language has would silently shrink the home page's list, so it stops the
 * build naming the file and field. A ref missing only in one language is fine: that
 * language lists the articles it has.
 */
export function featuredRefProblems(featuredRefs: readonly number[], articleRefs: Iterable<number>): string[] {
	const missing = new Set(missingFeaturedRefs(featuredRefs, articleRefs));
	const seen = new Set<number>();
	const problems: string[] = [];
	for (const ref of featuredRefs) {
		if (seen.has(ref)) problems.push(`src/site.config.ts (field "featuredRefs"): ref ${ref} is listed twice`);
		seen.add(ref);
		if (missing.has(ref)) problems.push(`src/site.config.ts (field "featuredRefs"): ref ${ref} is not the ref of any article; remove it or add the article`);
	}
	return problems;
}

/**
 * The featured refs no article has (each once): what the build refuses, and what taking an
 * article off the site in the CMS would cause (cms/take-off.ts asks before Decap deletes it).
 */
export function missingFeaturedRefs(featuredRefs: readonly number[], articleRefs: Iterable<number>): number[] {
	const known = new Set(articleRefs);
	return [...new Set(featuredRefs.filter((ref) => !known.has(ref)))];
}
