import { Fragment, type ReactNode } from 'react';

/**
 * A title with a line-break opportunity after each "/": "Docker/Container/Kubernetes" is one word to the line
 * breaker, too long for a phone, and without these it would be cut mid-word ("Kuberne/tes").
 */
export function slashBreaks(text: string): ReactNode {
  const parts = text.split('/');
  if (parts.length === 1) return text;
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}
