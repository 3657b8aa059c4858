import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root';

export interface GatewayFacts {
  version: string;
  commit: string | null;
  /** The REST wire format in force, and why (set by the services: REST_FORMAT=auto decides at start). */
  restFormat: string;
  restFormatChosenBy: string;
}

/** The gateway's own version (package.json) and git commit when it runs from a checkout. */
export function readGatewayFacts(): Pick<GatewayFacts, 'version' | 'commit'> {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  let commit: string | null = null;
  try {
    commit =
      execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || null;
  } catch {
    // Installed from a tarball or image: no git, no commit to show.
  }
  return { version, commit };
}
