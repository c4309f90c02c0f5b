/**
 * Finds where JSON text first goes wrong, because engines differ in whether their JSON.parse errors
 * carry a position. An iterative scanner (no recursion), so deeply nested input cannot overflow.
 */

/** Offset of the first syntax error in `text`, or -1 if the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // Stack of open containers: '{' or '['.
  const stack: string[] = [];
  const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++; };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') { i++; return true; }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false; i += 6; continue; }
        if (!e || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      if (c < ' ') return false;
      i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // After a value: close containers or expect a comma.
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) { stack.pop(); i++; expectValue = false; continue; }
        if (c === '{') { if (!string()) return i; ws(); if (text[i] !== ':') return i; i++; }
        continue;
      }
      if (c === '"' ? !string() : !scalar()) return i;
      expectValue = false;
      continue;
    }
    if (stack.length === 0) return i < n ? i : -1;
    const top = stack[stack.length - 1];
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === '{') { ws(); if (!string()) return i; ws(); if (text[i] !== ':') return i; i++; }
      expectValue = true;
      continue;
    }
    if ((top === '{' && c === '}') || (top === '[' && c === ']')) { stack.pop(); i++; continue; }
    return i;
  }
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
