import { slugPattern } from '../../core/schema';
import type { Locale } from '../../site.config';
import { articlePath, goPath, localePath, notFoundPath } from '../../core/urls';
import { PermalinkClaims } from './permalink-claims';

/**
 * Permanent links: `/go/<ref>/` and `/<locale>/go/<ref>/` lead to an article whatever it
 * is called today, and `aliases` keep retired slugs working. One redirect table feeds the
 * HTML redirect pages (hosts without server rules) and `dist/_redirects` (hosts with
 * them), so both always agree. Pure: no Astro, no file system.
 *
 * Every path is assembled from values that passed an allow-list (a slug matching
 * `slugPattern`, a site locale, a positive whole ref), and the writers check each path
 * again by its exact shape (`assertRedirectPath`), so no raw text can ever reach a rule:
 * an alias with a line break in it would otherwise write rules of its own into `_redirects`.
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

/** Is `value` a whole number usable as a `/go/<ref>/` ref? */
const isRef = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** Is `value` a slug (lower-case Latin kebab-case, `slugPattern`)? */
const isSlug = (value: unknown): value is string => typeof value === 'string' && slugPattern.test(value);

/** The shapes of path a redirect rule may name, and what each part must be. */
type PathShape = { kind: 'go'; ref: number; locale?: Locale } | { kind: 'article'; locale: Locale; slug: string };

/**
 * What a redirect path is, or `undefined` when it is not exactly one of `/go/<ref>/`,
 * `/<locale>/go/<ref>/` or `/<locale>/articles/<slug>/` with a valid ref, one of
 * `locales` and a valid slug. Parsing by exact shape (not looking for bad characters)
 * is the point: anything not known to be safe is refused.
 */
export function redirectPathShape(path: string, locales: readonly Locale[]): PathShape | undefined {
	const parts = path.split('/');
	if (parts[0] !== '' || parts.at(-1) !== '') return undefined;
	const segments = parts.slice(1, -1);
	const asRef = (text: string | undefined) => (text && /^[1-9][0-9]{0,15}$/.test(text) && isRef(Number(text)) ? Number(text) : undefined);
	const asLocale = (text: string | undefined) => locales.find((locale) => locale === text);
	if (segments.length === 2 && segments[0] === 'go') {
		const ref = asRef(segments[1]);
		return ref === undefined ? undefined : { kind: 'go', ref };
	}
	if (segments.length !== 3) return undefined;
	const locale = asLocale(segments[0]);
	if (!locale) return undefined;
	if (segments[1] === 'go') {
		const ref = asRef(segments[2]);
		return ref === undefined ? undefined : { kind: 'go', ref, locale };
	}
	if (segments[1] === 'articles' && isSlug(segments[2])) return { kind: 'article', locale, slug: segments[2] };
	return undefined;
}

/**
 * `path` if it is a redirect path `redirectPathShape` accepts (and, with `kind`, of that
 * kind), else an error naming it and `what` it was for. Writers call this right before
 * printing a path, so a value that slipped past the table still stops the build.
 */
