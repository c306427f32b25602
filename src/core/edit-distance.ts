/**
 * Levenshtein distance between two strings: how many single-character insertions,
 * deletions or substitutions turn `a` into `b`. Used to suggest the id an editor probably
 * meant when a reference is unknown ("paymnt" → "payment-gateway").
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
