/** Kubernetes course rules (k8s/*), ordered by id. */
import type { YamlRule } from '../../rule';
import { automountSaToken } from './automount-sa-token';
import { envSecretValue } from './env-secret-value';
import { esoMissingKey } from './eso-missing-key';
import { eolImage } from './eol-image';
import { imageTag } from './image-tag';
import { pssOldVersion } from './pss-old-version';
import { readonlyRootfs } from './readonly-rootfs';
import { resources } from './resources';
import { secretStringdata } from './secret-stringdata';
import { windowsLinuxImage } from './windows-linux-image';

export const k8sRules: YamlRule[] = [
  automountSaToken,
  envSecretValue,
  eolImage,
  esoMissingKey,
  imageTag,
  pssOldVersion,
  readonlyRootfs,
  resources,
  secretStringdata,
  windowsLinuxImage,
];
