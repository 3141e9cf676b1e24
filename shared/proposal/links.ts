// Which text in a proposal is a live link: the consultancy's e-mail address, web address and phone number, found in
// its contact lines, the client contact's e-mail on the cover, and where they occur in a run of drawn text. Pure
// string work; tagging.ts writes the annotations.

export interface LinkTarget {
  /** The text as printed, also the annotation's /Contents. */
  text: string;
  /** The URI the link opens (mailto:, https:, tel:), ASCII only. */
  uri: string;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const WEB = /^(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/iu;
const PHONE = /^\+?[\d\s().\-/]+$/;

/** The link a contact line stands for, or null when it is neither an e-mail address, a web address nor a phone number. */
export function linkTargetOf(line: string): LinkTarget | null {
  const text = line.trim();
  if (text === '') return null;
  if (EMAIL.test(text)) return { text, uri: encodeURI(`mailto:${text}`) };
  if (WEB.test(text)) return { text, uri: encodeURI(/^https?:\/\//i.test(text) ? text : `https://${text}`) };
  const digits = text.replace(/\D/g, '');
  if (PHONE.test(text) && digits.length >= 6) return { text, uri: `tel:${text.trim().startsWith('+') ? '+' : ''}${digits}` };
  return null;
}

/** The link targets among the footer's lines: the first line is the company's name, never a link (it may read like a domain). */
export function contactLinks(footer: readonly string[]): LinkTarget[] {
  return footer.slice(1).flatMap((line) => {
    const target = linkTargetOf(line);
    return target === null ? [] : [target];
  });
}

/** The link targets among the client's contact lines on the cover: only an e-mail address (a name is never a link). */
export function personLinks(lines: readonly string[]): LinkTarget[] {
  return lines.flatMap((line) => (EMAIL.test(line.trim()) ? [{ text: line.trim(), uri: encodeURI(`mailto:${line.trim()}`) }] : []));
}

/** Text cut into pieces at each occurrence of a target; a single piece with no target when none occurs. */
export function linkPieces(text: string, targets: readonly LinkTarget[]): { text: string; target: LinkTarget | null }[] {
  const pieces: { text: string; target: LinkTarget | null }[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; target: LinkTarget } | null = null;
    for (const target of targets) {
      const at = rest.indexOf(target.text);
      if (at >= 0 && (best === null || at < best.at || (at === best.at && target.text.length > best.target.text.length))) best = { at, target };
    }
    if (best === null) break;
    if (best.at > 0) pieces.push({ text: rest.slice(0, best.at), target: null });
    pieces.push({ text: best.target.text, target: best.target });
    rest = rest.slice(best.at + best.target.text.length);
  }
  if (rest !== '' || pieces.length === 0) pieces.push({ text: rest, target: null });
  return pieces;
}
