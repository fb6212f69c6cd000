import { z } from 'zod';
import { CompleteAnswersSchema } from '../../src/shared/ipc';
import { LANGS } from '../../src/shared/i18n';
import type { Plan } from '../../src/shared/plan/types';

/**
 * What a usable Plan is, as a zod schema (src/shared/plan/types.ts has only the type): strict
 * objects (no stray keys), text in every language, no unfilled {placeholder}, https addresses,
 * at least one portal and help line, a real review date, help lines a portal points at
 * present. The model-based machine test checks the plan at the end of every path against it.
 */
const text = z.string().trim().min(1).refine((s) => !/\{\w+\}/.test(s), 'unfilled {placeholder}');
const localized = z.strictObject(Object.fromEntries(LANGS.map((l) => [l, text])) as Record<(typeof LANGS)[number], typeof text>);
const https = z.url({ protocol: /^https$/ });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const phone = z.string().regex(/^[0-9+][0-9 ()+-]{6,}[0-9]$/);

const item = z.strictObject({ text: localized, unconfirmed: z.boolean().optional(), portal: id.optional() });

export const PlanSchema = z
  .strictObject({
    answers: CompleteAnswersSchema,
    summary: z
      .array(z.strictObject({ question: z.enum(['task', 'region', 'destination', 'beneficiary', 'credential']), label: localized, value: localized }))
      .min(4),
    notices: z.array(
      z.strictObject({
        kind: z.enum(['info', 'caution', 'confirm-region', 'contradiction']),
        text: localized,
        id: id.optional(),
        unconfirmed: z.boolean().optional(),
      }),
    ),
    portals: z
      .array(
        z.strictObject({
          id,
          name: localized,
          url: https,
          purpose: localized,
          signIn: localized,
          unconfirmed: z.boolean().optional(),
          signInUnconfirmed: z.boolean().optional(),
          helpLines: z.array(id).optional(),
        }),
      )
      .min(1),
    signIn: z.strictObject({ credential: id, label: localized, advice: z.array(item), setup: z.array(item) }),
    bring: z.array(item),
    steps: z.array(item).min(1),
    helpLines: z
      .array(
        z.strictObject({
          id,
          name: localized,
          phone,
          tty: phone.optional(),
          note: localized.optional(),
          unconfirmed: z.boolean().optional(),
        }),
      )
      .min(1),
    reviewed: z.iso.date(),
    sources: z.array(https).min(1),
  })
  .superRefine((plan, ctx) => {
    const lines = new Set(plan.helpLines.map((h) => h.id));
    const portals = new Set(plan.portals.map((p) => p.id));
    if (lines.size !== plan.helpLines.length) ctx.addIssue({ code: 'custom', message: 'a help line is listed twice', path: ['helpLines'] });
    if (portals.size !== plan.portals.length) ctx.addIssue({ code: 'custom', message: 'a portal is listed twice', path: ['portals'] });
    plan.portals.forEach((p, i) =>
      p.helpLines?.forEach((h) => {
        if (!lines.has(h)) ctx.addIssue({ code: 'custom', message: `portal ${p.id} points at help line ${h}, not in the plan`, path: ['portals', i] });
      }),
    );
    plan.signIn.setup.forEach((s, i) => {
      if (s.portal && !portals.has(s.portal)) ctx.addIssue({ code: 'custom', message: `set-up step for portal ${s.portal}, not in the plan`, path: ['signIn', 'setup', i] });
    });
    if (plan.signIn.credential !== plan.answers.credential) ctx.addIssue({ code: 'custom', message: 'sign-in is not for the answered credential', path: ['signIn'] });
    const asked = plan.summary.map((s) => s.question);
    const expected = ['task', 'region', ...(plan.answers.destination ? ['destination'] : []), 'beneficiary', 'credential'];
    if (asked.join() !== expected.join()) ctx.addIssue({ code: 'custom', message: `summary is ${asked.join()}, expected ${expected.join()}`, path: ['summary'] });
  });

// The schema and the Plan type must describe the same thing, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof PlanSchema>, Plan> = true;
void sameShape;
