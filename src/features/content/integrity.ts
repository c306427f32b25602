import { fileNameProblem, maxSlugLength, slugPattern } from '../../core/schema';
import type { ArticleData } from '../articles/article-schema';
import { locales } from '../../site.config';
import { PermalinkClaims } from './permalink-claims';
import { relatedConflict } from '../articles/related';

/**
 * Rules that span files: a single file's schema cannot know whether its category exists
 * or whether another article already took its `ref`. Each rule returns messages that name
 * the file and the field, the same way schema errors do.
 */

/** An article as the integrity rules see it: where it lives and what it says. */
export interface ArticleRecord {
	/** Collection id, `<locale>/<slug>`. */
	id: string;
	/** Path from the project root, for messages. */
	filePath: string;
	data: ArticleData;
}

/** What articles may refer to. */
export interface KnownIds {
	categories: readonly string[];
	/** Service ids; `undefined` while the site has no services collection. */
	services?: readonly string[];
}

/** Splits an article id (`fa/track-your-order`) into its locale folder and slug. */
export function splitArticleId(id: string): { locale: string; slug: string } {
	const slash = id.indexOf('/');
	return slash < 0 ? { locale: '', slug: id } : { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}

const list = (values: readonly string[]) => (values.length ? values.join(', ') : 'none defined');

/** Checks every cross-file rule for articles; returns one message per problem (empty when all is well). */
export function checkArticles(articles: readonly ArticleRecord[], known: KnownIds): string[] {
	const problems: string[] = [];
	const slugRef = new Map<string, ArticleRecord>();
	const slugs = new Set(articles.map((article) => splitArticleId(article.id).slug));
	// Ref and alias uniqueness are the permalink rules' (permalink-claims.ts); worded here for content files.
	type Claim = ArticleRecord & { slug: string; ref: number };
	const claimOf = (article: ArticleRecord): Claim => ({ ...article, slug: splitArticleId(article.id).slug, ref: article.data.ref });
	const claims = new PermalinkClaims<Claim>(articles.map(claimOf));

	for (const article of articles) {
		const { locale, slug } = splitArticleId(article.id);
		const file = article.filePath;
		const { data } = article;

		if (!(locales as readonly string[]).includes(locale)) {
			problems.push(`${file}: folder "${locale}" is not a site locale (expected articles/<${locales.join('|')}>/<slug>.mdx)`);
		}
		// Astro turns "Track Order.mdx" into the id "track-order"; the file itself must already be
		// the slug, or translations and links would pair up by a name nobody wrote.
		const fileName =
			file
				.split('/')
				.pop()
				?.replace(/\.mdx?$/, '') ?? slug;
		if (!slugPattern.test(slug) || fileName !== slug) {
			problems.push(`${file}: file name "${fileName === slug ? slug : fileName}" must be a lower-case Latin slug such as "track-your-order" (it becomes the URL)`);
		} else if (fileName.length > maxSlugLength) {
			problems.push(`${file}: ${fileNameProblem(fileName)}`);
		}
		if (!known.categories.includes(data.category)) {
			problems.push(`${file}: category "${data.category}" is not a known category (known: ${list(known.categories)})`);
		}

		const sameSlug = slugRef.get(slug);
		if (sameSlug && sameSlug.data.ref !== data.ref) {
			problems.push(`${file}: ref ${data.ref} differs from ref ${sameSlug.data.ref} in ${sameSlug.filePath}; translations of one article share its ref`);
		} else if (!sameSlug) {
			slugRef.set(slug, article);
		}

		const claim = claimOf(article);
		const owner = claims.claimRef(claim);
		if (owner) {
			problems.push(`${file}: ref ${data.ref} is already used by "${owner.slug}" (${owner.filePath}); every article needs its own ref`);
		}

		(data.related ?? []).forEach((related, index) => {
			const conflict = relatedConflict(slug, related, slugs);
			if (conflict === 'self') {
				problems.push(`${file}: related[${index}] "${related}" is the article itself`);
			} else if (conflict === 'unknown') {
				problems.push(`${file}: related[${index}] "${related}" is not the slug of any article`);
			}
		});

		(data.aliases ?? []).forEach((alias, index) => {
			const conflict = claims.claimAlias(claim, alias);
			if (conflict?.kind === 'slug') {
				problems.push(`${file}: aliases[${index}] "${alias}" is the slug of an existing article; an alias must be a retired slug`);
			} else if (conflict?.kind === 'alias') {
				problems.push(`${file}: aliases[${index}] "${alias}" is already an alias of "${conflict.owner.slug}" (${conflict.owner.filePath})`);
			}
		});

		if (data.services?.length) {
			data.services.forEach((service, index) => {
				if (!known.services?.includes(service)) {
					problems.push(`${file}: services[${index}] "${service}" is not a known service (known: ${list(known.services ?? [])})`);
				}
			});
		}
	}
	return problems;
}

/** Thrown when content breaks a cross-file rule; its message lists every problem. */
export class ContentIntegrityError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentIntegrityError';
	}
}

/** Throws a `ContentIntegrityError` listing the problems, if there are any. */
export function assertNoProblems(problems: readonly string[]): void {
	if (problems.length) throw new ContentIntegrityError(problems);
}
