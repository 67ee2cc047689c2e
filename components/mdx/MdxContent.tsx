import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './registry';

/** Renders a compiled chapter (mdx-bundler code) on the server with the registry's components. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
