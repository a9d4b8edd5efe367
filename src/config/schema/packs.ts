/**
 * Pack layers whose namespaces this project creates, in the shape of Palette's pack values
 * (`pack: { namespace, namespaceLabels }`, plus `namespaceAnnotations`).
 */
import { z } from "zod";
import {
  labelValueProblem,
  MAX_ANNOTATIONS_BYTES,
  namespaceNameProblem,
  qualifiedKeyProblem,
} from "../../azure/kubernetes-names";
import { checkedBy, report } from "./report";
import { problem } from "../../core/issues";

const scalarString = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

const namespaceSchema = z.string().superRefine(checkedBy(namespaceNameProblem));

const labelsSchema = z.record(z.string(), scalarString).superRefine((labels, ctx) => {
  for (const [key, value] of Object.entries(labels)) {
    report(ctx, qualifiedKeyProblem(key, "label") ?? labelValueProblem(key, value), { at: key });
  }
});

const annotationsSchema = z.record(z.string(), scalarString).superRefine((annotations, ctx) => {
  for (const key of Object.keys(annotations)) {
    report(ctx, qualifiedKeyProblem(key, "annotation"), { at: key });
  }
  const bytes = Object.entries(annotations).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  if (bytes > MAX_ANNOTATIONS_BYTES)
    report(
      ctx,
      problem("annotations-size", `annotations total ${bytes} bytes; Kubernetes allows ${MAX_ANNOTATIONS_BYTES}`),
    );
});

export const packSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe("Name of the pack layer, for people (e.g. nginx)."),
    pack: z.strictObject({
      namespace: namespaceSchema.describe("Namespace the pack installs into; created by the packs stack."),
      namespaceLabels: labelsSchema
        .default({})
        .describe(
          'Labels on the namespace, e.g. "spectrocloud.com/connection": "proxy" for packs that need the proxy.',
        ),
      namespaceAnnotations: annotationsSchema.default({}).describe("Annotations on the namespace."),
    }),
  })
  .describe("A pack layer: Palette's `pack:` block.");

export const packsSchema = z
  .array(packSchema)
  .superRefine((packs, ctx) => {
    packs.forEach((p, i) => {
      const first = packs.findIndex((q) => q.pack.namespace === p.pack.namespace);
      if (first < i) {
        report(
          ctx,
          problem(
            "namespace-duplicate",
            `namespace ${JSON.stringify(p.pack.namespace)} is already created by ` +
              `packs[${first}]; put both packs' labels there`,
          ),
          {
            path: [i, "pack", "namespace"],
          },
        );
      }
    });
  })
  .describe(
    "Pack layers whose namespaces (with labels and annotations) this project creates, in stack <env>-<cluster>-packs.",
  );

export type PackSpec = z.output<typeof packSchema>;
export type PacksSpec = z.output<typeof packsSchema>;
