import { missingFeaturedRefs } from '../articles/featured';
import { type ArticleClaimEntry, relatedBy } from './article-claims';
import { isolate } from './bidi';
import type { Wording } from './messages';

/**
 * Taking an article off the site in the CMS (Decap's Unpublish, or Delete of a published
 * entry; browser/cms.ts `preUnpublish`): what would stop the next build once its files are
 * gone, found before Decap deletes them, and told to the editor in one message with every
 * reason at once (fix one, and the next attempt is not refused for another that was there all
 * along). The rules are the build's: a published article or notice naming it among its related
 * articles (`relatedBy`, articles/related.ts), and the site's featured articles
 * (`featuredRefs` in src/site.config.ts, articles/featured.ts).
 */

/** Why an article cannot go: who names it, and the featured refs it alone holds. */
export interface TakeOffBlockers {
	/** Published articles listing it among their related articles (any language). */
	articles: string[];
	/** Published notices listing it among their related articles (any language). */
	notices: string[];
	/** Featured refs (`featuredRefs`) no article would hold once it is gone. */
	featured: number[];
}

/**
 * What stops `slug` from leaving the site: the published `articles` (itself among them or
 * not) and `notices` that name it, and the featured refs that would be left without an article.
 */
export function takeOffBlockers(slug: string, articles: readonly ArticleClaimEntry[], notices: readonly ArticleClaimEntry[], featuredRefs: readonly number[]): TakeOffBlockers {
	const refs = (list: readonly ArticleClaimEntry[]) => list.map((article) => article.ref).filter((ref): ref is number => typeof ref === 'number');
	const before = new Set(missingFeaturedRefs(featuredRefs, refs(articles)));
	return {
		articles: relatedBy(slug, articles),
		notices: relatedBy(slug, notices),
		// Only what its going would cause: a featured ref already missing is the build's to tell.
		featured: missingFeaturedRefs(featuredRefs, refs(articles.filter((article) => article.slug !== slug))).filter((ref) => !before.has(ref)),
	};
}

/** How the refusal is worded (messages.ts). */
export type TakeOffWording = Wording;

/**
 * The refusal of taking `slug` off the site, or undefined when nothing stops it: every
 * blocker, and with an unpublish the problems its draft save would be refused for
 * (`draftProblems`, the save check's messages). Each name is isolated (bidi.ts). An unpublish
 * refused says that the entry of `collection` (an article, a notice, an incident…) stays on the site.
 */
export function takeOffRefusal(
	slug: string,
	collection: string,
	blockers: TakeOffBlockers,
	draftProblems: readonly string[],
	unpublishing: boolean,
	{ say, list, number }: TakeOffWording,
): string | undefined {
	const reasons: string[] = [];
	const named = [...blockers.articles.map((article) => `«${isolate(article)}»`), ...blockers.notices.map((notice) => say('relatedBy.notice', { name: `«${isolate(notice)}»` }))];
	if (named.length) reasons.push(say('takeOff.relatedBy', { slug: isolate(slug), owners: list(named) }));
	if (blockers.featured.length) reasons.push(say('takeOff.featured', { refs: list(blockers.featured.map(number)), setting: isolate('featuredRefs'), file: isolate('src/site.config.ts') }));
	if (draftProblems.length) reasons.push(say('takeOff.draftRefused', { problems: draftProblems.join(' — ') }));
	if (!reasons.length) return undefined;
	const kept = `takeOff.unpublishKept.${keptNouns.has(collection) ? collection : 'other'}`;
	return unpublishing ? `${say(kept)} ${reasons.join(' ')}` : reasons.join(' ');
}

/** The collections whose entries the "stays on the site" sentence names by their own noun; any other is "the entry". */
const keptNouns = new Set(['articles', 'notices', 'incidents']);
