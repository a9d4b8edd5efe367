/** One environment file: `stacks/environments/<env>.yaml`. */
import { z } from "zod";
import { IaasPlan } from "../../azure/iaas-plan";
import { NetworkPlan } from "../../azure/network-plan";
import { StoragePlan } from "../../azure/storage-plan";
import { backendSchema } from "./backend";
import { isYamlMap, locationSchema, tagsSchema } from "./common";
import { aksClusterSchema } from "./aks";
import { iaasClusterSchema } from "./iaas";
import { privateCloudGatewaySchema } from "./private-cloud-gateway";
import { KUBELOGIN_LOGINS } from "../../core/kubernetes-access";
import { ClusterGateway, resolveClusters } from "../resolve-clusters";
import { report, reportIssues } from "./report";
import { problem } from "../../core/issues";

export const resourceGroupSchema = z
  .union([
    z.string().transform((name) => ({ name, create: false })),
    z.strictObject({
      name: z.string(),
      create: z
        .boolean()
        .default(false)
        .describe(
          "Create the group (in the environment's shared stack <env>-shared) instead of " +
            "looking up an existing one. @default false",
        ),
    }),
  ])
  .pipe(
    z.object({
      name: z.string().regex(/^[-\w.()]{0,89}[-\w()]$/, "1-90 letters, digits, - _ . ( ), not ending with a period"),
      create: z.boolean(),
    }),
  )
  .describe("Resource group of the clusters: a name (existing group, looked up) or {name, create}.");

/** The most clusters one environment file may list: each is a stack (a workspace) of its own. */
export const MAX_CLUSTERS = 100;

export const clusterSchema = z.discriminatedUnion("type", [aksClusterSchema, iaasClusterSchema], {
  error: (issue) => (isYamlMap(issue.input) ? "one of aks, iaas" : "expected a map with type: aks or iaas"),
});

export const environmentBodySchema = z
  .strictObject({
    location: locationSchema,
    resourceGroup: resourceGroupSchema,
    tags: tagsSchema.default({}).describe("Tags on every resource of every cluster of this environment."),
    backend: backendSchema.default({ type: "local", path: "state" }),
    deletionProtection: z
      .boolean()
      .optional()
      .describe(
        "prevent_destroy on what cannot be recreated (clusters, control-plane VMs, disks, storage " +
          "accounts, log workspaces) in every cluster of this environment (docs/deleting-clusters.md). " +
          "@default true in an environment named prod or production, else false",
      ),
    kubeloginLogin: z
      .enum(KUBELOGIN_LOGINS, { error: `one of ${KUBELOGIN_LOGINS.join(", ")}` })
      .default("azurecli")
      .describe(
        "How packs stacks sign in to Entra ID clusters: kubelogin --login, where the " +
          "packs stacks run: azurecli (a workstation), msi (an agent on Azure with a " +
          "managed identity), workloadidentity (a pipeline or an agent on AKS), spn, azd. " +
          "PALETTE_KUBELOGIN_LOGIN overrides it. @default azurecli",
      ),
    privateCloudGateways: z
      .array(privateCloudGatewaySchema)
      .default([])
      .superRefine((gateways, ctx) => {
        gateways.forEach((gateway, i) => {
          const first = gateways.findIndex((g) => g.name === gateway.name);
          if (first < i)
            report(
              ctx,
              problem(
                "gateway-name-duplicate",
                `${JSON.stringify(gateway.name)} is already the name of privateCloudGateways[${first}]`,
              ),
              { path: [i, "name"] },
            );
        });
      })
      .describe(
        "Palette's Private Cloud Gateways (PCG) of this environment: the VNet each runs " +
          "in and its proxy. Clusters choose one with privateCloudGateway.",
      ),
    clusters: z
      .array(clusterSchema)
      .min(1, "list at least one cluster")
      .superRefine((clusters, ctx) =>
        report(
          ctx,
          clusters.length > MAX_CLUSTERS
            ? problem(
                "clusters-too-many",
                `${clusters.length} clusters; an environment has at most ${MAX_CLUSTERS} (each is a stack ` +
                  "and a workspace of its own): split it into several environments",
              )
            : undefined,
        ),
      ),
  })
  .describe("An environment: where its clusters live, how they are tagged, where their state is kept.");

/** The file as written, then every cluster resolved: its gateway, proxy and network plan. */
export const environmentSchema = environmentBodySchema.transform((env, ctx): EnvironmentBody => {
  const { clusters, issues } = resolveClusters(env);
  reportIssues(ctx, issues);
  return { ...env, clusters: clusters as ClusterSpec[] };
});

type Resolved<C> = Omit<C, "network" | "privateCloudGateway"> & {
  /** The cluster's network with every default applied (a gateway's VNet when it inherits one). */
  readonly network: NetworkPlan;
  /** The gateway the cluster uses and what it took from it. @default - none: no Private Cloud Gateway */
  readonly gateway?: ClusterGateway;
};

export type AksClusterSpec = Resolved<z.output<typeof aksClusterSchema>>;
export type IaasClusterSpec = Omit<Resolved<z.output<typeof iaasClusterSchema>>, keyof IaasPlan | "storage"> &
  IaasPlan & {
    /** The cluster storage with every default applied. */
    readonly storage: StoragePlan;
  };
export type ClusterSpec = AksClusterSpec | IaasClusterSpec;
export type ClusterInput = z.output<typeof clusterSchema>;
export type EnvironmentInput = z.input<typeof environmentBodySchema>;
export type EnvironmentBody = Omit<z.output<typeof environmentBodySchema>, "clusters"> & {
  /** The environment's clusters, each resolved: its gateway, proxy and network plan (IaaS: its plan and storage). */
  readonly clusters: ClusterSpec[];
};
export type ResourceGroupSpec = z.output<typeof resourceGroupSchema>;

/** A loaded environment: its name (from the file name) and its validated, defaulted body. */
export interface EnvironmentSpec extends EnvironmentBody {
  /** The environment's name: its file's base name. */
  readonly name: string;
  /** The file it came from, relative to the repository, for messages. */
  readonly file: string;
}
