/** A horizontal bar chart as inline SVG (no scripts, no external files): reports open anywhere. */

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function svgBars(title: string, data: Array<[string, number]>, options: { width?: number; color?: string; format?: (v: number) => string } = {}): string {
  const width = options.width ?? 560;
  const label = Math.min(300, Math.max(120, 7 * Math.max(0, ...data.map(([n]) => n.length)) + 12));
  const row = 22;
  const max = Math.max(1, ...data.map(([, v]) => v));
  const fmt = options.format ?? ((v: number) => String(v));
  const height = 28 + row * Math.max(1, data.length);
  const bars = data
    .map(([name, v], i) => {
      const y = 24 + i * row;
      const w = Math.round(((width - label - 60) * v) / max);
      return `<text x="${label - 6}" y="${y + 14}" text-anchor="end" font-size="12">${esc(name)}</text><rect class="bar" x="${label}" y="${y + 2}" width="${w}" height="${row - 6}" fill="${options.color ?? "#4C78A8"}"><title>${esc(name)}: ${fmt(v)}</title></rect><text x="${label + w + 4}" y="${y + 14}" font-size="12">${fmt(v)}</text>`;
    })
    .join("");
  const empty = data.length ? "" : `<text x="${label}" y="40" font-size="12" fill="#777">none</text>`;
  return `<figure><svg role="img" aria-label="${esc(title)}" width="${width}" height="${height}" font-family="system-ui, sans-serif"><text x="0" y="14" font-size="13" font-weight="600">${esc(title)}</text>${bars}${empty}</svg></figure>`;
}

export { esc as escapeHtml };
