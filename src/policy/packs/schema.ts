import { z } from "zod";
import { CATEGORY_IDS, CHANNELS } from "../categories";

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

export const SubType = Worded;

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
  kind: z.enum([
    "phoneTimeLimit",
    "singleChannel",
    "dedicatedAddress",
    "blockedAddress",
    "advocateOnly",
    "singlePointOfContact",
    "readAndFile",
    "noReopeningClosedCase",
    "other",
  ]),
  label: z.string().min(1),
  /** What staff may and may not do under it, shown in the banner. */
  staffGuidance: z.string().min(1),
  source: SourceRef,
});

export const Criterion = Worded;

export const LetterElement = Worded.extend({
  /** Which letters must carry it. */
  letters: z.array(z.enum(["warning", "restriction", "reviewOutcome", "disputeOutcome"])).min(1),
});

export const PolicyPack = z.object({
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
    /** When the warning may be skipped (Warwickshire 6/7: violence used or threatened). */
    exception: z.string().optional(),
    source: SourceRef,
  }),
  /** The office's own response times, for judging timescale demands (Gwent 6.0). */
  responseTimes: z.object({ workingDays: z.number().int().positive(), source: SourceRef }),
  letterElements: z.array(LetterElement).min(1),
  signposting: z.array(z.object({ text: z.string().min(1), source: SourceRef })),
  /** The policy document to attach to restriction letters (Warwickshire 7: "A copy of this policy"). */
  policyDocument: z.object({ title: z.string().min(1), url: z.string().url() }),
});

export type PolicyPack = z.infer<typeof PolicyPack>;
export type PackCategory = z.infer<typeof Category>;
export type PackCriterion = z.infer<typeof Criterion>;
