import type { APIRoute } from 'astro';
import { feed } from '../../data/feed.ts';

export const GET: APIRoute = ({ site }) => feed('en', site);
