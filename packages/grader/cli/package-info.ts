/** Version and homepage of @w7/grader, read from its package.json at build time (the bundles inline it). */
import pkg from '../package.json' with { type: 'json' };

export interface PackageInfo {
  version: string;
  homepage?: string;
}

export function packageInfo(): PackageInfo {
  const p = pkg as { version?: string; homepage?: string };
  const info: PackageInfo = { version: p.version ?? '0.0.0' };
  if (typeof p.homepage === 'string' && p.homepage !== '') info.homepage = p.homepage;
  return info;
}
