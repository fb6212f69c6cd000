/**
 * JSON as operators type it in Notepad: `//` and `/* … *\/` comments and a trailing comma
 * before `}` or `]` are removed (outside strings) before JSON.parse. Anything else that is
 * not JSON still throws, with JSON.parse's own message. Used for settings.json only; content
 * files stay strict JSON (they are checked with validate-content before they ship).
 */
export function parseLenientJson(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // copy a string literal as is, escapes included
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') i++;
      else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out);
}
