import { expandQuery, normalizeForSearch, type SearchTextOptions } from './normalize';

/**
 * Highlights search hits in the author's own text. Pagefind only knows the folded index
 * text, so its excerpts would show readers "ی" for "ي" and 72 for ۷۲; instead the
 * display text is cut and marked here, word by word, by comparing each word's canonical
 * spelling with the canonical query tokens. Browser-safe (used by the search module).
 */

/** A run of display text; `hit` runs are shown inside `<mark>`. */
export interface Segment {
	text: string;
	hit: boolean;
}

/** The canonical tokens of a query, as Pagefind receives them. */
export function queryTokens(query: string, options: SearchTextOptions = {}): string[] {
	return expandQuery(query, options).split(' ').filter(Boolean);
}

// Words and the separators between them; ZWNJ stays inside a word (it joins a compound).
const WORDS = /[^\s]+|\s+/g;
// Joined compounds typed as one token ("کتابها") may be written as up to this many
// display words ("کتاب ها").
const MAX_PARTS = 4;

/** Canonical spelling of one display word, spaces removed ("۷۲ساعته" → "72ساعته"). */
function canonicalWord(word: string): string {
	return normalizeForSearch(word).replace(/ /g, '');
}

interface SplitText {
	pieces: string[];
	words: { piece: string; index: number; canonical: string }[];
	wordIndexes: number[];
}

// Texts split and folded recently: the search page re-renders the same results on every
// keystroke, and folding every word of ten article texts is most of a keystroke's work.
const MAX_SPLIT_TEXTS = 64;
const splitTexts = new Map<string, SplitText>();

function splitText(text: string): SplitText {
	let split = splitTexts.get(text);
	if (!split) {
		const pieces = text.match(WORDS) ?? [];
		const words = pieces.map((piece, index) => ({ piece, index, canonical: /^\s+$/.test(piece) ? '' : canonicalWord(piece) }));
		const wordIndexes = words.filter((w) => w.canonical !== '' || !/^\s+$/.test(w.piece)).map((w) => w.index);
		split = { pieces, words, wordIndexes };
		if (splitTexts.size >= MAX_SPLIT_TEXTS) splitTexts.delete(splitTexts.keys().next().value!);
	}
	// Most recently used last, so the oldest is dropped first.
	splitTexts.delete(text);
	splitTexts.set(text, split);
	return split;
}

/**
 * Marks every word (or run of words forming a compound) of `text` whose canonical
 * spelling starts with one of `tokens`, as Pagefind prefix-matches every term.
 */
export function highlight(text: string, tokens: readonly string[]): Segment[] {
	const { pieces, words, wordIndexes } = splitText(text);
	const hit = new Array<boolean>(pieces.length).fill(false);
	for (let i = 0; i < wordIndexes.length; i++) {
		for (const token of tokens) {
			let joined = '';
			for (let j = i; j < Math.min(wordIndexes.length, i + MAX_PARTS); j++) {
				joined += words[wordIndexes[j]!]!.canonical;
				if (joined.startsWith(token)) {
					// Mark the words and the spaces between them.
					for (let k = wordIndexes[i]!; k <= wordIndexes[j]!; k++) hit[k] = true;
					break;
				}
				if (!token.startsWith(joined) || joined === '') break;
			}
		}
	}
	const segments: Segment[] = [];
	pieces.forEach((piece, index) => {
		const previous = segments[segments.length - 1];
		if (previous && previous.hit === hit[index]) previous.text += piece;
		else segments.push({ text: piece, hit: hit[index]! });
	});
	return segments;
}

/**
 * A short excerpt of `text` (about `length` characters, whole words) around its first
 * hit, with the hits marked. Without a hit, the start of the text. An ellipsis marks
 * each cut.
 */
export function excerpt(text: string, tokens: readonly string[], length = 180): Segment[] {
	const flat = text.replace(/\s+/g, ' ').trim();
	const segments = highlight(flat, tokens);
	let offset = 0;
	let firstHit = -1;
	for (const segment of segments) {
		if (segment.hit) {
			firstHit = offset;
			break;
		}
		offset += segment.text.length;
	}
	let start = firstHit < 0 ? 0 : Math.max(0, firstHit - Math.floor(length / 3));
	let end = Math.min(flat.length, start + length);
	// Snap to word boundaries so no word is cut in half.
	if (start > 0) {
		const space = flat.indexOf(' ', start);
		start = space < 0 || space > (firstHit < 0 ? end : firstHit) ? start : space + 1;
	}
	if (end < flat.length) {
		const space = flat.lastIndexOf(' ', end);
		if (space > start) end = space;
	}
	return slice(segments, start, end, start > 0, end < flat.length);
}

function slice(segments: readonly Segment[], start: number, end: number, before: boolean, after: boolean): Segment[] {
	const result: Segment[] = [];
	let offset = 0;
	for (const segment of segments) {
		const from = Math.max(start, offset);
		const to = Math.min(end, offset + segment.text.length);
		if (to > from) result.push({ text: segment.text.slice(from - offset, to - offset), hit: segment.hit });
		offset += segment.text.length;
	}
	if (before) result.unshift({ text: '… ', hit: false });
	if (after) result.push({ text: ' …', hit: false });
	return result;
}
