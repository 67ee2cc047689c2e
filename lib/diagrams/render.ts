import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { THEMES, type DiagramTheme } from './files';
import type { DiagramSource } from './source';
import { finaliseSvg, svgIdPrefix } from './svg';
import { mermaidConfig, themedSource } from './theme';

/** The Chromium to render with (see scripts/chromium.mjs), or null when this machine has none. */
export function chromiumPath(): string | null {
  return findChromium().path;
}

const RENDER_TIMEOUT_MS = 30_000;

/**
 * Installed in the blank page next to mermaid.min.js. Plain JavaScript (not a serialised TypeScript
 * function) so that nothing the TypeScript loader adds ends up in the browser.
 * window.__w7render(id, source, config) resolves to { svg, desc } or rejects with mermaid's message.
 */
const PAGE_SCRIPT = String.raw`
(() => {
  const clean = (text) => String(text ?? '')
    .replace(/<br\s*\/?>/gi, ' / ')
    .replace(/<[^>]*>/g, '')
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const describeFlowchart = (db) => {
    const vertices = db.getVertices();
    const label = new Map();
    for (const [id, vertex] of vertices) label.set(id, clean(vertex.text) || id);
    const parts = [];
    const groups = db.getSubGraphs ? db.getSubGraphs() : [];
    for (const group of groups) {
      const members = group.nodes.filter((id) => label.has(id)).map((id) => label.get(id));
      const title = clean(group.title) || group.id;
      parts.push('그룹 "' + title + '"' + (members.length ? ': ' + members.join(', ') : ''));
    }
    const inGroup = new Set(groups.flatMap((group) => group.nodes));
    const loose = [...label.keys()].filter((id) => !inGroup.has(id)).map((id) => label.get(id));
    if (loose.length) parts.push('노드: ' + loose.join(', '));
    const edges = db.getEdges().map((edge) => {
      const text = clean(edge.text);
      return (label.get(edge.start) ?? edge.start) + ' → ' + (label.get(edge.end) ?? edge.end) + (text ? ': ' + text : '');
    });
    if (edges.length) parts.push('연결: ' + edges.join('; '));
    return parts.join('. ') + '.';
  };
  window.__w7render = async (id, source, config) => {
    document.body.replaceChildren();
    window.mermaid.initialize(config);
    await document.fonts.load('16px NanumGothic', '가A');
    const { svg } = await window.mermaid.render(id, source);
    document.body.replaceChildren();
    let desc = '';
    const accDescr = /^\s*accDescr\s*:\s*(.+)$/m.exec(source);
    if (accDescr) desc = accDescr[1].trim();
    else {
      const diagram = await window.mermaid.mermaidAPI.getDiagramFromText(source);
      const db = diagram.db;
      if (db && typeof db.getVertices === 'function' && typeof db.getEdges === 'function') desc = describeFlowchart(db);
      else {
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        const texts = [...holder.querySelectorAll('text')].map((node) => clean(node.textContent)).filter(Boolean);
        desc = '도식의 텍스트: ' + texts.join(', ') + '.';
      }
    }
    return { svg, desc };
  };
})();
`;

export class RenderError extends Error {
  constructor(diagram: DiagramSource, theme: DiagramTheme, reason: string) {
    super(`${diagram.file}:${diagram.line}: cannot render diagram "${diagram.title}" (${theme}): ${reason}`);
    this.name = 'RenderError';
  }
}

/**
 * Mermaid's message without the browser stack; its "line N" counts from the first line of the diagram,
 * so the file line (fence line + N) is added.
 */
export function renderFailure(message: string, fenceLine: number): string {
  return message
    .replace(/^(?:page\.evaluate:\s*)?(?:Error:\s*)?/, '')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .replace(/\bon line (\d+)/, (all, line: string) => `${all} of the diagram (file line ${fenceLine + Number(line)})`)
    .trim();
}

export interface Renderer {
  /** The finished SVG per theme. */
  render(diagram: DiagramSource): Promise<Record<DiagramTheme, string>>;
  close(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function preparePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body></body></html>');
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  return page;
}

export async function launchRenderer(executablePath = chromiumPath()): Promise<Renderer> {
  if (!executablePath) throw new Error('no Chromium found: install chromium or set PLAYWRIGHT_CHROMIUM_PATH');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `cannot start Chromium at ${executablePath} (set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const page = await preparePage(browser);
  return {
    async render(diagram) {
      const result = {} as Record<DiagramTheme, string>;
      let desc = '';
      for (const theme of THEMES) {
        const id = svgIdPrefix(diagram.key, theme);
        const call = `window.__w7render(${JSON.stringify(id)}, ${JSON.stringify(themedSource(diagram.source, theme))}, ${JSON.stringify(mermaidConfig(theme))})`;
        let rendered: { svg: string; desc: string };
        try {
          rendered = await withTimeout(page.evaluate(call) as Promise<{ svg: string; desc: string }>, RENDER_TIMEOUT_MS, 'mermaid');
        } catch (error) {
          throw new RenderError(diagram, theme, renderFailure((error as Error).message, diagram.line));
        }
        // The description comes from the light source: the dark one only differs in colours.
        if (theme === 'light') desc = rendered.desc;
        try {
          result[theme] = finaliseSvg(rendered.svg, { key: diagram.key, theme, title: diagram.title, desc });
        } catch (error) {
          throw new RenderError(diagram, theme, (error as Error).message);
        }
      }
      return result;
    },
    async close() {
      await browser.close();
    },
  };
}
