'use client';

/**
 * The Monaco editor of one lab, created only when the learner opens it (loaded through editor-loader.ts, so a
 * page loads none of it before). Only the editor core, the yaml/dockerfile/shell tokenizers and the hover,
 * marker navigation and tab-focus features are bundled; the editor worker is a local module.
 * One model per file; tabs switch models and keep each file's view state, also across a dispose and re-creation.
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
import { ariaLabel, installTestApi, modelUri, SEVERITY, themeName } from './monaco-setup';
import { EDITOR_LINE_HEIGHT } from './view';

export interface LabEditorProps {
  labId: string;
  files: readonly LabFile[];
  values: Readonly<Record<string, string>>;
  /** Bumped when `values` were replaced from outside (load, reset, restore): the models take them over. */
  revision: number;
  active: string;
  findings: Readonly<Record<string, readonly Finding[]>>;
  /** Take the focus once created (the learner opened the editor with a click or a key). */
  autoFocus: boolean;
  onChange(file: string, text: string): void;
  onReady(): void;
}

/** Cursor and scroll of each file by `<lab>/<file>`, kept for the page's life so a re-created editor resumes. */
const savedViewStates = new Map<string, monaco.editor.ICodeEditorViewState | null>();
const viewKey = (labId: string, file: string) => `${labId}/${file}`;

export default function LabEditor({ labId, files, values, revision, active, findings, autoFocus, onChange, onReady }: LabEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const shown = useRef<string | null>(null);
  const latest = useRef({ onChange, values, active, autoFocus });
  latest.current = { onChange, values, active, autoFocus };

  // Create the editor and one model per file.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once per lab and file set; callbacks are read through `latest`
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new Map<string, monaco.editor.ITextModel>();
    const listeners: monaco.IDisposable[] = [];
    for (const file of files) {
      const uri = modelUri(labId, file.name);
      monaco.editor.getModel(uri)?.dispose();
      const model = monaco.editor.createModel(latest.current.values[file.name] ?? file.starter, file.language === 'ignore' ? 'plaintext' : file.language, uri);
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
    const resumed = savedViewStates.get(viewKey(labId, latest.current.active));
    if (resumed) editor.restoreViewState(resumed);

    listeners.push(
      editor.onKeyDown((event) => {
        if (event.keyCode === monaco.KeyCode.Escape) editor.updateOptions({ tabFocusMode: true });
        else if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift) editor.updateOptions({ tabFocusMode: false });
      }),
      editor.onDidFocusEditorText(() => editor.updateOptions({ tabFocusMode: false })),
    );
    const observer = new MutationObserver(() => monaco.editor.setTheme(themeName()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

    const removeTestApi = installTestApi(labId, created);
    if (latest.current.autoFocus) editor.focus();
    onReady();

    return () => {
      if (shown.current) savedViewStates.set(viewKey(labId, shown.current), editor.saveViewState());
      observer.disconnect();
      for (const listener of listeners) listener.dispose();
      editor.dispose();
      for (const model of created.values()) model.dispose();
      removeTestApi();
      editorRef.current = null;
    };
    // The editor lives as long as the lab; later changes of the props are applied by the effects below.
  }, [labId, files]);

  // Values replaced from outside: push them into the models (typing does not bump the revision).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the trigger: it changes when values are replaced from outside
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
    if (shown.current) savedViewStates.set(viewKey(labId, shown.current), editor.saveViewState());
    editor.setModel(model);
    editor.updateOptions({ ariaLabel: ariaLabel(active) });
    const state = savedViewStates.get(viewKey(labId, active));
    if (state) editor.restoreViewState(state);
    shown.current = active;
  }, [active, labId]);

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
