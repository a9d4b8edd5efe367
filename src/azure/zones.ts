/** Availability zones as Azure names them in a region that has them. Pure: no cdktf here. */
import { problem, Problem } from "../core/issues";

export const AVAILABILITY_ZONES = ["1", "2", "3"] as const;
export type Zone = (typeof AVAILABILITY_ZONES)[number];

/** Why a list of zones is not a non-empty subset of 1, 2, 3 without repeats, or undefined. */
export function zonesProblem(zones: readonly string[]): Problem | undefined {
  if (zones.length === 0) return problem("zones-empty", "list at least one zone");
  const bad = zones.find((z) => !(AVAILABILITY_ZONES as readonly string[]).includes(z));
  if (bad !== undefined) return problem("zone-unknown", `zone ${JSON.stringify(bad)} is not one of 1, 2, 3`);
  const dup = zones.find((z, i) => zones.indexOf(z) !== i);
  if (dup !== undefined) return problem("zone-duplicate", `zone ${dup} is listed twice`);
  return undefined;
}
