/** One environment file: `stacks/environments/<env>.yaml`. */
import { z } from "zod";
import { backendSchema } from "./backend";
import { locationSchema, tagsSchema } from "./common";
import { aksClusterSchema } from "./aks";
import { iaasClusterSchema } from "./iaas";
import { privateCloudGatewaySchema } from "./private-cloud-gateway";
import { inheritGateway } from "../inherit-gateway";

export const resourceGroupSchema = z
  .union([
    z.string().transform((name) => ({ name, create: false })),
    z.strictObject({
      name: z.string(),
      create: z.boolean().default(false).describe("Create the group in this stack instead of looking up an existing one. @default false"),
    }),
  ])
  .pipe(
    z.object({
      name: z.string().regex(/^[-\w.()]{0,89}[-\w()]$/, "1-90 letters, digits, - _ . ( ), not ending with a period"),
      create: z.boolean(),
    }),
  )
  .describe("Resource group of the clusters: a name (existing group, looked up) or {name, create}.");

export const clusterSchema = z.discriminatedUnion("type", [aksClusterSchema, iaasClusterSchema], {
  error: "one of aks, iaas",
});

export const environmentBodySchema = z
  .strictObject({
    location: locationSchema,
    resourceGroup: resourceGroupSchema,
    tags: tagsSchema.default({}).describe("Tags on every resource of every cluster of this environment."),
    backend: backendSchema.default({ type: "local", path: "state" }),
    privateCloudGateway: privateCloudGatewaySchema.optional(),
    clusters: z.array(clusterSchema).min(1, "list at least one cluster"),
  })
  .describe("An environment: where its clusters live, how they are tagged, where their state is kept.");

export const environmentSchema = z.preprocess(inheritGateway, environmentBodySchema);

export type EnvironmentInput = z.input<typeof environmentBodySchema>;
export type EnvironmentBody = z.output<typeof environmentSchema>;
export type ClusterSpec = z.output<typeof clusterSchema>;
export type ResourceGroupSpec = z.output<typeof resourceGroupSchema>;

/** A loaded environment: its name (from the file name) and its validated, defaulted body. */
export interface EnvironmentSpec extends EnvironmentBody {
  readonly name: string;
  /** The file it came from, relative to the repository, for messages. */
  readonly file: string;
}
