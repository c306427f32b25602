/**
 * Decap's **Unpublish** deletes the published files, then saves the entry as a draft, and that
 * save runs the save check (`preSave`) again, with a second look-up of the Git host. The same
 * check ran moments before in `preUnpublish`, before anything was deleted. Were the second
 * look-up to fail (network, the host's limits) and the save refused for it, the article would
 * be off the site with no draft. So an entry whose unpublish check passed is remembered here
 * (by its key and what the rules read of it), and vouches for its draft save once the deletion
 * is done (`confirm`, from Decap's `postUnpublish`, which runs only after the files are deleted),
 * for a short while from then: however long the deletion took, and never for a save of an entry
 * whose deletion failed (still published, checked in full). That one save is then not refused:
 * a failed look-up is passed over, and a clash that appeared during the deletion is told as a
 * warning; the publish checks the draft again.
 */

/** How long an unpublish check vouches for the draft save that follows it. */
export const unpublishCheckMs = 120_000;

/** The unpublish checks that passed, by entry key, until their draft save (or their time) is over. */
export class CheckedUnpublishes {
	/** `at` is when the deletion was confirmed, undefined while it is under way (since `since`). */
	readonly #checked = new Map<string, { at: number | undefined; since: number; claims: string }>();

	/**
	 * @param now the clock (a test's own).
	 * @param ttlMs how long a passed check vouches for the save.
	 */
	constructor(
		private readonly now: () => number = Date.now,
		private readonly ttlMs: number = unpublishCheckMs,
	) {}

	/** The check of `key` passed, for the entry as the rules read it (`claims`); its deletion is under way. */
	remember(key: string, claims: string): void {
		this.#forgetOld();
		this.#checked.set(key, { at: undefined, since: this.now(), claims });
	}

	/** The published files of `key` are deleted: its draft save comes next, vouched for from now. */
	confirm(key: string): void {
		const checked = this.#checked.get(key);
		if (checked) checked.at = this.now();
	}

	/**
	 * Whether the save of `key` (with these `claims`) is the draft save of an unpublish whose
	 * check passed moments ago; true once only (a later save of the draft is checked in full).
	 */
	take(key: string, claims: string): boolean {
		this.#forgetOld();
		const checked = this.#checked.get(key);
		this.#checked.delete(key);
		return checked?.at !== undefined && checked.claims === claims;
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
		// A deletion that never reported back (the tab's request hung, or failed without a retry) is
		// dropped after ten times the vouching time, so the memory stays bounded.
		for (const [key, { at, since }] of this.#checked) if (at === undefined ? now - since > 10 * this.ttlMs : now - at > this.ttlMs) this.#checked.delete(key);
	}
}
