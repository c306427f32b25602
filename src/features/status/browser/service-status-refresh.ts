/**
 * Refreshes every `<ServiceStatus>` on the page from the site's own
 * `/api/v2/summary.json` (its path comes from the embed's `data-status-api`, built by
 * src/core/urls.ts): an article built days ago then shows today's status. The
 * localized wording for each status is already in the page (a `<template>`), so this
 * only swaps elements; on any failure the status as built stays.
 */
export async function refreshServiceStatus(): Promise<void> {
	const embeds = [...document.querySelectorAll<HTMLElement>('[data-service-status]')];
	const api = embeds[0]?.dataset.statusApi;
	if (!api) return;
	let components: { id: string; status: string }[];
	try {
		const response = await fetch(api, { cache: 'no-cache', credentials: 'same-origin' });
		if (!response.ok) return;
		components = ((await response.json()) as { components: { id: string; status: string }[] }).components;
	} catch {
		return;
	}
	for (const embed of embeds) {
		const status = components.find((component) => component.id === embed.dataset.serviceStatus)?.status;
		const variant = embed.querySelector('template')?.content.querySelector(`[data-component-status="${status}"]`);
		const slot = embed.querySelector('[data-service-status-text]');
		if (!status || !variant || !slot || status === embed.dataset.status) continue;
		slot.replaceChildren(variant.cloneNode(true));
		embed.dataset.status = status;
	}
}
