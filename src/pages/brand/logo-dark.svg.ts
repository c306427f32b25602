import type { APIRoute } from 'astro';
import { brand } from '../../core/brand';

/** The brand's logo for dark backgrounds (the light one when none is configured). */
export const GET: APIRoute = () => new Response(brand.logo.dark, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
