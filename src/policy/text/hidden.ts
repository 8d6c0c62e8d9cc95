import { Parser } from "htmlparser2";
import { squeeze } from "./hidden-words";
import { withoutBulk, MAX_HTML_CHARS } from "./html";

/**
 * Text an HTML message carries that a reader does not see: set not to show (`display:none`,
 * `visibility:hidden`, the `hidden` attribute, Outlook's `mso-hide:all`), made transparent, tiny
 * (2 px or less) or white on no background of its own. The classifier reads every word sent, so
 * an alert can rest on words like these; the pane says so, or a reader who looks at the message,
 * does not find them and takes the alert for a false one (T7 #16). Read in one streaming pass
 * (linear, no tree), each hidden element's words as one passage, white space squeezed.
 */
export function hiddenPassages(html: string): string[] {
  const body = withoutBulk(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const passages: string[] = [];
  // One entry per open element: whether it (or an ancestor) hides its text, and whether it paints a background.
  const stack: Array<{ name: string; hidden: boolean; background: boolean }> = [];
  let words = "";
  const hiddenNow = () => stack.at(-1)?.hidden ?? false;
  const flush = () => {
    const text = squeeze(words);
    if (text) passages.push(text);
    words = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        const style = (attributes.style ?? "").toLowerCase();
        const background = (parent?.background ?? false) || /background(?:-color)?\s*:/.test(style) || "bgcolor" in attributes;
        const hides = (parent?.hidden ?? false) || "hidden" in attributes || hidesText(style, background) || whiteFont(name, attributes, background);
        if (hides && !hiddenNow()) flush();
        stack.push({ name, hidden: hides, background });
      },
      ontext(text) {
        if (hiddenNow()) words += text;
      },
      onclosetag(name) {
        // Close up to the matching element: a missing end tag must not leave its hiding open for the rest of the message.
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        const wasHidden = hiddenNow();
        stack.length = at;
        if (wasHidden && !hiddenNow()) flush();
        else if (wasHidden) words += " ";
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(body);
  parser.end();
  flush();
  return passages;
}


const WHITE = String.raw`(?:white|#fff(?:fff)?\b|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))`;
const RULES = [
  /(?:^|;)\s*display\s*:\s*none/,
  /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)/,
  /(?:^|;)\s*mso-hide\s*:\s*all/,
  /(?:^|;)\s*opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)/,
  /(?:^|;)\s*font-size\s*:\s*(?:0(?:\.\d+)?|[01](?:\.\d+)?px|2px|[01](?:\.\d+)?pt)\s*(?:;|$|!)/,
];
/** A box of no height that hides what overflows it: both must be said. */
const NO_HEIGHT = /(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$|!)/;
const OVERFLOW_HIDDEN = /(?:^|;)\s*overflow\s*:\s*hidden/;
const WHITE_TEXT = new RegExp(String.raw`(?:^|;)\s*color\s*:\s*${WHITE}`);

/** Whether an inline style hides the element's text; white text only where nothing sets a background to read it on. */
function hidesText(style: string, background: boolean): boolean {
  if (!style) return false;
  if (RULES.some((rule) => rule.test(style)) || (NO_HEIGHT.test(style) && OVERFLOW_HIDDEN.test(style))) return true;
  return !background && WHITE_TEXT.test(style);
}

/** `<font color="white">`, as older mail writes it. */
function whiteFont(name: string, attributes: Record<string, string>, background: boolean): boolean {
  return name === "font" && !background && new RegExp(`^\\s*${WHITE}\\s*$`, "i").test(attributes.color ?? "");
}
