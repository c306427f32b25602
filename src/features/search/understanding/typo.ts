/**
 * Typo correction: the nearest indexed word within one edit (two for words of seven
 * letters or more), where swapping two neighbouring letters is one edit and hitting a
 * neighbouring key costs less than another letter, so "سفارس" (س beside ش on the Persian
 * layout) becomes سفارش rather than سفارت.
 */
import { foldLetters } from '../normalize.ts';

// Rows of the standard Persian (ISIRI 9147), Arabic (PC) and QWERTY layouts, letters
// only, as typed. Folded below, so the Arabic row's ي ك ة meet the Persian letters.
const LAYOUTS: readonly (readonly string[])[] = [
	['ضصثقفغعهخحجچ', 'شسیبلاتنمکگ', 'ظطزرذدپو'],
	['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرىةوزظ'],
	['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
];

const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
	const map = new Map<string, Set<string>>();
	const link = (a: string | undefined, b: string | undefined) => {
		if (!a || !b || a === b) return;
		(map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
		(map.get(b) ?? map.set(b, new Set()).get(b)!).add(a);
	};
	for (const layout of LAYOUTS) {
		const rows = layout.map((row) => [...foldLetters(row)]);
		rows.forEach((row, r) =>
			row.forEach((key, c) => {
				link(key, row[c + 1]);
				link(key, rows[r + 1]?.[c]);
				link(key, rows[r + 1]?.[c - 1]);
			}),
		);
	}
	return map;
})();

/** Whether two letters are next to each other on the Persian, Arabic or QWERTY layout. */
export function areNeighbours(a: string, b: string): boolean {
	return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** Cost of typing `b` where `a` was meant: less for a neighbouring key. */
const NEIGHBOUR_COST = 0.6;

/**
 * Optimal-string-alignment distance with cheaper neighbouring-key substitutions; stops
 * early (returns Infinity) once every path exceeds `limit`.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return Infinity;
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const x = a[i - 1]!;
			const y = b[j - 1]!;
			const substitution = x === y ? 0 : areNeighbours(x, y) ? NEIGHBOUR_COST : 1;
			let cost = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + substitution);
			if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) cost = Math.min(cost, rows[i - 2]![j - 2]! + 1);
			row[j] = cost;
			best = Math.min(best, cost);
		}
		if (best > limit) return Infinity;
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/** Edits allowed for a word: one, two from seven letters on. */
export function allowedEdits(word: string): number {
	return [...word].length >= 7 ? 2 : 1;
}

/**
 * The nearest word of `vocabulary` (word → number of pages containing it) within the
 * allowed edits, preferring the smaller distance, then the more frequent word; or
 * `undefined`. Words shorter than three letters are never corrected: too many words are
 * one edit from them.
 */
export function correctWord(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
	// Numbers are never typos of other numbers.
	if ([...word].length < 3 || /\d/.test(word)) return undefined;
	const limit = allowedEdits(word);
	let best: { word: string; distance: number; frequency: number } | undefined;
	for (const [candidate, frequency] of vocabulary) {
		if (candidate === word || candidate.length < 3 || /\d/.test(candidate)) continue;
		const distance = typoDistance(word, candidate, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) best = { word: candidate, distance, frequency };
	}
	return best?.word;
}
