// The address a report page gives for itself: <link rel="canonical"> or <meta property="og:url">,
// so that an answer can link to the original a citizen can open. Only an absolute http(s) address
// counts; a relative one says nothing without the address the page was saved from.
const CANONICAL = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty\s*=\s*["']?og:url["']?[^>]*>/i;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const ABSOLUTE = /^https?:\/\/\S+$/;

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2f;/gi, '/').replace(/&#47;/g, '/').trim();

export function pageUrlOf(html: string): string | undefined {
  for (const [tag, attr] of [[CANONICAL, 'href'], [OG_URL, 'content']] as const) {
    const element = tag.exec(html)?.[0];
    const m = element && ATTR(attr).exec(element);
    const url = m && unescape(m[1] ?? m[2] ?? m[3] ?? '');
    if (url && ABSOLUTE.test(url)) return url;
  }
  return undefined;
}
