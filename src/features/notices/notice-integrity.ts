/**
 * Checks on notices and channels that neither a Zod schema nor `checkNoticeReferences`
 * can make. Pure: callers pass ids, so the rules are unit-tested without Astro, and
 * `notices-content.ts` runs them on every build. (Offsets of instants need no check of
 * their own any more: the content reader keeps timestamps as written, and the `instant`
 * schema refuses one without an offset wherever it is written.)
 */

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
