/** An AKS cluster (AksCluster). Fields beyond the common ones are filled in by the AKS issue. */
import { z } from "zod";
import { clusterCommonFields } from "./cluster-common";

export const aksClusterSchema = z
  .strictObject({
    type: z.literal("aks"),
    ...clusterCommonFields,
  })
  .describe("A managed AKS cluster.");

export type AksClusterSpec = z.output<typeof aksClusterSchema>;
