import type { ArticleData } from './article-schema';

/** The parts of an article that relatedness depends on. */
export interface RelatedCandidate {
	slug: string;
	data: Pick<ArticleData, 'category' | 'tags' | 'related' | 'updated'>;
}

/**
 * Picks related articles for `article` among `candidates` (same locale, published):
 * the editor's explicit `related` list first, in its order, then articles of the same
 * category ranked by shared tags and recency, then articles elsewhere sharing tags.
 */
export function pickRelated<T extends RelatedCandidate>(article: RelatedCandidate, candidates: readonly T[], limit = 4): T[] {
	const bySlug = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
	const chosen: T[] = [];
	const taken = new Set([article.slug]);
	const take = (candidate: T | undefined) => {
		if (candidate && !taken.has(candidate.slug) && chosen.length < limit) {
			chosen.push(candidate);
			taken.add(candidate.slug);
		}
	};

	for (const slug of article.data.related ?? []) take(bySlug.get(slug));

	const tags = new Set(article.data.tags ?? []);
	const shared = (candidate: RelatedCandidate) => (candidate.data.tags ?? []).filter((tag) => tags.has(tag)).length;
	const ranked = candidates
		.filter((candidate) => !taken.has(candidate.slug))
		.map((candidate) => ({
			candidate,
			sameCategory: candidate.data.category === article.data.category ? 1 : 0,
			shared: shared(candidate),
		}))
		.filter((entry) => entry.sameCategory || entry.shared)
		.sort(
			(a, b) =>
				b.sameCategory - a.sameCategory ||
				b.shared - a.shared ||
				b.candidate.data.updated.getTime() - a.candidate.data.updated.getTime() ||
				a.candidate.slug.localeCompare(b.candidate.slug),
		);
	for (const entry of ranked) take(entry.candidate);
	return chosen;
}
