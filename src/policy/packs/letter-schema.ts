import { z } from "zod";
import { CATEGORY_IDS } from "../categories";
import { LETTER_KINDS, LETTER_VARIANTS } from "../letters/kinds";

/**
 * An office's letter templates, part of its pack: its own wording, letterhead and signatory,
 * with typed merge fields (src/policy/letters/fields). Which elements each letter must carry
 * is the pack's `letterElements`; the pack check refuses a template that leaves one out.
 */
const SourceRefShape = z.object({ file: z.string().min(1), section: z.string().min(1), quote: z.string().min(1).max(200).optional() });

export const LetterBlock = z.object({
  /** The office's words; `{{field}}` marks a merge field. A list field stands alone in its paragraph. */
  text: z.string().min(1),
  /** Ids of the pack's letter elements this paragraph carries. */
  carries: z.array(z.string().min(1)).optional(),
  /** Fields this paragraph introduces without using (a lead-in to a list): left out when they have no value. */
  needs: z.array(z.string().min(1)).optional(),
  /** Only in some letters: for these outcomes, or when the behaviour includes one of these categories. */
  when: z
    .object({
      variants: z.array(z.enum(LETTER_VARIANTS)).min(1).optional(),
      categories: z.array(z.enum(CATEGORY_IDS)).min(1).optional(),
    })
    .optional(),
});
export type LetterBlock = z.infer<typeof LetterBlock>;

export const LetterTemplate = z.object({
  kind: z.enum(LETTER_KINDS),
  subject: z.string().min(1),
  blocks: z.array(LetterBlock).min(1),
  /** Who signs: the pack's authoriser, whoever hears disputes, or the member of staff preparing it. */
  signedBy: z.enum(["authoriser", "disputeTo", "preparer"]),
  /** The paragraph that asks for this letter. */
  source: SourceRefShape,
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

/** Where to send a matter the office cannot deal with (Warwickshire 1: "signposting information"). */
export const Signpost = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Finishes "We cannot deal with …": "complaints about Warwickshire Police". */
  matter: z.string().min(1),
  /** Where to go instead, in full sentences. */
  where: z.string().min(1),
  source: SourceRefShape,
});

export const Letters = z.object({
  letterhead: z.object({
    /** Lines at the top of every letter: the office's name first. */
    lines: z.array(z.string().min(1)).min(1),
    /**
     * The office's postal address, one line each (street, town, postcode), printed under the
     * letterhead and given as the route for letters to the single point of contact (Warwickshire 7
     * "how and when further contact … will take place"). An office sets it in its pack or its
     * config (`postalAddress`); without one, letters give only the email route.
     */
    postalAddress: z.array(z.string().min(1)).min(1).optional(),
    telephone: z.string().min(1).optional(),
    email: z.string().email().optional(),
    website: z.string().url().optional(),
  }),
  /** "Dear …" when the person's name is not known. */
  salutationWithoutName: z.string().min(1),
  closing: z.string().min(1),
  /**
   * The plainness every template must reach, as a Flesch reading ease score (0–100, higher
   * is easier; 60 and over is plain English), checked by a test for each template.
   */
  readingEase: z.object({ minimum: z.number().min(0).max(100), source: SourceRefShape }),
  templates: z.array(LetterTemplate).min(1),
  signposts: z.array(Signpost),
});
export type Letters = z.infer<typeof Letters>;
