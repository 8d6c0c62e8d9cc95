/** text-readability ships no types; the one call the reading-ease test makes. */
declare module "text-readability" {
  const readability: { fleschReadingEase(text: string): number };
  export default readability;
}
