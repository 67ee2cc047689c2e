import type { CSSProperties } from 'react';
import { THEMES, readDiagramSvgs } from '@/lib/diagrams/files';
import { mergeThemes, ThemeMergeError } from '@/lib/diagrams/merge';
import { slimSvg } from '@/lib/diagrams/slim';
import { WIDE_DIAGRAM_PX, WIDE_MIN_SCALE, svgWidth, withTitle } from '@/lib/diagrams/svg';

export interface DiagramProps {
  /** The diagram key (lib/diagrams/source.ts diagramKey), set by the remark plugin. */
  id: string;
  /** The fence title: the SVG's accessible name and the visible caption. */
  title: string;
}

/** viewBox width / height of a finished SVG, for the box that holds it before it is drawn. */
function aspectRatio(svg: string): string {
  const viewBox =
    /viewBox="([^"]+)"/
      .exec(svg)?.[1]
      .trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  return viewBox.length === 4 && viewBox[3] > 0 ? `${viewBox[2]} / ${viewBox[3]}` : 'auto';
}

/**
 * A mermaid diagram rendered ahead of time and inlined at build time: one SVG whose dark colours apply under
 * the `.dark` class on <html> (lib/diagrams/merge.ts; both committed SVGs, switched by diagram.css, if they
 * cannot be merged), with elements that draw nothing left out (lib/diagrams/slim.ts). The SVG sits in a box of its exact size that is drawn only near the viewport, so the page
 * neither moves nor downloads the diagram font for diagrams far below.
 * A wide diagram keeps a minimum scale and scrolls horizontally in a focusable wrapper instead.
 */
export function Diagram({ id, title }: DiagramProps) {
  const svgs = readDiagramSvgs(id, title);
  const width = svgWidth(svgs.light);
  const wide = width > WIDE_DIAGRAM_PX;
  let shown: { theme: string; svg: string }[];
  try {
    shown = [{ theme: 'both', svg: mergeThemes(svgs.light, svgs.dark, id) }];
  } catch (error) {
    if (!(error instanceof ThemeMergeError)) throw error;
    shown = THEMES.map((theme) => ({ theme, svg: svgs[theme] }));
  }
  const style = {
    '--w7d-width': `${width}px`,
    '--w7d-min-width': wide ? `${Math.round(width * WIDE_MIN_SCALE)}px` : '0px',
    '--w7d-aspect': aspectRatio(svgs.light),
  } as CSSProperties;
  return (
    <figure className={`w7-diagram not-prose${wide ? ' w7-diagram--wide' : ''}`} data-diagram={id} style={style}>
      {shown.map(({ theme, svg }) => (
        <div
          key={theme}
          className={`w7-diagram__svg w7-diagram__svg--${theme}`}
          {...(wide ? { tabIndex: 0, role: 'group', 'aria-label': `${title} (가로 스크롤)` } : {})}
        >
          <div className="w7-diagram__canvas" dangerouslySetInnerHTML={{ __html: slimSvg(withTitle(svg, title)) }} />
        </div>
      ))}
      <figcaption className="w7-diagram__caption">{title}</figcaption>
    </figure>
  );
}
