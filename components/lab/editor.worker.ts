/** Monaco's editor worker, bundled from our own origin (see LabEditor's MonacoEnvironment). */
import 'monaco-editor/editor/editor.worker';
