/** The page's whole stylesheet; inlined and pinned by a CSP hash, so it may not be changed at render time. */
export const pageStyle = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1d2330; --muted: #5b6475; --line: #dde1e8; --accent: #2f5bd3;
  --critical: #8e24aa; --high: #d32f2f; --medium: #e8710a; --low: #1e6fd9; --info: #6b7280; --suppressed: #8a8f98;
  --row-alt: #fafbfc;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171c; --panel: #1c2027; --text: #e6e9ef; --muted: #9aa3b2; --line: #2e343e; --accent: #7aa2ff;
    --critical: #ce93d8; --high: #ff6b6b; --medium: #ffa94d; --low: #74b3ff; --info: #a0a7b4; --suppressed: #7d828b;
    --row-alt: #1f242c;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h1 .brand { color: var(--accent); }
h2 { font-size: 18px; margin: 28px 0 12px; }
.meta { color: var(--muted); margin: 0; }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 12px; margin-top: 20px; }
.card {
  background: var(--panel); border: 1px solid var(--line); border-top: 4px solid var(--muted);
  border-radius: 8px; padding: 12px 14px;
}
.card .count { display: block; font-size: 26px; font-weight: 650; }
.card .label { color: var(--muted); text-transform: capitalize; }
.card.sev-critical { border-top-color: var(--critical); }
.card.sev-high { border-top-color: var(--high); }
.card.sev-medium { border-top-color: var(--medium); }
.card.sev-low { border-top-color: var(--low); }
.card.sev-info { border-top-color: var(--info); }
.card.suppressed { border-top-color: var(--suppressed); }
.card.errors { border-top-color: var(--high); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; padding: 14px 16px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.filters legend, .filters .field > span { display: block; font-size: 12px; color: var(--muted); margin-bottom: 4px; }
.filters label.check { display: inline-flex; align-items: center; gap: 5px; cursor: pointer; }
.filters select, .filters input[type="search"] {
  font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
  padding: 5px 8px; min-width: 190px;
}
.filters button {
  font: inherit; color: inherit; background: transparent; border: 1px solid var(--line); border-radius: 6px;
  padding: 5px 12px; cursor: pointer;
}
.facet { color: var(--muted); font-variant-numeric: tabular-nums; }
.facet::before { content: "("; } .facet::after { content: ")"; }
#visible-count { color: var(--muted); margin: 12px 2px; }
table { width: 100%; border-collapse: collapse; }
.findings { table-layout: fixed; }
.findings th {
  text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; padding: 10px 12px;
  border-bottom: 1px solid var(--line); position: sticky; top: 0; background: var(--panel);
}
.findings col.c-sev { width: 124px; } .findings col.c-rule { width: 200px; } .findings col.c-loc { width: 250px; }
.findings col.c-res { width: 190px; }
.findings td { padding: 10px 12px 4px; vertical-align: top; overflow-wrap: anywhere; }
.findings tbody.finding { border-bottom: 1px solid var(--line); }
.findings tbody.finding:nth-of-type(even) { background: var(--row-alt); }
.findings tr.detail td { padding-top: 0; padding-bottom: 10px; color: var(--muted); font-size: 13px; }
.findings tbody.status-suppressed .message { text-decoration: line-through; text-decoration-color: var(--suppressed); }
.badge {
  display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600;
  color: #fff; background: var(--muted); text-transform: uppercase; letter-spacing: .02em; white-space: nowrap;
}
.badge.sev-critical { background: var(--critical); } .badge.sev-high { background: var(--high); }
.badge.sev-medium { background: var(--medium); } .badge.sev-low { background: var(--low); }
.badge.sev-info { background: var(--info); }
.badge.suppressed {
  background: transparent; color: var(--suppressed); border: 1px solid var(--suppressed); margin-top: 4px; font-size: 11px;
}
.rule-id { font-weight: 650; }
.slug, .path, .namespace { color: var(--muted); font-size: 12.5px; }
.rule-title { font-weight: 600; }
.filters .field { display: flex; flex-direction: column; }
.detail code { color: var(--text); background: var(--bg); border-radius: 4px; padding: 0 4px; }
.note { color: var(--high); margin-top: 4px; }
.suppression { color: var(--suppressed); margin-top: 4px; }
.detail .label { font-weight: 600; color: var(--text); margin-right: 6px; }
.detail .line { margin: 2px 0; }
.detail ul { display: inline; margin: 0; padding: 0; list-style: none; }
.detail li { display: inline; }
.detail li + li::before { content: " · "; }
.errors th, .errors td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
.errors th { font-size: 12px; color: var(--muted); }
.empty { padding: 24px; text-align: center; color: var(--muted); }
.layer { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
h3 { font-size: 15px; margin: 18px 0 8px; }
.facts th, .facts td, .inventory th, .inventory td {
  text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere;
}
.facts th { width: 180px; font-weight: 600; color: var(--muted); }
.inventory th { font-size: 12px; color: var(--muted); font-weight: 600; }
.inventory tbody tr:nth-of-type(even) { background: var(--row-alt); }
.inventory tr.status-suppressed td:last-child { color: var(--muted); }
.notes { margin: 0; padding: 12px 16px 12px 34px; }
footer { color: var(--muted); font-size: 12px; padding-top: 24px; padding-bottom: 32px; }
[hidden] { display: none !important; }
`;
