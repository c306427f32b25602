/**
 * A new article's number replaced at save (cms.ts, `preSave`), in every language's file. Decap
 * lets a `preSave` listener replace only the default language's data (`invokeEvent` sets the
 * entry's `data`); the translations' files are written from their own copies of the number,
 * which would keep the old one, and the build refuses languages whose numbers differ. So the
 * replacement is also made where each file is written (formats.ts), for the save under way only.
 */

let pending: { from: number; to: number } | undefined;

/** From the next file written on, `from` is written as `to` (until `renumberDone`). */
export function renumberWrites(from: number, to: number): void {
	pending = { from, to };
}

/** The save is over (saved, refused or failed): numbers are written as they are again. */
export function renumberDone(): void {
	pending = undefined;
}

/** The number a file is written with. */
export function writtenRef(ref: unknown): unknown {
	return pending && ref === pending.from ? pending.to : ref;
}
