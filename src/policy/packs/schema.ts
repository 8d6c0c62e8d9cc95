import { z } from "zod";
import { CATEGORY_IDS, CHANNELS, SUB_TYPES } from "../categories";
import { COMPOSE_RULES } from "../compose-guard";
import { templateProblems } from "../letters/check-templates";
import { LETTER_KINDS, LETTER_VARIANTS } from "../letters/kinds";
import { Letters } from "./letter-schema";
import { ALERT_KINDS } from "../alerts/types";
import { RESTRICTION_KINDS } from "../restrictions";

/**
 * An office's policy pack: everything that differs between offices is data here, so a
 * third office is a new pack, not new code. Every rule carries `source`, the policy file
 * and section it comes from.
 */
export const SourceRef = z.object({
  file: z.string().min(1),
  section: z.string().min(1),
  /** A short verbatim phrase from that section, so every rule can be checked against the text. */
  quote: z.string().min(1).max(200).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

const Worded = z.object({
  id: z.string().min(1),
  /** The office's own words. */
  label: z.string().min(1),
  description: z.string().min(1),
  source: SourceRef,
});

export const SubType = Worded.extend({
  /**
   * How a letter to the person names this behaviour and how they can change it (Warwickshire 6:
   * "informed about the issues with their behaviour … advised how they can adjust their behaviour";
   * Gwent 7.0 "the opportunity to adapt their behaviour"). Without it a letter gives the label and
   * its category's plain default (src/policy/letters/behaviour).
   */
  inLetter: z
    .object({
      /** The behaviour in plain words to the person, finishing "Abuse: …": "swearing at or insulting people in what you send us." */
      says: z.string().min(1),
      /** What to do instead, to the person: "Please …". */
      advice: z.string().min(1),
      /** The paragraph the advice rests on. */
      source: SourceRef,
    })
    .optional(),
});

export const Category = Worded.extend({
  /** Canonical id this office's category maps onto. */
  canonical: z.enum(CATEGORY_IDS),
  /** Warwickshire's heading ("Unacceptable behaviour" / "Unreasonable behaviour"), if any. */
  group: z.string().optional(),
  subTypes: z.array(SubType).min(1),
});

export const ChannelHandling = z.object({
  channel: z.enum(CHANNELS),
  /** What staff do when this channel carries unacceptable behaviour. */
  guidance: z.string().min(1),
  source: SourceRef,
});

export const RestrictionOption = z.object({
  kind: z.enum(RESTRICTION_KINDS),
  label: z.string().min(1),
  /**
   * What staff may do under it, shown in the banner under "You may": never a prohibition
   * ("do not …" belongs in `staffMayNot`; test/policy/guidance.test.ts holds both packs to it).
   */
  staffGuidance: z.string().min(1).optional(),
  /** What staff may not do under it, as the action refused ("Reply to the blocked address."), shown under "You may not". */
  staffMayNot: z.string().min(1).optional(),
  source: SourceRef,
});

export const Criterion = Worded;

export const LetterElement = Worded.extend({
  /** Which letters must carry it (src/policy/letters/kinds). */
  letters: z.array(z.enum(LETTER_KINDS)).min(1),
  /** Only in these outcomes of those letters (a review that ends a strategy gives no review date). */
  variants: z.array(z.enum(LETTER_VARIANTS)).min(1).optional(),
  /** Carrying it means enclosing a document: the policy (Warwickshire 7 "A copy of this policy will be provided"). */
  encloses: z.literal("policy").optional(),
});

/**
 * What staff do now when an alert is raised, in the office's words, each step citing its
 * section (Warwickshire 6 "We will always do this if physical violence is used or
 * threatened"; 7.2 "irrespective of any contact strategy"). Kinds the pack leaves out get
 * the product's default, marked as such.
 */
export const AlertWording = z.object({
  kind: z.enum(ALERT_KINDS),
  title: z.string().min(1),
  /** A step without `source` is the office's practice beyond its policy text, and is shown as uncited. */
  steps: z.array(z.object({ text: z.string().min(1), source: SourceRef.optional() })).min(1),
});

/** A rule the pack carries only to cite it: where this office's policy says it. */
const Cited = z.object({ source: SourceRef });

export const PolicyPackShape = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  office: z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** What this office calls the people it serves: customer / member of the public / service user. */
    personTerm: z.string().min(1),
  }),
  categories: z.array(Category).min(1),
  /** Warwickshire 4: questions staff ask before deciding how to manage behaviour. */
  underlyingCauses: z.array(Worded),
  channels: z.array(ChannelHandling).min(1),
  restrictionOptions: z.array(RestrictionOption).min(1),
  authoriser: z.object({
    /** Role name (matches an Actor's roles, and the SharePoint group that may approve). */
    role: z.string().min(1),
    title: z.string().min(1),
    source: SourceRef,
  }),
  /** Who hears a dispute (Warwickshire 7.3), if the policy provides for one. */
  disputeTo: z.object({ role: z.string().min(1), title: z.string().min(1), source: SourceRef }).optional(),
  criteria: z.array(Criterion).min(1),
  review: z.object({
    defaultMonths: z.number().int().positive(),
    maximumMonths: z.number().int().positive(),
    source: SourceRef,
  }),
  priorWarning: z.object({
    required: z.boolean(),
    /**
     * When the warning may be skipped (Warwickshire 6/7: violence used or threatened), and
     * which recorded behaviours (canonical sub-type ids, e.g. "threat") make it available.
     */
    exception: z
      .object({
        when: z.string().min(1),
        subTypes: z.array(z.string().min(1)).min(1),
        source: SourceRef,
      })
      .optional(),
    source: SourceRef,
  }),
  /** Decisions and their reasons go on the record (Gwent 9.0; Warwickshire 7). */
  recordKeeping: Cited,
  /** What a strategy sets out: its restrictions and how contact will take place (Gwent 8.0; Warwickshire 7). */
  strategyContents: Cited,
  /** The person is never left without a way to make contact (Gwent 8.0; Warwickshire 7.2). */
  furtherContact: Cited,
  /** The Equality Act 2010 duty to consider reasonable adjustments (Gwent 7.0; Warwickshire 5). */
  reasonableAdjustments: Cited,
  /** The office's own response times, for judging timescale demands (Gwent 6.0). */
  responseTimes: z.object({
    workingDays: z.number().int().positive(),
    /** "repeated": a deadline is an unreasonable demand only when pressed again (Warwickshire 3.2 "Repeatedly demanding"); "single": once is enough (Gwent 6.0). */
    deadlines: z.enum(["single", "repeated"]).optional(),
    source: SourceRef,
  }),
  /** Which category a complaint re-sent without new information falls in before a decision (see ClassifierOptions.resends). */
  resends: z.object({ category: z.enum(["persistent", "demands"]), source: SourceRef }).optional(),
  letterElements: z.array(LetterElement).min(1),
  /** Alert guidance; optional, so a pack written before alerts still loads (and its alerts use the default). */
  alerts: z
    .object({
      /** Said on every alert: the strategy does not change this (Warwickshire 7.2). */
      strategyNote: z.object({ text: z.string().min(1), source: SourceRef }).optional(),
      guidance: z.array(AlertWording),
    })
    .optional(),
  signposting: z.array(z.object({ text: z.string().min(1), source: SourceRef })),
  /**
   * Which compose-guard breaches a writer may override, and when that is proper, in the
   * office's words (e.g. a reply about a different matter, Warwickshire 7.2). An override is
   * recorded in the AuditTrail. Absent: no override; the writer fixes the message.
   */
  composeGuard: z
    .object({
      overridable: z.array(z.enum(COMPOSE_RULES)),
      /** Completes "If …, choose Record override" in the Smart Alert. */
      when: z.string().min(1),
      source: SourceRef,
    })
    .optional(),
  /** The policy document to attach to restriction letters (Warwickshire 7: "A copy of this policy"). */
  policyDocument: z.object({
    title: z.string().min(1),
    url: z.string().url(),
    /**
     * The copy enclosed with a letter: a plain-text file the Word letter includes and the
     * Outlook draft attaches. `href` is absolute, or relative to the add-in's own pages.
     */
    copy: z.object({ fileName: z.string().min(1), href: z.string().min(1) }).optional(),
  }),
  /** The office's letter templates; without them the pack produces no letters. */
  letters: Letters.optional(),
});

