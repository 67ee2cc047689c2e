/**
 * The Monaco set-up shared by every lab editor: the editor worker, the colour themes, marker severities, model
 * URIs and the test hook. Imported only by LabEditor, so it is part of the editor's on-demand chunk, never of a page.
 */
import * as monaco from 'monaco-editor/editor';
import type { Finding } from '@w7/grader';

declare global {
  interface Window {
    /** Test hook (set only when navigator.webdriver is true): the lab editors of the page by lab id. */
    __w7Editors?: Record<string, LabEditorTestApi>;
  }
}

export interface LabEditorTestApi {
  setValue(file: string, text: string): void;
  getValue(file: string): string;
  markers(file: string): { message: string; line: number; column: number; severity: number }[];
}

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module', name: 'monaco-editor' }),
};

export const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

// Monaco's vs/vs-dark themes with the token colours that fall below WCAG AA contrast (4.5:1) replaced.
monaco.editor.defineTheme('w7-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'attribute.name', foreground: 'c50f1f' },
    { token: 'annotation', foreground: '6b6b6b' },
    { token: 'metatag.content.html', foreground: 'c50f1f' },
    { token: 'string.sql', foreground: 'c50f1f' },
    { token: 'operator.sql', foreground: '5b6b7b' },
  ],
  colors: {},
});
monaco.editor.defineTheme('w7-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '7fb069' },
    { token: 'variable.predefined', foreground: '8fb0e8' },
    { token: 'delimiter.html', foreground: 'a0a0a0' },
    { token: 'string.sql', foreground: 'ff8080' },
    { token: 'operator.sql', foreground: 'a0b0c0' },
  ],
  colors: {},
});

const isDark = () => document.documentElement.classList.contains('dark');
export const themeName = () => (isDark() ? 'w7-dark' : 'w7-light');

export const ariaLabel = (file: string) => `${file} 편집기. Esc 키를 누른 뒤 Tab 키로 편집기를 빠져나갈 수 있습니다.`;

export function modelUri(labId: string, file: string): monaco.Uri {
  return monaco.Uri.from({ scheme: 'inmemory', authority: 'w7', path: `/${labId}/${file}` });
}

/** Exposes the lab's editor to the e2e tests (only when navigator.webdriver is true); returns its removal. */
export function installTestApi(labId: string, models: ReadonlyMap<string, monaco.editor.ITextModel>): () => void {
  if (!navigator.webdriver) return () => undefined;
  window.__w7Editors = {
    ...window.__w7Editors,
    [labId]: {
      setValue: (file, text) => models.get(file)?.setValue(text),
      getValue: (file) => models.get(file)?.getValue() ?? '',
      markers: (file) =>
        monaco.editor.getModelMarkers({ resource: modelUri(labId, file), owner: 'w7' }).map((marker) => ({
          message: marker.message,
          line: marker.startLineNumber,
          column: marker.startColumn,
          severity: marker.severity,
        })),
    },
  };
  return () => {
    if (window.__w7Editors) delete window.__w7Editors[labId];
  };
}
