/** Fields every cluster has, whatever its type. */
import { z } from "zod";
import { clusterNameProblem } from "../../azure/names";
import { kubernetesVersionSchema, tagsSchema, zonesSchema } from "./common";
import { networkSchema } from "./network";
import { packsSchema } from "./packs";
import { proxySchema } from "./proxy";

export const clusterNameSchema = z
  .string()
  .superRefine((name, ctx) => {
    const problem = clusterNameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("Cluster name: lowercase letters, digits, hyphens; 2-24 characters. Stack name is <env>-<name>.");

export const clusterCommonFields = {
  name: clusterNameSchema,
  tags: tagsSchema.default({}).describe("Tags of this cluster's resources, merged over the environment's (the cluster wins)."),
  kubernetesVersion: kubernetesVersionSchema,
  zones: zonesSchema.default(["1", "2", "3"]),
  network: networkSchema.prefault({}),
  proxy: proxySchema.optional(),
  packs: packsSchema.default([]),
};
