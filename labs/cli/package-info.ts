/** Name, version and homepage from the project's package.json. */
import { readFileSync } from 'node:fs';

export interface PackageInfo {
  version: string;
  homepage?: string;
}

let cached: PackageInfo | null = null;

export function packageInfo(): PackageInfo {
  if (!cached) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string; homepage?: string };
    cached = { version: pkg.version ?? '0.0.0' };
    if (typeof pkg.homepage === 'string' && pkg.homepage !== '') cached.homepage = pkg.homepage;
  }
  return cached;
}
