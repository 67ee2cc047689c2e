/**
 * The audience window used to be the presenter's own page with `?view=audience` (bookmarks, the old README). The
 * presenter page now carries its notes in the HTML, so that address goes to the audience page: a blocking inline
 * script at the top of the body (hashed into the page's CSP by the export) hides the document before the parser
 * reaches the slide and its notes, then replaces the address. It also works on static hosts and when the service
 * worker answers from its cache.
 */
const SCRIPT =
  "(function(){var q=new URLSearchParams(location.search);if(q.get('view')!=='audience')return;q.delete('view');var s=q.toString();document.documentElement.hidden=true;" +
  "location.replace(location.pathname.replace(/\\/$/,'')+'/audience'+(s?'?'+s:'')+location.hash)})()";

export function LegacyAudienceRedirect() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
