import type { ArticleData } from './article-schema';

/** The parts of an article that relatedness depends on. */
export interface RelatedCandidate {
	slug: string;
	data: Pick<ArticleData, 'category' | 'tags' | 'related' | 'updated'>;
}

/**
 * Why article `slug` cannot list `related`: it is the article itself, or no article has that
 * slug. One rule for the build (content/integrity.ts) and the CMS (cms/article-claims.ts).
 */
export function relatedConflict(slug: string, related: string, slugs: ReadonlySet<string>): 'self' | 'unknown' | undefined {
	if (related === slug) return 'self';
	return slugs.has(related) ? undefined : 'unknown';
}

/** Picks the related articles of one article (see `relatedIndex` for the ranking). */
export type RelatedPicker<T extends RelatedCandidate> = (article: RelatedCandidate) => T[];

/** Newest first, then by slug: the order ties are broken in. */
function newerFirst(a: RelatedCandidate, b: RelatedCandidate): number {
	return b.data.updated.getTime() - a.data.updated.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Indexes `candidates` (one locale, published) once, and returns a picker that ranks the
 * related articles of any article without looking at every candidate:
 * the editor's explicit `related` list first, in its order, then articles of the same
 * category ranked by shared tags and recency, then articles elsewhere sharing tags.
 *
 * Every article page needs its related articles; scanning and sorting the whole locale for
 * each page made page generation grow with the square of the site. The picker only visits
 * the articles that share a tag with the one asked about, plus the first few of its category.
 */
export function relatedIndex<T extends RelatedCandidate>(candidates: readonly T[], limit = 4): RelatedPicker<T> {
	const bySlug = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
	const byCategory = new Map<string, T[]>();
	// A candidate appears once per occurrence of the tag in its list, so counting postings
	// gives exactly "how many of its tags the article has".
	const byTag = new Map<string, T[]>();
	for (const candidate of candidates) {
		(byCategory.get(candidate.data.category) ?? byCategory.set(candidate.data.category, []).get(candidate.data.category)!).push(candidate);
		for (const tag of candidate.data.tags ?? []) (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(candidate);
	}
	for (const list of byCategory.values()) list.sort(newerFirst);

	return (article) => {
		const chosen: T[] = [];
		const taken = new Set([article.slug]);
		const take = (candidate: T | undefined) => {
			if (candidate && !taken.has(candidate.slug) && chosen.length < limit) {
				chosen.push(candidate);
				taken.add(candidate.slug);
			}
		};
		for (const slug of article.data.related ?? []) take(bySlug.get(slug));
		if (chosen.length >= limit) return chosen;

		const shared = new Map<T, number>();
		for (const tag of new Set(article.data.tags ?? [])) {
			for (const candidate of byTag.get(tag) ?? []) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
		}
		const byShared = (a: [T, number], b: [T, number]) => b[1] - a[1] || newerFirst(a[0], b[0]);
		const sameCategory: [T, number][] = [];
		const elsewhere: [T, number][] = [];
		for (const entry of shared) (entry[0].data.category === article.data.category ? sameCategory : elsewhere).push(entry);

		for (const [candidate] of sameCategory.sort(byShared)) take(candidate);
		// The rest of the category, newest first: those sharing tags were offered above, so
		// whatever is still untaken here shares none.
		for (const candidate of byCategory.get(article.data.category) ?? []) {
			if (chosen.length >= limit) break;
			take(candidate);
		}
		if (chosen.length < limit) for (const [candidate] of elsewhere.sort(byShared)) take(candidate);
		return chosen;
	};
}

const pickers = new WeakMap<readonly RelatedCandidate[], Map<number, RelatedPicker<RelatedCandidate>>>();

/**
 * The picker for `candidates`, built once per list and limit: the site content is loaded
 * once per build, so every article page of a locale shares one index.
 */
export function relatedPicker<T extends RelatedCandidate>(candidates: readonly T[], limit = 4): RelatedPicker<T> {
	const byLimit = pickers.get(candidates) ?? pickers.set(candidates, new Map()).get(candidates)!;
	const found = byLimit.get(limit);
	if (found) return found as RelatedPicker<T>;
	const picker = relatedIndex(candidates, limit);
	byLimit.set(limit, picker as RelatedPicker<RelatedCandidate>);
	return picker;
}

/**
 * Picks related articles for `article` among `candidates` (same locale, published); see
 * `relatedIndex` for the ranking. Reuses the index of `candidates` across calls.
 */
export function pickRelated<T extends RelatedCandidate>(article: RelatedCandidate, candidates: readonly T[], limit = 4): T[] {
	return relatedPicker(candidates, limit)(article);
}
