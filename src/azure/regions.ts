/**
 * Azure public-cloud regions with availability zones, by programmatic name (Microsoft's "Azure
 * regions list", late 2025). Clusters here spread over zones, so a region without them, or a typo
 * such as `westeurope2`, is refused at load rather than at apply. A new region: add it here. Pure.
 */
import { problem, Problem } from "../core/issues";
export const REGIONS_WITH_ZONES: readonly string[] = [
  "australiaeast",
  "austriaeast",
  "belgiumcentral",
  "brazilsouth",
  "canadacentral",
  "centralindia",
  "centralus",
  "chilecentral",
  "denmarkeast",
  "eastasia",
  "eastus",
  "eastus2",
  "francecentral",
  "germanywestcentral",
  "indonesiacentral",
  "israelcentral",
  "italynorth",
  "japaneast",
  "japanwest",
  "koreacentral",
  "malaysiawest",
  "mexicocentral",
  "newzealandnorth",
  "northeurope",
  "norwayeast",
  "polandcentral",
  "qatarcentral",
  "southafricanorth",
  "southcentralus",
  "southeastasia",
  "spaincentral",
  "swedencentral",
  "switzerlandnorth",
  "uaenorth",
  "uksouth",
  "westeurope",
  "westus2",
  "westus3",
];

/** Why `location` cannot hold a cluster, with the closest names as a hint, or undefined. */
export function locationProblem(location: string): Problem | undefined {
  if (REGIONS_WITH_ZONES.includes(location)) return undefined;
  const lower = location.toLowerCase().replace(/\s+/g, "");
  const close = REGIONS_WITH_ZONES.filter((region) => editDistance(region, lower) <= 2);
  const hint = close.length > 0 ? `did you mean ${close.join(" or ")}? ` : "";
  return problem(
    "location-unknown",
    `${JSON.stringify(location)} is not an Azure region with availability ` +
      `zones: ${hint}(regions are written as the CLI prints them, e.g. westeurope; a ` +
      `new region goes into src/azure/regions.ts)`,
  );
}

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
