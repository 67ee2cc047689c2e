/**
 * Loads the Monaco editor (LabEditor and its chunks) on the first request only, shared by every lab of the page;
 * a failed load (offline) is forgotten so that the next request tries again.
 */
import type { ComponentType } from 'react';
import type { LabEditorProps } from './LabEditor';

let loading: Promise<ComponentType<LabEditorProps>> | undefined;

export function loadLabEditor(): Promise<ComponentType<LabEditorProps>> {
  loading ??= import('./LabEditor').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
