/** GitHub Actions workflow rules (gha/*), ordered by id. */
import type { YamlRule } from '../../rule';
import { ghaImageNotBuilt } from './image-not-built';
import { ghaNarrowedTrigger } from './narrowed-trigger';
import { ghaNoPermissions } from './no-permissions';
import { ghaPrTargetCheckout } from './pr-target-checkout';
import { ghaTrivyNoExitCode } from './trivy-no-exit-code';
import { ghaUnpinnedAction } from './unpinned-action';

export const ghaRules: YamlRule[] = [ghaImageNotBuilt, ghaNarrowedTrigger, ghaNoPermissions, ghaPrTargetCheckout, ghaTrivyNoExitCode, ghaUnpinnedAction];
