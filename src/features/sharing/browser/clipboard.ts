/**
 * Copies text and says so in a live region. Shared by the article's share buttons and the
 * agent console so both announce the same way.
 */
export async function copyAndAnnounce(text: string, status: HTMLElement, done: string, failed: string): Promise<boolean> {
	let ok = true;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		ok = false;
	}
	// Emptied first so a second copy of the same kind is announced again.
	status.textContent = '';
	setTimeout(() => (status.textContent = ok ? done : failed), 30);
	return ok;
}
