/**
 * The one registry of components available in chapter MDX (no imports in MDX files): the prose components plus
 * <Lab>. Only CopyButton (inside CodeBlock) and the lab workbench (inside Lab) hydrate. Lab instructions use
 * prose.tsx directly, so the lab and this registry do not import each other.
 */
import { Lab } from '@/components/lab/Lab';
import { proseComponents } from './prose';

export const mdxComponents = { ...proseComponents, Lab };
