/**
 * The one owner of the permalink uniqueness rules (a `ref` per article, an alias per retired
 * slug), with no imports: the build (permalinks.ts, integrity.ts) and the CMS in the browser
 * (src/features/cms/article-claims.ts, before a save) ask the same class.
 */

/** What the uniqueness rules need to know of an article translation. */
export interface PermalinkClaim {
	slug: string;
	ref: number;
	/** Path from the project root, for messages. */
	filePath: string;
}

/** Why an alias cannot be an article's: it is a live slug, or another article already has it. */
export type AliasConflict<Article extends PermalinkClaim> = { kind: 'slug'; owner: PermalinkClaim } | { kind: 'alias'; owner: Article };

/**
 * The one owner of the permalink uniqueness rules: a `ref` belongs to one article (all its
 * translations share it), an alias is a retired slug (never a live one) and belongs to
 * one article. The content integrity check and the redirect table both ask it, each
 * wording the answer for its reader, so the two can never disagree on what collides.
 * Articles are claimed in order; the first claim wins.
 */
export class PermalinkClaims<Article extends PermalinkClaim> {
	private readonly refOwner = new Map<number, Article>();
	private readonly aliasOwner = new Map<string, Article>();
	private readonly slugOwner = new Map<string, PermalinkClaim>();

	/** `articles`: every translation of the site, so live slugs are known before any alias is claimed. */
	constructor(articles: readonly PermalinkClaim[]) {
		for (const article of articles) if (!this.slugOwner.has(article.slug)) this.slugOwner.set(article.slug, article);
	}

	/** Claims `article`'s ref; returns the article of another slug that already has it. */
	claimRef(article: Article): Article | undefined {
		const owner = this.refOwner.get(article.ref);
		if (!owner) this.refOwner.set(article.ref, article);
		return owner && owner.slug !== article.slug ? owner : undefined;
	}

	/** Claims `alias` for `article`; returns why it cannot have it, if it cannot. */
	claimAlias(article: Article, alias: string): AliasConflict<Article> | undefined {
		const slugOwner = this.slugOwner.get(alias);
		if (slugOwner) return { kind: 'slug', owner: slugOwner };
		const owner = this.aliasOwner.get(alias);
		if (!owner) this.aliasOwner.set(alias, article);
		return owner && owner.slug !== article.slug ? { kind: 'alias', owner } : undefined;
	}
}
