import { relatedConflict } from '../articles/related';
import { PermalinkClaims, type PermalinkClaim } from '../content/permalink-claims';
import { isolate } from './bidi';
import { ruleIssue, type EntryIssue, type IssueMessages } from './entry-validation';

/**
 * The cross-file rules of an article, checked in the CMS before a save: no article lists
 * itself (or a slug nobody has) as related, an alias is a retired slug (never a live one,
 * its own included) and belongs to one article, a `ref` to one article. The rules are the
 * build's (`relatedConflict` in articles/related.ts, `PermalinkClaims` in
 * content/permalink-claims.ts); this module only feeds them the entry being edited and the
 * other entries of the collection, as Decap's relation widgets list them, and words the answer
 * (each name isolated, bidi.ts: a slug keeps its order in a Persian or Arabic sentence).
 */

/** What the rules need of one article (all its languages): its slug, ref, aliases and related slugs. */
export interface ArticleClaimEntry {
	slug: string;
	ref?: unknown;
	/** Every alias of every language, with the language it is written in. */
	aliases: Array<{ alias: string; locale: string; index: number }>;
	related: Array<{ slug: string; locale: string; index: number }>;
}

/** A problem at one language's field. */
export type ClaimIssue = EntryIssue & { locale: string };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** An entry as Decap holds it (plain objects): default-language data plus translations. */
export interface PlainEntry {
	slug?: unknown;
	/** The file Decap read it from (none for a new entry). */
	path?: unknown;
	data?: Record<string, unknown>;
	i18n?: Record<string, { data?: Record<string, unknown> } | undefined>;
}

/** The claims of one Decap entry, every language; `slug` is the file name (a new entry's from its form). */
export function claimEntryOf(entry: PlainEntry, slug: string, defaultLocale: string): ArticleClaimEntry {
	const languages: Array<[string, Record<string, unknown>]> = [[defaultLocale, entry.data ?? {}]];
	for (const [locale, translation] of Object.entries(entry.i18n ?? {})) {
		if (locale !== defaultLocale && translation?.data) languages.push([locale, translation.data]);
	}
	return {
		slug,
		// Shared by every language (Decap copies it); an article with no default-language file has it in its translations only.
		ref: entry.data?.ref ?? languages.find(([, data]) => data.ref !== undefined)?.[1].ref,
		aliases: languages.flatMap(([locale, data]) => strings(data.aliases).map((alias, index) => ({ alias, locale, index }))),
		related: languages.flatMap(([locale, data]) => strings(data.related).map((related, index) => ({ slug: related, locale, index }))),
	};
}

