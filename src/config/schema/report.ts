/**
 * Our checks inside zod refinements: a problem becomes a zod issue that keeps its stable code (in
 * `params.code`, read back by zodIssues) and, with `at`, the key it is about, for a precise position.
 */
import { z } from "zod";
import { Issue, KeyPath, Problem } from "../../core/issues";

export function report(
  ctx: z.RefinementCtx,
  found: Problem | undefined,
  where: { at?: string | number; path?: KeyPath } = {},
): void {
  if (!found) return;
  ctx.addIssue({
    code: "custom",
    message: found.message,
    params: { code: found.code, ...(where.at === undefined ? {} : { at: where.at }) },
    ...(where.path ? { path: [...where.path] } : {}),
  });
}

/** Issues of a pure rule over the value being refined, each at its key path. */
export function reportIssues(ctx: z.RefinementCtx, issues: readonly Issue[]): void {
  for (const issue of issues) report(ctx, issue, { path: issue.path });
}

/** A zod refinement from one of our pure `...Problem` functions. */
export function checkedBy<T>(check: (value: T) => Problem | undefined) {
  return (value: T, ctx: z.RefinementCtx) => report(ctx, check(value));
}
