// "Ответственный: Иванова И.И., Петров П.П." → ["Иванова И.И.", "Петров П.П."];
// "Ответственные: руководители ОО; заместители директоров по УВР" → two;
// a role after a name stays with it: "Иванова И.И., заместитель директора по УВР".
const INITIALS = /[А-ЯЁ]\.\s?[А-ЯЁ]\./u;

export function splitResponsible(value: string): string[] {
  const chunks = value
    .split(/\s*[;,]\s*|\s+и\s+(?=[А-ЯЁ])/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const out: string[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // a lower-case chunk right after a person is that person's role
    if (prev !== undefined && /^[а-яё]/.test(c) && INITIALS.test(prev)) out[out.length - 1] = `${prev}, ${c}`;
    else out.push(c);
  }
  return out;
}
