/**
 * A static server that behaves like GitHub Pages for a project site: only paths under the base
 * exist, `dir/` serves `dir/index.html`, `dir` redirects to `dir/`, anything else is a 404 with
 * the site's 404.html. Text (HTML, CSS, JS, JSON, XML, SVG) is gzipped for clients that accept it,
 * as GitHub Pages does, so Lighthouse weighs what readers download; and, like GitHub Pages, every
 * response lets any origin read it (CORS), which a sandboxed embed's module scripts need.
 * Usage: node tests/support/pagesServer.ts [outDir] [base] [port]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE_PATH, OUT_DIR, PORT } from './site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

const [outDir = OUT_DIR, base = BASE_PATH, port = String(PORT)] = process.argv.slice(2);
const root = path.resolve(outDir);

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '';
  }
  const send = async (status: number, file: string) => {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', 'access-control-allow-origin': '*' };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const body = await readFile(file);
    res.end(gzip ? gzipSync(body) : body);
  };
  const notFound = () => send(404, path.join(root, '404.html'));

  if (!pathname.startsWith(base)) return notFound();
  const target = path.resolve(root, '.' + path.posix.normalize('/' + pathname.slice(base.length)));
  if (target !== root && !target.startsWith(root + path.sep)) return notFound();

  if (pathname.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return (await isFile(index)) ? send(200, index) : notFound();
  }
  if (await isFile(target)) return send(200, target);
  if (await isDir(target)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  return notFound();
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${outDir} at http://127.0.0.1:${port}${base}`);
});
