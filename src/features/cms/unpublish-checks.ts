/**
 * Decap's **Unpublish** deletes the published files, then saves the entry as a draft, and that
 * save runs the save check (`preSave`) again, with a second look-up of the Git host. The same
 * check ran moments before in `preUnpublish`, before anything was deleted. Were the second
 * look-up to fail (network, the host's limits) and the save refused for it, the article would
 * be off the site with no draft. So an entry whose unpublish check passed is remembered here
 * (by its key and what the rules read of it), for a short while, and its draft save is not
 * refused for a failed look-up; a look-up that answers still refuses a real clash.
 */

/** How long an unpublish check vouches for the draft save that follows it. */
export const unpublishCheckMs = 120_000;

/** The unpublish checks that passed, by entry key, until their draft save (or their time) is over. */
export class CheckedUnpublishes {
	readonly #checked = new Map<string, { at: number; claims: string }>();

	/**
	 * @param now the clock (a test's own).
	 * @param ttlMs how long a passed check vouches for the save.
	 */
	constructor(
		private readonly now: () => number = Date.now,
		private readonly ttlMs: number = unpublishCheckMs,
	) {}

	/** The check of `key` passed, for the entry as the rules read it (`claims`). */
	remember(key: string, claims: string): void {
		this.#forgetOld();
		this.#checked.set(key, { at: this.now(), claims });
	}

	/**
	 * Whether the save of `key` (with these `claims`) is the draft save of an unpublish whose
	 * check passed moments ago; true once only (a later save of the draft is checked in full).
	 */
	take(key: string, claims: string): boolean {
		this.#forgetOld();
		const checked = this.#checked.get(key);
		this.#checked.delete(key);
		return checked !== undefined && checked.claims === claims;
	}

	/** The unpublish did not happen (its check or its deletion failed): nothing to vouch for. */
	forget(key: string): void {
		this.#checked.delete(key);
	}

	/** How many checks are remembered (for tests: the memory stays bounded). */
	get size(): number {
		return this.#checked.size;
	}

	#forgetOld(): void {
		const now = this.now();
		for (const [key, { at }] of this.#checked) if (now - at > this.ttlMs) this.#checked.delete(key);
	}
}
