/**
 * A phrase written to stand alone ("Practitioners and managers", "LSCB members and ...") placed
 * after words in a sentence ("For practitioners and managers"): its first letter is lowered only
 * when its first word is an ordinary capitalised word. An acronym or initialism (LSCB, NHS, ICB)
 * keeps its capitals: "For LSCB members", never "For lSCB members".
 */
export function inSentence(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  const ordinary = /^\p{Lu}[\p{Ll}'’-]*[,;:]?$/u.test(first);
  return ordinary ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