/** Every cross-file problem of `entry` among `others` (the collection's other articles), at its field and language. */
export function articleClaimIssues(
	entry: ArticleClaimEntry,
	others: readonly ArticleClaimEntry[],
	messages: IssueMessages,
	defaultLocale: string,
	options: { isNew?: boolean; draftOnly?: ReadonlySet<string> } = {},
): ClaimIssue[] {
	const issues: ClaimIssue[] = [];
	// A saved entry is listed among the others under its own name; a new one with that name is
	// another article (Decap would quietly save it as "<name>-1"), so the name is taken.
	if (options.isNew && others.some((other) => other.slug === entry.slug)) {
		issues.push({ ...ruleIssue(messages, ['slug'], 'slugTaken', { slug: isolate(entry.slug) }), locale: defaultLocale });
	}
	const rest = others.filter((other) => other.slug !== entry.slug);
	const asClaim = (article: ArticleClaimEntry): PermalinkClaim => ({
		slug: article.slug,
		ref: typeof article.ref === 'number' ? article.ref : Number.NaN,
		filePath: article.slug,
	});
	const mine = asClaim(entry);
	const claims = new PermalinkClaims<PermalinkClaim>([...rest.map(asClaim), mine]);
	// The saved articles claim first, so the one being edited is the one told.
	for (const other of rest) {
		const claim = asClaim(other);
		if (Number.isInteger(claim.ref)) claims.claimRef(claim);
		for (const { alias } of other.aliases) {
			// An alias that is this entry's file name: the build refuses it (at the other file), so a new
			// article may not take a name another article's old address still leads to.
			const conflict = claims.claimAlias(claim, alias);
			if (conflict?.kind === 'slug' && conflict.owner === mine) {
				issues.push({ ...ruleIssue(messages, ['slug'], 'article.slugIsAlias', { slug: isolate(entry.slug), owner: isolate(other.slug) }), locale: defaultLocale });
			}
		}
	}
	const slugs = new Set([entry.slug, ...rest.map((other) => other.slug)]);
	if (Number.isInteger(mine.ref)) {
		const owner = claims.claimRef(mine);
		if (owner) issues.push({ ...ruleIssue(messages, ['ref'], 'article.refTaken', { ref: messages.formatNumber(mine.ref), owner: isolate(owner.slug) }), locale: defaultLocale });
	}
	for (const { alias, locale, index } of entry.aliases) {
		const conflict = claims.claimAlias(mine, alias);
		if (conflict?.kind === 'slug') {
			const rule = conflict.owner.slug === entry.slug ? 'article.aliasIsOwnSlug' : 'article.aliasIsSlug';
			issues.push({ ...ruleIssue(messages, ['aliases', index], rule, { alias: isolate(alias) }), locale });
		} else if (conflict?.kind === 'alias') {
			issues.push({ ...ruleIssue(messages, ['aliases', index], 'article.aliasTaken', { alias: isolate(alias), owner: isolate(conflict.owner.slug) }), locale });
		}
	}
	for (const { slug, locale, index } of entry.related) {
		const conflict = relatedConflict(entry.slug, slug, slugs);
		if (conflict) issues.push({ ...ruleIssue(messages, ['related', index], conflict === 'self' ? 'article.relatedSelf' : 'article.relatedUnknown', { slug: isolate(slug) }), locale });
		// An article that is only an open draft is no file yet: the build would find no such article.
		else if (options.draftOnly?.has(slug)) issues.push({ ...ruleIssue(messages, ['related', index], 'article.relatedDraftOnly', { slug: isolate(slug) }), locale });
	}
	return issues;
}

/**
 * The other articles that name `slug` among their related articles, in any language, sorted:
 * unpublishing or deleting `slug` would leave each of them naming an article the site does not
 * have, which the build refuses (`relatedConflict`), at the other article's file.
 */
export function relatedBy(slug: string, others: readonly ArticleClaimEntry[]): string[] {
	return [...new Set(others.filter((other) => other.slug !== slug && other.related.some((related) => related.slug === slug)).map((other) => other.slug))].sort();
}

/** What the rules read of an article, as one string: two versions are the same to the rules when these are equal. */
export function claimsKey(entry: ArticleClaimEntry): string {
	return JSON.stringify([
		entry.slug,
		entry.ref,
		entry.aliases.map(({ alias, locale, index }) => `${locale}:${index}:${alias}`).sort(),
		entry.related.map(({ slug, locale, index }) => `${locale}:${index}:${slug}`).sort(),
	]);
}

/**
 * Whether two versions of one article claim the same things (ref, aliases, related, in every
 * language), whatever order Decap listed its languages in.
 */
export function sameClaims(a: ArticleClaimEntry, b: ArticleClaimEntry): boolean {
	return claimsKey(a) === claimsKey(b);
}

/** The number a new article gets: the next after the highest any other article (published or draft) holds. */
export function nextFreeRef(refs: readonly unknown[]): number {
	return (
		Math.max(
			0,
			...refs
				.filter((ref) => typeof ref === 'number' || typeof ref === 'string')
				.map(Number)
				.filter(Number.isInteger),
		) + 1
	);
}

/**
 * A new article's number when another article has taken it since the form numbered it (two
 * editors who opened "new article" at the same moment get the same next number): the next free
 * one now, and who took the old one; undefined when the number is still its own. Only a new
 * article is renumbered: a published article's number is in its links and must not change.
 */
export function renumbering(mine: ArticleClaimEntry, others: readonly ArticleClaimEntry[]): { ref: number; takenBy: string } | undefined {
	if (typeof mine.ref !== 'number') return undefined;
	const owner = others.find((other) => other.slug !== mine.slug && other.ref === mine.ref);
	if (!owner) return undefined;
	return { ref: nextFreeRef(others.filter((other) => other.slug !== mine.slug).map((other) => other.ref)), takenBy: owner.slug };
}
