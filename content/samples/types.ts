/**
 * The shape of a corrected course sample (content/samples/<id>.ts). Pure data: no fs, no React, so the
 * chapters (build time), the lab answers (browser) and the grader tests can all import it.
 */
export type SampleLanguage = 'yaml' | 'dockerfile';

export interface CourseSample {
  /** Stable id, the file's name without `.ts`; chapters write ```yaml sample="<id>"```. */
  id: string;
  lang: SampleLanguage;
  /** The file name a reader would save it as; the fence's default title. */
  file: string;
  text: string;
}

/**
 * `text` with `block` inserted before the first line that starts with `anchor`; throws when the anchor is
 * missing, so a sample derived from another one cannot silently drift from it.
 */
export function insertBefore(text: string, anchor: string, block: string): string {
  const at = text.indexOf(`\n${anchor}`);
  if (at < 0) throw new Error(`content/samples: the anchor ${JSON.stringify(anchor)} is not in the sample it derives from`);
  return `${text.slice(0, at + 1)}${block}${text.slice(at + 1)}`;
}
