/**
 * Every taggable resource of the default environments carries the environment's and cluster's tags
 * (the AKS default node pool, a nested block, included), whatever construct made it.
 */
import { App, TerraformResource, TerraformStack } from "cdktf";
import { join } from "node:path";
import { addEnvironmentStacks } from "../../src/app/environment-app";
import { loadEnvironments } from "../../src/app/synthesize";
import { mergeTags } from "../../src/azure/tags";
import { REPO_ROOT, tempDir } from "../helpers";

const environments = loadEnvironments(REPO_ROOT, {}, {});
const app = new App({ outdir: join(tempDir(), "cdktf.out"), skipValidation: true });
addEnvironmentStacks(app, environments);
// Aspects (the tags among them) run when the app synthesizes.
app.synth();
const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);

/** The tags a stack's resources must carry: its environment's, with its cluster's over them. */
function expectedTags(stack: TerraformStack): Record<string, string> {
  for (const env of environments) {
    if (stack.node.id === `${env.name}-shared`) return mergeTags(env.tags, {});
    const cluster = env.clusters.find((c) => stack.node.id === `${env.name}-${c.name}`);
    if (cluster) return mergeTags(env.tags, cluster.tags);
  }
  throw new Error(`no environment builds ${stack.node.id}`);
}

describe.each(stacks.filter((s) => !s.node.id.endsWith("-packs")).map((s) => [s.node.id, s] as const))(
  "stack %s",
  (_name, stack) => {
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    const taggable = stack.node
      .findAll()
      .filter((c): c is TerraformResource => c instanceof TerraformResource && "tagsInput" in c);

    it("has taggable azurerm resources", () => expect(taggable.length).toBeGreaterThan(0));

    it("tags every one of them with the environment's and cluster's tags", () => {
      const expected = expectedTags(stack);
      const untagged = taggable
        .map((resource) => {
          const block = json.resource[resource.terraformResourceType][resource.friendlyUniqueId];
          return { address: `${resource.terraformResourceType}.${resource.friendlyUniqueId}`, tags: block.tags };
        })
        .filter(({ tags }) => !Object.entries(expected).every(([k, v]) => tags?.[k] === v));
      expect(untagged).toEqual([]);
    });

    it("tags the AKS default node pool too", () => {
      for (const cluster of Object.values<any>(json.resource.azurerm_kubernetes_cluster ?? {}))
        expect(cluster.default_node_pool.tags).toEqual(cluster.tags);
    });
  },
);
