/** A self-managed cluster on VMs (IaasCluster). Fields beyond the common ones are filled in by the IaaS issue. */
import { z } from "zod";
import { clusterCommonFields } from "./cluster-common";
import { storageSchema } from "./storage";

export const iaasClusterSchema = z
  .strictObject({
    type: z.literal("iaas"),
    ...clusterCommonFields,
    storage: storageSchema.prefault({}),
  })
  .describe("A self-managed Kubernetes cluster on Azure VMs behind a public API load balancer.");

export type IaasClusterSpec = z.output<typeof iaasClusterSchema>;
