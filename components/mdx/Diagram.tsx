import type { CSSProperties } from 'react';
import { THEMES, readDiagramSvgs } from '@/lib/diagrams/files';
import { WIDE_DIAGRAM_PX, WIDE_MIN_SCALE, svgWidth, withTitle } from '@/lib/diagrams/svg';
import './diagram.css';

export interface DiagramProps {
  /** The diagram key (lib/diagrams/source.ts diagramKey), set by the remark plugin. */
  id: string;
  /** The fence title: the SVG's accessible name and the visible caption. */
  title: string;
}

/**
 * A mermaid diagram rendered ahead of time: the committed light and dark SVGs are inlined at build time
 * (diagram.css shows one of them according to the `.dark` class on <html>; print always uses light).
 * A wide diagram keeps a minimum scale and scrolls horizontally in a focusable wrapper instead.
 */
export function Diagram({ id, title }: DiagramProps) {
  const svgs = readDiagramSvgs(id, title);
  const width = svgWidth(svgs.light);
  const wide = width > WIDE_DIAGRAM_PX;
  const style = wide ? ({ '--w7d-min-width': `${Math.round(width * WIDE_MIN_SCALE)}px` } as CSSProperties) : undefined;
  return (
    <figure className={`w7-diagram not-prose${wide ? ' w7-diagram--wide' : ''}`} data-diagram={id} style={style}>
      {THEMES.map((theme) => (
        <div
          key={theme}
          className={`w7-diagram__svg w7-diagram__svg--${theme}`}
          {...(wide ? { tabIndex: 0, role: 'group', 'aria-label': `${title} (가로 스크롤)` } : {})}
          dangerouslySetInnerHTML={{ __html: withTitle(svgs[theme], title) }}
        />
      ))}
      <figcaption className="w7-diagram__caption">{title}</figcaption>
    </figure>
  );
}
