/**
 * Checks on notices and channels that neither a Zod schema nor `checkNoticeReferences`
 * can make. Pure: callers pass file contents and ids, so the rules are unit-tested without
 * Astro, and `notices-content.ts` runs them on every build.
 */

/** The frontmatter fields that hold instants and therefore need an explicit offset. */
export const instantFields = ['start', 'end'] as const;

const offsetPattern = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reports `start`/`end` values written without a time-zone offset, from the raw
 * frontmatter of a notice file.
 *
 * Why read the raw text: YAML parses an unquoted `start: 2026-11-22T09:00:00` (or a bare
 * date) into a `Date` *before* the schema sees it, treating it as UTC, so Tehran readers
 * would see the notice three and a half hours late. The schema cannot tell that `Date` from
 * one with an offset; only the source can. `siteOffset` (e.g. `+03:30`) is used in the hint.
 */
export function checkInstantOffsets(
	filePath: string,
	source: string,
	siteOffset = '+03:30',
	/** Keys holding instants. Notices: top-level `start`/`end`; incidents also nest `at`, `start`, `end` in lists and objects. */
	keys: { names: readonly string[]; nested: boolean } = { names: instantFields, nested: false },
): string[] {
	const frontmatter = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
	if (frontmatter === undefined) return [];
	const problems: string[] = [];
	for (const line of frontmatter.split(/\r?\n/)) {
		// Notices: top-level keys only (`hours.from`/`to` are calendar dates and need no offset).
		const match = new RegExp(`^${keys.nested ? '\\s*(?:-\\s+)?' : ''}(${keys.names.join('|')})\\s*:\\s*(.*)$`).exec(line);
		if (!match) continue;
		const [, field, rawValue] = match as unknown as [string, string, string];
		const value = unquote(stripComment(rawValue).trim());
		if (value === '' || offsetPattern.test(value)) continue;
		problems.push(
			`${filePath}: ${field} "${value}" has no time-zone offset, so it would be read as UTC; write it with the site's offset, e.g. ${field}: "${example(value, siteOffset)}"`,
		);
	}
	return problems;
}

/** A channel as the region check sees it. */
export interface ChannelRecord {
	id: string;
	filePath: string;
	region?: string | undefined;
}

/** Reports channels whose `region` is not the id of a file in `src/content/regions/`. */
export function checkChannelRegions(channels: readonly ChannelRecord[], regions: Iterable<string>): string[] {
	const known = [...regions].sort();
	const set = new Set(known);
	return channels
		.filter((channel) => channel.region !== undefined && !set.has(channel.region))
		.map(
			(channel) =>
				`${channel.filePath}: region "${channel.region}" is not a known region (known: ${known.length ? known.join(', ') : 'none defined'})`,
		);
}

function stripComment(value: string): string {
	// A YAML comment starts with " #"; a "#" inside quotes is text.
	const quoted = /^(["'])(.*?)\1/.exec(value.trim());
	if (quoted) return quoted[0];
	const hash = value.search(/\s#/);
	return hash < 0 ? value : value.slice(0, hash);
}

function unquote(value: string): string {
	const quoted = /^(["'])(.*)\1$/.exec(value);
	return quoted ? quoted[2]! : value;
}

function example(value: string, offset: string): string {
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
	return `${dateOnly ? `${value}T00:00:00` : value}${offset}`;
}
