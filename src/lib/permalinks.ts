import type { Locale } from '../site.config';

/**
 * Permanent links: `/go/<ref>/` and `/<locale>/go/<ref>/` lead to an article whatever it
 * is called today, and `aliases` keep retired slugs working. One redirect table feeds the
 * HTML redirect pages (hosts without server rules) and `dist/_redirects` (hosts with
 * them), so both always agree. Pure: no Astro, no file system.
 */

/** An article translation as the permalink rules see it. */
export interface PermalinkArticle {
	locale: Locale;
	slug: string;
	ref: number;
	aliases?: readonly string[];
	/** Path from the project root, for messages. */
	filePath: string;
}

/** Which languages exist and which one `/go/<ref>/` prefers. */
export interface PermalinkOptions {
	locales: readonly Locale[];
	defaultLocale: Locale;
}

/** One permanent redirect. */
export interface Redirect {
	/** Path that must keep working, e.g. `/fa/go/3/` or `/fa/articles/where-is-my-order/`. */
	from: string;
	/** Path of the article page it leads to. */
	to: string;
	/** Slug and language of that page. */
	slug: string;
	toLocale: Locale;
	kind: 'go' | 'alias';
	/** Language of the page the redirect page itself is written in. */
	locale: Locale;
	ref: number;
	/** Files that asked for this path, for collision messages. */
	sources: readonly string[];
}

/** The redirect table, or the reasons it cannot be built. */
export interface RedirectTable {
	redirects: Redirect[];
	/** One message per collision, naming the files; empty when all is well. */
	problems: string[];
}

/** `/go/<ref>/` (no locale: the default locale's, falling back), or `/<locale>/go/<ref>/`. */
export function goPath(ref: number, locale?: Locale): string {
	return locale ? `/${locale}/go/${ref}/` : `/go/${ref}/`;
}

/** Path of an article page (same shape as `articlePath` in urls.ts, kept here so this module stays pure). */
const articlePagePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`;

/**
 * The language a link asking for `wanted` should open: `wanted` itself if the article is
 * written in it, else the default locale, else the first language (site order) it exists in.
 */
export function pickLocale(available: readonly Locale[], wanted: Locale, options: PermalinkOptions): Locale | undefined {
	if (available.includes(wanted)) return wanted;
	if (available.includes(options.defaultLocale)) return options.defaultLocale;
	return options.locales.find((locale) => available.includes(locale));
}

/**
 * Builds every permanent redirect and detects every collision: an alias that is an
 * existing slug, an alias claimed by two articles, a ref shared by two articles (its
 * `/go/` link would be ambiguous), and any two redirects from one path to different pages.
 */
export function buildRedirectTable(articles: readonly PermalinkArticle[], options: PermalinkOptions): RedirectTable {
	const problems: string[] = [];
	const bySlug = new Map<string, PermalinkArticle[]>();
	for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);

	const slugOfRef = new Map<number, PermalinkArticle>();
	/** Paths whose clash a specific message above already names. */
	const explained = new Set<string>();
	const aliasOwner = new Map<string, PermalinkArticle>();
	for (const article of articles) {
		const first = slugOfRef.get(article.ref);
		if (!first) slugOfRef.set(article.ref, article);
		else if (first.slug !== article.slug) {
			problems.push(
				`${article.filePath}: ref ${article.ref} is also the ref of "${first.slug}" (${first.filePath}); ${goPath(article.ref)} would lead to two articles`,
			);
			explained.add(goPath(article.ref));
			for (const locale of options.locales) explained.add(goPath(article.ref, locale));
		}
		(article.aliases ?? []).forEach((alias, index) => {
			const slugOwner = bySlug.get(alias)?.[0];
			if (slugOwner) {
				problems.push(
					`${article.filePath}: aliases[${index}] "${alias}" is the slug of ${slugOwner.filePath}; an alias must be a retired slug`,
				);
				return;
			}
			const owner = aliasOwner.get(alias);
			if (owner && owner.slug !== article.slug) {
				problems.push(`${article.filePath}: aliases[${index}] "${alias}" is already an alias of "${owner.slug}" (${owner.filePath})`);
				for (const locale of options.locales) explained.add(articlePagePath(locale, alias));
			} else if (!owner) {
				aliasOwner.set(alias, article);
			}
		});
	}

	const redirects: Redirect[] = [];
	for (const [slug, versions] of bySlug) {
		const available = versions.map((version) => version.locale);
		const ref = versions[0]!.ref;
		const sources = versions.map((version) => version.filePath);
		for (const locale of options.locales) {
			const target = pickLocale(available, locale, options)!;
			redirects.push({ from: goPath(ref, locale), to: articlePagePath(target, slug), slug, toLocale: target, kind: 'go', locale, ref, sources });
		}
		const fallback = pickLocale(available, options.defaultLocale, options)!;
		redirects.push({
			from: goPath(ref),
			to: articlePagePath(fallback, slug),
			slug,
			toLocale: fallback,
			kind: 'go',
			locale: options.defaultLocale,
			ref,
			sources,
		});
		// Translations share a slug, so a retired slug was retired in every language: the alias
		// works in all of them (the article route exists in every language, translated or not).
		const aliases = new Set(versions.flatMap((version) => version.aliases ?? []));
		for (const alias of aliases) {
			if (bySlug.has(alias)) continue;
			for (const locale of options.locales) {
				redirects.push({
					from: articlePagePath(locale, alias),
					to: articlePagePath(locale, slug),
					slug,
					toLocale: locale,
					kind: 'alias',
					locale,
					ref,
					sources: versions.filter((version) => version.aliases?.includes(alias)).map((version) => version.filePath),
				});
			}
		}
	}

	// Whatever the rules above miss, two redirects from one path to different places must
	// never both be written; clashes the rules above explained are not reported twice.
	const seen = new Map<string, Redirect>();
	const unique: Redirect[] = [];
	for (const redirect of redirects) {
		const earlier = seen.get(redirect.from);
		if (!earlier) {
			seen.set(redirect.from, redirect);
			unique.push(redirect);
		} else if (earlier.to !== redirect.to && !explained.has(redirect.from)) {
			problems.push(
				`${redirect.sources.join(', ')}: ${redirect.from} would lead to ${redirect.to}, but ${earlier.sources.join(', ')} already sends it to ${earlier.to}`,
			);
		}
	}
	return { redirects: unique.sort((a, b) => a.from.localeCompare(b.from)), problems };
}

/**
 * `_redirects` in the Netlify / Cloudflare Pages format: one permanent (301) rule per
 * redirect, then a catch-all per language so unknown paths get that language's 404 page.
 * Specific rules come first because the first matching rule wins.
 */
export function redirectsFile(redirects: readonly Redirect[], locales: readonly Locale[]): string {
	const width = Math.max(0, ...redirects.map((redirect) => redirect.from.length), ...locales.map((locale) => `/${locale}/*`.length));
	const lines = [
		'# Generated by Bayan at build time (src/integrations/redirects.ts); edits are overwritten.',
		'# Permanent links and retired slugs: real 301s for hosts that read this file.',
		...redirects.map((redirect) => `${redirect.from.padEnd(width)}  ${redirect.to}  301`),
		'# Unknown paths: the 404 page of their language.',
		...locales.map((locale) => `${`/${locale}/*`.padEnd(width)}  /${locale}/404/  404`),
	];
	return `${lines.join('\n')}\n`;
}
