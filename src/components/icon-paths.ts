/**
 * The path data of the site's small inline SVG icons, shared by `Icon.astro` and the
 * content pipeline (which writes the same icon into callouts it renders ahead of time).
 */
export const iconPaths: Record<string, string> = {
	box: 'M3 7l9-4 9 4-9 4-9-4zm0 0v10l9 4 9-4V7M12 11v10',
	truck: 'M2 6h11v10H2zM13 10h4l4 4v2h-8M6 19a2 2 0 1 0 0-.01M17 19a2 2 0 1 0 0-.01',
	card: 'M2 6h20v12H2zM2 10h20M6 15h4',
	store: 'M3 9l2-5h14l2 5M3 9h18v2a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0zM5 13v7h14v-7M10 20v-4h4v4',
	user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
	return: 'M9 14l-5-5 5-5M4 9h10a6 6 0 0 1 0 12h-3',
	shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
	chat: 'M4 5h16v11H9l-5 4z',
	info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6M12 7v.5',
	alert: 'M12 3l10 18H2zM12 10v5M12 18v.5',
	arrow: 'M5 12h14M13 6l6 6-6 6',
};
