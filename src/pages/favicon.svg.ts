import type { APIRoute } from 'astro';
import { brand } from '../core/brand';

/** The browser-tab icon from the brand (`logo.icon`, else the light logo). */
export const GET: APIRoute = () => new Response(brand.logo.icon, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
