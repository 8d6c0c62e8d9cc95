/**
 * The classifier benchmark's message: an office complaint (a deadline, a demand, an insult to a group, attachments),
 * repeated to any length. One place, so the benchmark, bench/profile.ts and bench/compare.ts time the same text.
 */
const PARAGRAPHS = [
  "I am writing again about my complaint reference 2026/0417, which concerns the way my report of a burglary was handled in March.",
  "I have still not had a proper answer and I expect a full response by Friday, or I will take this further with my MP.",
  "The officer who attended was rude and dismissive and I want him disciplined. You people are useless and I am sick of being ignored.",
  "Please find attached copies of my previous letters, the crime reference, and the notes I made at the time of the incident.",
];

/** The benchmark's body, cut to `bytes` characters. */
export function benchBody(bytes: number): string {
  let text = "";
  for (let i = 0; text.length < bytes; i += 1) text += `${PARAGRAPHS[i % PARAGRAPHS.length]} `;
  return text.slice(0, bytes);
}
