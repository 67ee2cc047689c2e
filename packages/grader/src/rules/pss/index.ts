/** Pod Security Standards checks (pss/<checkId>), one per file with its versions and documentation. */
import type { PssCheckModule } from '../_shared/pss';
import { allowPrivilegeEscalation } from './allowPrivilegeEscalation';
import { appArmorProfile } from './appArmorProfile';
import { capabilities_baseline } from './capabilities_baseline';
import { capabilities_restricted } from './capabilities_restricted';
import { hostNamespaces } from './hostNamespaces';
import { hostPathVolumes } from './hostPathVolumes';
import { hostPorts } from './hostPorts';
import { hostProbesAndHostLifecycle } from './hostProbesAndHostLifecycle';
import { privileged } from './privileged';
import { procMount } from './procMount';
import { procMount_restricted } from './procMount_restricted';
import { restrictedVolumes } from './restrictedVolumes';
import { runAsNonRoot } from './runAsNonRoot';
import { runAsUser } from './runAsUser';
import { seccompProfile_baseline } from './seccompProfile_baseline';
import { seccompProfile_restricted } from './seccompProfile_restricted';
import { seLinuxOptions } from './seLinuxOptions';
import { sysctls } from './sysctls';
import { windowsHostProcess } from './windowsHostProcess';

/** Upstream order: the baseline checks, then the restricted ones. */
export const pssCheckModules: readonly PssCheckModule[] = [
  privileged,
  hostNamespaces,
  hostPorts,
  hostPathVolumes,
  capabilities_baseline,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfile_baseline,
  sysctls,
  windowsHostProcess,
  hostProbesAndHostLifecycle,
  allowPrivilegeEscalation,
  capabilities_restricted,
  procMount_restricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfile_restricted,
];
