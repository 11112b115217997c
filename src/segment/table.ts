// Table rows → cells. Markdown pipe rows ("| a | b |", escaped "\|" stays in
// its cell) and TAB-separated rows (Word's text export of a table; an empty
// cell keeps its column, so "a\t\tc" has three cells).

/** "| a | b \| c |" → ["a", "b | c"] */
export function splitPipeRow(text: string): string[] {
  let inner = text.startsWith('|') ? text.slice(1) : text;
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

export function splitTabRow(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}

export function splitRow(text: string): string[] {
  return text.startsWith('|') ? splitPipeRow(text) : splitTabRow(text);
}
