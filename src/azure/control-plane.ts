/** Control-plane sizing and placement rules for self-managed (kubeadm, stacked etcd) clusters. Pure: no cdktf here. */
import { problem, Problem } from "../core/issues";

/**
 * etcd needs a majority of members: 3 survive one failure, 5 survive two. An even count adds a
 * machine that can fail without adding tolerance, so Palette and Cluster API refuse it.
 */
export const CONTROL_PLANE_COUNTS = [1, 3, 5] as const;

export function controlPlaneCountProblem(count: number): Problem | undefined {
  if ((CONTROL_PLANE_COUNTS as readonly number[]).includes(count)) return undefined;
  const why =
    Number.isInteger(count) && count > 0 && count % 2 === 0
      ? ` (${count} is even: etcd needs ${count / 2 + 1} of them, so it ` +
        `survives ${count / 2 - 1} failure(s), the same as ${count - 1})`
      : "";
  return problem(
    why ? "control-plane-count-even" : "control-plane-count",
    `control-plane count is 1, 3 or 5${why}`,
    count,
  );
}

/** The zone of each of `count` machines, round-robin in the order the zones are listed. */
export function spreadOverZones<Z extends string>(count: number, zones: readonly Z[]): Z[] {
  return Array.from({ length: count }, (_, i) => zones[i % zones.length]);
}