export function assertRedirectPath(path: string, locales: readonly Locale[], what: string, kind?: PathShape['kind']): string {
	const shape = redirectPathShape(path, locales);
	if (!shape || (kind && shape.kind !== kind)) {
		throw new Error(`${what}: ${JSON.stringify(path)} is not a valid ${kind === 'article' ? 'article path (/<locale>/articles/<slug>/)' : 'redirect path'}`);
	}
	return path;
}

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
export function buildRedirectTable(allArticles: readonly PermalinkArticle[], options: PermalinkOptions): RedirectTable {
	const problems: string[] = [];
	// Only values on the allow-lists become paths; anything else is reported and left out.
	// The schemas refuse these too; this holds even for a caller that skipped them.
	const articles: PermalinkArticle[] = [];
	for (const article of allArticles) {
		const bad = [
			...(isSlug(article.slug) ? [] : [`slug ${JSON.stringify(article.slug)} is not a slug (lower-case Latin letters, digits and single hyphens)`]),
			...(options.locales.includes(article.locale) ? [] : [`locale ${JSON.stringify(article.locale)} is not one of ${options.locales.join(', ')}`]),
			...(isRef(article.ref) ? [] : [`ref ${JSON.stringify(article.ref)} is not a positive whole number`]),
			...(article.aliases ?? []).flatMap((alias, index) => (isSlug(alias) ? [] : [`aliases[${index}] ${JSON.stringify(alias)} is not a slug (lower-case Latin letters, digits and single hyphens)`])),
		];
		if (bad.length) problems.push(...bad.map((reason) => `${article.filePath}: ${reason}; no redirect is written for it`));
		else articles.push(article);
	}
	const bySlug = new Map<string, PermalinkArticle[]>();
	for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);

	const claims = new PermalinkClaims<PermalinkArticle>(articles);
	/** Paths whose clash a specific message above already names. */
	const explained = new Set<string>();
	for (const article of articles) {
		const first = claims.claimRef(article);
		if (first) {
			problems.push(`${article.filePath}: ref ${article.ref} is also the ref of "${first.slug}" (${first.filePath}); ${goPath(article.ref)} would lead to two articles`);
			explained.add(goPath(article.ref));
			for (const locale of options.locales) explained.add(goPath(article.ref, locale));
		}
		(article.aliases ?? []).forEach((alias, index) => {
			const conflict = claims.claimAlias(article, alias);
			if (conflict?.kind === 'slug') {
				problems.push(`${article.filePath}: aliases[${index}] "${alias}" is the slug of ${conflict.owner.filePath}; an alias must be a retired slug`);
			} else if (conflict?.kind === 'alias') {
				problems.push(`${article.filePath}: aliases[${index}] "${alias}" is already an alias of "${conflict.owner.slug}" (${conflict.owner.filePath})`);
				for (const locale of options.locales) explained.add(articlePath(locale, alias));
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
			redirects.push({ from: goPath(ref, locale), to: articlePath(target, slug), slug, toLocale: target, kind: 'go', locale, ref, sources });
		}
		const fallback = pickLocale(available, options.defaultLocale, options)!;
		redirects.push({
			from: goPath(ref),
			to: articlePath(fallback, slug),
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
					from: articlePath(locale, alias),
					to: articlePath(locale, slug),
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
			problems.push(`${redirect.sources.join(', ')}: ${redirect.from} would lead to ${redirect.to}, but ${earlier.sources.join(', ')} already sends it to ${earlier.to}`);
		}
	}
	return { redirects: unique.sort((a, b) => a.from.localeCompare(b.from)), problems };
}

/**
 * `_redirects` in the Netlify / Cloudflare Pages format: one permanent (301) rule per
 * redirect, then a catch-all per language so unknown paths get that language's 404 page.
 * Specific rules come first because the first matching rule wins.
 *
 * Every path is checked by its exact shape right here, and every finished rule line again
 * for its three fields, so a value that fails stops the build naming it instead of
 * writing a rule (a newline, a `:splat` or a `302!` in an alias would add rules of its own).
 */
export function redirectsFile(redirects: readonly Redirect[], locales: readonly Locale[], languageLines: readonly string[] = []): string {
	for (const locale of locales) {
		if (!/^[a-z]{2,3}$/.test(locale)) throw new Error(`_redirects: locale ${JSON.stringify(locale)} is not a language code`);
	}
	const rules = redirects.map((redirect) => ({
		from: assertRedirectPath(redirect.from, locales, `_redirects rule for ${redirect.sources.join(', ')}`),
		to: assertRedirectPath(redirect.to, locales, `_redirects rule for ${redirect.sources.join(', ')}`, 'article'),
	}));
	const width = Math.max(0, ...rules.map((rule) => rule.from.length), ...locales.map((locale) => `${localePath(locale)}*`.length));
	const ruleLines = [
		...rules.map((rule) => `${rule.from.padEnd(width)}  ${rule.to}  301`),
		'# Unknown paths: the 404 page of their language.',
		...locales.map((locale) => `${`${localePath(locale)}*`.padEnd(width)}  ${notFoundPath(locale)}  404`),
	];
	for (const line of ruleLines) {
		if (!line.startsWith('#') && !/^\/[a-z0-9/*-]* +\/[a-z0-9/-]+ {2}(?:301|404)$/.test(line)) {
			throw new Error(`_redirects: refusing to write the malformed rule ${JSON.stringify(line)}`);
		}
	}
	const lines = [
		'# Generated by Bayan at build time (src/features/content/redirects-integration.ts); edits are overwritten.',
		'# Permanent links and retired slugs: real 301s for hosts that read this file.',
		...ruleLines.filter((line) => !line.endsWith('404') && !line.startsWith('# Unknown')),
		// `/` by the visitor's language (see deploy.ts): before the catch-all 404s, which stay last.
		...(languageLines.length > 0 ? ["# '/': the visitor's language where the host reads Accept-Language, else the default.", ...languageLines] : []),
		...ruleLines.filter((line) => line.endsWith('404') || line.startsWith('# Unknown')),
	];
	return `${lines.join('\n')}\n`;
}
