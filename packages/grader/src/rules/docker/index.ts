import type { DockerfileRule, ShellRule } from '../../rule';
import { addInsteadOfCopy } from './add-instead-of-copy';
import { addUrl } from './add-url';
import { chmodWorldWritable } from './chmod-world-writable';
import { curlPipeShell } from './curl-pipe-shell';
import { devDependencies } from './dev-dependencies';
import { eolBaseImage } from './eol-base-image';
import { imageTag } from './image-tag';
import { npmOnlyProduction } from './npm-only-production';
import { pkgNoCleanup } from './pkg-no-cleanup';
import { pkgUnpinned } from './pkg-unpinned';
import { rootEscalation } from './root-escalation';
import { runHostAccess } from './run-host-access';
import { runPortExposed } from './run-port-exposed';
import { secretFile } from './secret-file';
import { secretInEnv } from './secret-in-env';
import { shellFormCmd } from './shell-form-cmd';
import { sudo } from './sudo';
import { userInRun } from './user-in-run';
import { userNonNumeric } from './user-non-numeric';
import { userRoot } from './user-root';

/** Every Dockerfile rule, ordered by id. */
export const dockerfileRules: DockerfileRule[] = [
  addInsteadOfCopy,
  addUrl,
  chmodWorldWritable,
  curlPipeShell,
  devDependencies,
  eolBaseImage,
  imageTag,
  npmOnlyProduction,
  pkgNoCleanup,
  pkgUnpinned,
  rootEscalation,
  secretFile,
  secretInEnv,
  shellFormCmd,
  sudo,
  userInRun,
  userNonNumeric,
  userRoot,
];

/** The docker/run-* rules, on shell scripts (`*.sh`) that start containers; ordered by id. */
export const dockerRunRules: ShellRule[] = [runHostAccess, runPortExposed];
