/** Fields every cluster has, whatever its type. */
import { z } from "zod";
import { clusterNameProblem } from "../../azure/names";
import { kubernetesVersionSchema, tagsSchema, zonesSchema } from "./common";
import { checkedBy } from "./report";
import { networkSchema } from "./network";
import { packsSchema } from "./packs";
import { proxySchema } from "./proxy";

export const clusterNameSchema = z
  .string()
  .superRefine(checkedBy(clusterNameProblem))
  .describe("Cluster name: lowercase letters, digits, hyphens; 2-24 characters. Stack name is <env>-<name>.");

export const clusterCommonFields = {
  name: clusterNameSchema,
  tags: tagsSchema
    .default({})
    .describe("Tags of this cluster's resources, merged over the environment's (the cluster wins)."),
  kubernetesVersion: kubernetesVersionSchema,
  zones: zonesSchema.default(["1", "2", "3"]),
  network: networkSchema.prefault({}),
  proxy: proxySchema.optional(),
  privateCloudGateway: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Which of the environment's privateCloudGateways this cluster uses (its VNet " +
        "unless network.vnet is set, and its proxy unless proxy is set), or none. " +
        "@default the environment's gateway when it has exactly one",
    ),
  packs: packsSchema.default([]),
  deletionProtection: z
    .boolean()
    .optional()
    .describe("prevent_destroy on this cluster's unrecreatable resources. @default the environment's"),
};