type Shape = z.infer<typeof PolicyPackShape>;
type Path = Array<string | number>;

/** Each value at most once: lookups by id (criteria, wording, options) take the first match. */
function duplicates<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => Path, what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: "custom", path: path(index), message: `Duplicate ${what} "${value}".` });
    seen.add(value);
  });
}

/** Checks between fields that a shape alone cannot express. */
function crossFieldChecks(pack: Shape, ctx: z.RefinementCtx): void {
  if (pack.review.defaultMonths > pack.review.maximumMonths) {
    ctx.addIssue({
      code: "custom",
      path: ["review", "defaultMonths"],
      message: `The default review period (${pack.review.defaultMonths} months) is longer than the maximum (${pack.review.maximumMonths} months).`,
    });
  }
  duplicates(pack.categories, (c) => c.id, (i) => ["categories", i, "id"], "category id", ctx);
  duplicates(pack.categories, (c) => c.canonical, (i) => ["categories", i, "canonical"], "canonical category", ctx);
  pack.categories.forEach((category, c) => {
    duplicates(category.subTypes, (s) => s.id, (i) => ["categories", c, "subTypes", i, "id"], "sub-type id", ctx);
    // Findings carry canonical sub-type ids; a pack words them, it cannot invent new ones.
    const canonical: readonly string[] = SUB_TYPES[category.canonical];
    category.subTypes.forEach((subType, i) => {
      if (!canonical.includes(subType.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["categories", c, "subTypes", i, "id"],
          message: `"${subType.id}" is not a sub-type of ${category.canonical}; use one of: ${canonical.join(", ")}.`,
        });
      }
    });
  });
  duplicates(pack.criteria, (c) => c.id, (i) => ["criteria", i, "id"], "criterion id", ctx);
  duplicates(pack.channels, (c) => c.channel, (i) => ["channels", i, "channel"], "channel", ctx);
  duplicates(pack.restrictionOptions, (o) => o.kind, (i) => ["restrictionOptions", i, "kind"], "restriction option", ctx);
  duplicates(pack.letterElements, (e) => e.id, (i) => ["letterElements", i, "id"], "letter element id", ctx);
  duplicates(pack.underlyingCauses, (u) => u.id, (i) => ["underlyingCauses", i, "id"], "underlying cause id", ctx);
  duplicates(pack.alerts?.guidance ?? [], (g) => g.kind, (i) => ["alerts", "guidance", i, "kind"], "alert kind", ctx);

  for (const problem of templateProblems(pack)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });

  const exception = pack.priorWarning.exception;
  if (exception) {
    if (!pack.priorWarning.required) {
      ctx.addIssue({
        code: "custom",
        path: ["priorWarning", "exception"],
        message: "An exception to the written warning only makes sense when a warning is required.",
      });
    }
    const known = new Set(pack.categories.flatMap((c) => c.subTypes.map((s) => s.id)));
    exception.subTypes.forEach((subType, i) => {
      if (!known.has(subType)) {
        ctx.addIssue({
          code: "custom",
          path: ["priorWarning", "exception", "subTypes", i],
          message: `The exception names sub-type "${subType}", which none of the pack's categories has.`,
        });
      }
    });
  }
}

/**
 * The pack schema: the shape plus cross-field checks (default review period within the
 * maximum; ids unique; the warning exception names sub-types the pack has).
 */
export const PolicyPack = PolicyPackShape.superRefine(crossFieldChecks);

export type PolicyPack = z.infer<typeof PolicyPack>;
export type PackCategory = z.infer<typeof Category>;
export type PackCriterion = z.infer<typeof Criterion>;
