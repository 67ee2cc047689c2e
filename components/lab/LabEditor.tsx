'use client';

/**
 * The Monaco editor of one lab (loaded only through next/dynamic with ssr: false, so pages without a lab
 * load none of it). Only the editor core, the yaml/dockerfile/shell tokenizers and the hover, marker
 * navigation and tab-focus features are bundled; the editor worker is a local module.
 * One model per file; tabs switch models and keep each file's view state.
 * Keyboard: Esc turns on tab-focus mode, so the next Tab leaves the editor; it turns off on the next
 * focus or any other key.
 */
import { useEffect, useRef } from 'react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/yaml/register';
import type { LabFile } from '@/labs/exercises/types';
import type { Finding } from '@w7/grader';
import { EDITOR_LINE_HEIGHT } from './view';

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

export interface LabEditorProps {
  labId: string;
  files: readonly LabFile[];
  values: Readonly<Record<string, string>>;
  /** Bumped when `values` were replaced from outside (load, reset, restore): the models take them over. */
  revision: number;
  active: string;
  findings: Readonly<Record<string, readonly Finding[]>>;
  onChange(file: string, text: string): void;
  onReady(): void;
}

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module', name: 'monaco-editor' }),
};

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
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
const themeName = () => (isDark() ? 'w7-dark' : 'w7-light');

const ariaLabel = (file: string) => `${file} 편집기. Esc 키를 누른 뒤 Tab 키로 편집기를 빠져나갈 수 있습니다.`;

function modelUri(labId: string, file: string): monaco.Uri {
  return monaco.Uri.from({ scheme: 'inmemory', authority: 'w7', path: `/${labId}/${file}` });
}

export default function LabEditor({ labId, files, values, revision, active, findings, onChange, onReady }: LabEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const shown = useRef<string | null>(null);
  const latest = useRef({ onChange, values, active });
  latest.current = { onChange, values, active };

  // Create the editor and one model per file.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new Map<string, monaco.editor.ITextModel>();
    const listeners: monaco.IDisposable[] = [];
    for (const file of files) {
      const uri = modelUri(labId, file.name);
      monaco.editor.getModel(uri)?.dispose();
      const model = monaco.editor.createModel(latest.current.values[file.name] ?? file.starter, file.language, uri);
      listeners.push(
        model.onDidChangeContent(() => {
          // Replacing values from outside (load, reset, restore) also fires this: only real edits are reported.
          const text = model.getValue();
          if (latest.current.values[file.name] !== text) latest.current.onChange(file.name, text);
        }),
      );
      created.set(file.name, model);
    }
    models.current = created;
    const editor = monaco.editor.create(element, {
      model: created.get(latest.current.active) ?? null,
      theme: themeName(),
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineHeight: EDITOR_LINE_HEIGHT,
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderWhitespace: 'boundary',
      renderFinalNewline: 'on',
      fixedOverflowWidgets: true,
      ariaLabel: ariaLabel(latest.current.active),
    });
    editorRef.current = editor;
    shown.current = latest.current.active;

    listeners.push(
      editor.onKeyDown((event) => {
        if (event.keyCode === monaco.KeyCode.Escape) editor.updateOptions({ tabFocusMode: true });
        else if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift) editor.updateOptions({ tabFocusMode: false });
      }),
      editor.onDidFocusEditorText(() => editor.updateOptions({ tabFocusMode: false })),
    );
    const observer = new MutationObserver(() => monaco.editor.setTheme(themeName()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

    if (navigator.webdriver) {
      window.__w7Editors = {
        ...window.__w7Editors,
        [labId]: {
          setValue: (file, text) => created.get(file)?.setValue(text),
          getValue: (file) => created.get(file)?.getValue() ?? '',
          markers: (file) =>
            monaco.editor.getModelMarkers({ resource: modelUri(labId, file), owner: 'w7' }).map((marker) => ({
              message: marker.message,
              line: marker.startLineNumber,
              column: marker.startColumn,
              severity: marker.severity,
            })),
        },
      };
    }
    onReady();

    return () => {
      observer.disconnect();
      for (const listener of listeners) listener.dispose();
      editor.dispose();
      for (const model of created.values()) model.dispose();
      if (window.__w7Editors) delete window.__w7Editors[labId];
      editorRef.current = null;
    };
    // The editor lives as long as the lab; later changes of the props are applied by the effects below.
  }, [labId, files]);

  // Values replaced from outside: push them into the models (typing does not bump the revision).
  useEffect(() => {
    for (const [name, model] of models.current) {
      const text = latest.current.values[name];
      if (text !== undefined && text !== model.getValue()) model.setValue(text);
    }
  }, [revision]);

  // Tab switch: keep the view state of the file being left.
  useEffect(() => {
    const editor = editorRef.current;
    const model = models.current.get(active);
    if (!editor || !model || shown.current === active) return;
    if (shown.current) viewStates.current.set(shown.current, editor.saveViewState());
    editor.setModel(model);
    editor.updateOptions({ ariaLabel: ariaLabel(active) });
    const state = viewStates.current.get(active);
    if (state) editor.restoreViewState(state);
    shown.current = active;
  }, [active]);

  useEffect(() => {
    for (const [name, model] of models.current) {
      monaco.editor.setModelMarkers(
        model,
        'w7',
        (findings[name] ?? []).map((finding) => ({
          severity: SEVERITY[finding.severity],
          message: finding.message,
          code: finding.ruleId,
          source: 'w7-grade',
          startLineNumber: finding.line,
          startColumn: finding.column,
          endLineNumber: finding.endLine,
          endColumn: finding.endColumn,
        })),
      );
    }
  }, [findings]);

  return <div ref={container} className="absolute inset-0" data-lab-editor={labId} />;
}
