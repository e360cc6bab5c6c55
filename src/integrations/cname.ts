/** Writes GitHub Pages' CNAME file when CUSTOM_DOMAIN is set (e.g. `explicador.example.org`). */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** A bare host name: letters, digits, hyphens and dots, no scheme or path. */
export function customDomain(value: string | undefined): string | undefined {
  const domain = value?.trim();
  if (!domain) return undefined;
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domain)) {
    throw new Error(`CUSTOM_DOMAIN: "${domain}" is not a host name such as explicador.example.org`);
  }
  return domain.toLowerCase();
}

export function cname(): AstroIntegration {
  const domain = customDomain(process.env.CUSTOM_DOMAIN);
  return {
    name: 'cname',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!domain) return;
        await writeFile(new URL('CNAME', dir), `${domain}\n`);
        logger.info(`CNAME: ${domain}`);
      },
    },
  };
}
