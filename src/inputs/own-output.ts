// claimdiff's own outputs are not articles. A report written into the scanned folder
// (`scan news/ -o news/report.md`) would otherwise be read back on the next run and
// double every claim; `scan report.jsonl` would read JSON as prose. Each format is
// recognised by how it starts (or, for the text report, by its closing summary line),
// never by its name.

/** What claimdiff output this text is ("a claimdiff JSON report"), or null for anything else. */
export function ownOutputKind(text: string): string | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (head.startsWith('claimdiff-cache/')) return 'a claimdiff cache';
  if (head.startsWith('{"type":"claimdiff-shard",')) return 'a claimdiff shard (compare reads it)';
  if (/^\s*\{\s*"version":\s*\d+,\s*"documents":\s*\[/.test(head)) return 'a claimdiff JSON report';
  if (/^\s*\{\s*"\$schema":\s*"[^"]*sarif[^"]*"/i.test(head) && /"name":\s*"claimdiff"/.test(head)) return 'a claimdiff SARIF report';
  if (/^\{"type":"(?:document|assertion|conflict|warning|summary|header)",/.test(head)) return 'a claimdiff JSON Lines report';
  if (head.startsWith('## claimdiff report\n')) return 'a claimdiff Markdown report';
  if (/^<!doctype html>[\s\S]{0,2000}<meta name="generator" content="claimdiff/.test(head)) return 'a claimdiff HTML report';
  if (/^::(?:error|warning|notice) file=[^\n]*title=claimdiff /.test(head)) return 'a claimdiff GitHub annotations report';
  // The text report ends with its summary line; an article never does.
  const tail = text.slice(-400).trimEnd();
  if (/\n?\d+ documents?, \d+ assertions?: \d+ contradictions?, \d+ changes?$/.test(tail) && /^(?:[✖↻]|No contradictions found\.)/u.test(head)) {
    return 'a claimdiff text report';
  }
  return null;
}
