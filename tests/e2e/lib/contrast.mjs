// WCAG 2.2 contrast of every visible text on the page: each element with
// its own text is checked against the first opaque background behind it.
// Returns the failures (ratio below 4.5:1).
export function lowContrast(page) {
  return page.evaluate(() => {
    const rgba = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    };
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || !el.checkVisibility?.() || el.closest('[aria-hidden="true"]')) continue;
      const fg = rgba(getComputedStyle(el).color);
      if (fg.length === 4 && fg[3] === 0) continue;
      const [a, b] = [lum(fg.slice(0, 3)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return out;
  });
}
