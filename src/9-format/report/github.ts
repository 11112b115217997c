// GitHub Actions workflow commands: each finding becomes an annotation on the
// line of the pull request, e.g.
//   ::error file=drafts/rez.txt,line=23,col=3,endLine=23,endColumn=168,title=duplicate-item::…
// Values are escaped as the runner expects (%, CR, LF; and ":" "," in properties).
import type { Reporter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = ({ files }) => {
  const out: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.rule)}`,
      ].join(',');
      out.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(d.message)}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
};
