/** GitHub Actions workflow rules (gha/*), ordered by id. */
import type { YamlRule } from '../../rule';
import { ghaImageNotBuilt } from './image-not-built';
import { ghaNoPermissions } from './no-permissions';
import { ghaPrTargetCheckout } from './pr-target-checkout';
import { ghaTrivyNoExitCode } from './trivy-no-exit-code';
import { ghaUnpinnedAction } from './unpinned-action';

export const ghaRules: YamlRule[] = [ghaImageNotBuilt, ghaNoPermissions, ghaPrTargetCheckout, ghaTrivyNoExitCode, ghaUnpinnedAction];
