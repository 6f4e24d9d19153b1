/**
 * Website presentation. The fragments carry classes only; the site includes WEBSITE_CSS once.
 * 适老化 mode adds inline CSS variables on the article itself, so it also works on a host page
 * that has not loaded WEBSITE_CSS yet (the variables cascade to its own styles) and can be
 * switched per visitor by rendering with ctx.elder.
 */

/** Large type (22px base, 1.9 line height), black on white (21:1), dark blue underlined links. */
export const ELDER_VARS: Record<string, string> = {
  '--omni-font-size': '22px',
  '--omni-line-height': '1.9',
  '--omni-fg': '#000000',
  '--omni-bg': '#ffffff',
  '--omni-link': '#00307a',
  '--omni-accent': '#8a0000',
  '--omni-border': '#000000',
  'font-size': 'var(--omni-font-size)',
  'line-height': 'var(--omni-line-height)',
  color: 'var(--omni-fg)',
  background: 'var(--omni-bg)',
}

export const ELDER_STYLE = Object.entries(ELDER_VARS)
  .map(([k, v]) => `${k}:${v}`)
  .join(';')

/** Default colours meet WCAG 2.1 AA (4.5:1 for text); focus stays visible. */
export const WEBSITE_CSS = `
.omni-doc{font-size:var(--omni-font-size,16px);line-height:var(--omni-line-height,1.7);color:var(--omni-fg,#1f1f1f);background:var(--omni-bg,#fff)}
.omni-doc a{color:var(--omni-link,#0b57d0);text-decoration:underline}
.omni-doc a:focus-visible,.omni-doc summary:focus-visible{outline:3px solid var(--omni-accent,#b3261e);outline-offset:2px}
.omni-doc table{border-collapse:collapse;width:100%}
.omni-doc th,.omni-doc td{border:1px solid var(--omni-border,#8a8a8a);padding:.5em;text-align:left;vertical-align:top}
.omni-doc caption{text-align:left;font-weight:bold;padding:.5em 0}
.omni-urgent{border:3px solid var(--omni-accent,#b3261e);color:var(--omni-accent,#b3261e);padding:.75em;font-weight:bold}
.omni-online a{display:inline-block;padding:.6em 1.2em;border:2px solid currentColor;font-weight:bold}
.omni-figure img{max-width:100%;height:auto}
.omni-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.omni-elder h1{font-size:1.8em}.omni-elder h2{font-size:1.4em}
.omni-elder a{text-decoration-thickness:2px}
`.trim()
