/**
 * Outlook's preset category colours (Preset0 … Preset24), for chips that look like the
 * ones staff see in Outlook. Graph spells them "preset0"; office-js "Preset0".
 */
const PRESETS: ReadonlyArray<readonly [background: string, name: string]> = [
  ["#e74856", "Red"], ["#ff8c00", "Orange"], ["#b58a4a", "Brown"], ["#fff100", "Yellow"], ["#47d041", "Green"],
  ["#30c6cc", "Teal"], ["#73aa24", "Olive"], ["#00bcf2", "Blue"], ["#8764b8", "Purple"], ["#f495bf", "Cranberry"],
  ["#a0aeb2", "Steel"], ["#5b6d75", "DarkSteel"], ["#b3b3b3", "Gray"], ["#666666", "DarkGray"], ["#000000", "Black"],
  ["#750b1c", "DarkRed"], ["#ca5010", "DarkOrange"], ["#8e562e", "DarkBrown"], ["#c19c00", "DarkYellow"], ["#0b6a0b", "DarkGreen"],
  ["#038387", "DarkTeal"], ["#4b6429", "DarkOlive"], ["#004e8c", "DarkBlue"], ["#5c2e91", "DarkPurple"], ["#a4262c", "DarkCranberry"],
];

export interface ChipColour {
  background: string;
  foreground: string;
  /** Outlook's name for the colour, for screen readers and tooltips. */
  name: string;
}

const NONE: ChipColour = { background: "#e1dfdd", foreground: "#201f1e", name: "No colour" };

export function presetIndex(color: string | undefined): number | undefined {
  const match = /^preset(\d{1,2})$/i.exec(color ?? "");
  const index = match ? Number(match[1]) : NaN;
  return index >= 0 && index < PRESETS.length ? index : undefined;
}

export function chipColour(color: string | undefined): ChipColour {
  const index = presetIndex(color);
  const preset = index === undefined ? undefined : PRESETS[index];
  if (!preset) return NONE;
  const [background, name] = preset;
  // Whichever of black or white contrasts more (WCAG): chips must stay readable (axe checks).
  const l = luminance(background);
  return { background, foreground: (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff", name };
}

/** Graph "preset7" → office-js "Preset7" and back; anything else is "None"/"none". */
export const toOfficeColour = (graph: string | undefined) => (presetIndex(graph) === undefined ? "None" : `Preset${presetIndex(graph)}`);
export const toGraphColour = (office: string | undefined) => (presetIndex(office) === undefined ? "none" : `preset${presetIndex(office)}`);

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
