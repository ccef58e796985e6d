// What an agency puts on the page it publishes: its name, logo and colour, the footer (who runs the
// service, a disclaimer, the privacy page) and the hotline for what the reports do not answer. Read
// from the environment once at start; the page fetches them (GET /api/site) and shows them through
// textContent and the CSSOM, which the page's CSP allows.

export interface Site {
  /** the agency, shown as the page's title */
  name: string;
  /** an http(s) address of the agency's logo */
  logoUrl?: string;
  /** the agency's colour for the header and buttons, and the text colour that reads on it */
  colour: string;
  onColour: string;
  /** who operates the service, for the footer */
  operator?: string;
  disclaimer: string;
  privacyUrl?: string;
  hotline: string;
}

export const DEFAULT_SITE: Readonly<Site> = Object.freeze({
  name: '公开',
  colour: '#b3261e',
  onColour: '#ffffff',
  disclaimer: '答案中的数字均摘自各机关公开发布的政府信息公开工作年度报告，以原文为准。',
  hotline: '12345',
});

const HEX = /^#([0-9a-f]{6})$/i;
const URL_OK = /^https?:\/\/\S+$/;

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the colour: one of them always reaches 4.5:1. */
export function textOn(colour: string): string {
  return contrast(colour, '#ffffff') >= contrast(colour, '#111111') ? '#ffffff' : '#111111';
}

/** The site from GONGKAI_SITE_* (see docs/channels.md); a value that is not what it should be is left at its default. */
export function readSite(env: Record<string, string | undefined> = process.env): Site {
  const text = (key: string) => env[key]?.trim() || undefined;
  const url = (key: string) => {
    const v = text(key);
    return v && URL_OK.test(v) ? v : undefined;
  };
  const colour = HEX.test(text('GONGKAI_SITE_COLOR') ?? '') ? text('GONGKAI_SITE_COLOR')!.toLowerCase() : DEFAULT_SITE.colour;
  const logoUrl = url('GONGKAI_SITE_LOGO_URL');
  const operator = text('GONGKAI_SITE_OPERATOR');
  const privacyUrl = url('GONGKAI_SITE_PRIVACY_URL');
  return {
    name: text('GONGKAI_SITE_NAME') ?? DEFAULT_SITE.name,
    ...(logoUrl ? { logoUrl } : {}),
    colour,
    onColour: textOn(colour),
    ...(operator ? { operator } : {}),
    disclaimer: text('GONGKAI_SITE_DISCLAIMER') ?? DEFAULT_SITE.disclaimer,
    ...(privacyUrl ? { privacyUrl } : {}),
    hotline: text('GONGKAI_SITE_HOTLINE') ?? DEFAULT_SITE.hotline,
  };
}

/** The origin the logo loads from, for the page's CSP (img-src). */
export function logoOrigin(site: Site): string | undefined {
  return site.logoUrl ? new URL(site.logoUrl).origin : undefined;
}
