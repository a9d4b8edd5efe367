/**
 * What synthesis checks on the construct tree, without the local Terraform binary: cdktf's own
 * validations (providers present, ...) and the annotations constructs leave (warnings, errors).
 */
import { AnnotationMetadataEntryType, App } from "cdktf";
import { ValidateBinaryVersion } from "cdktf/lib/validations";
import { IValidation } from "constructs";

/**
 * Every construct validation except cdktf's checks of the local `terraform` binary's version (the
 * cloud block, moved and import blocks add one). The JSON is planned elsewhere (Terraform Cloud, a
 * pipeline) with whatever Terraform runs there, so the check proves nothing here; it would start one
 * `terraform version` process per stack and fail on every machine without Terraform.
 * Run with `new App({ skipValidation: true })`.
 */
export function constructValidationErrors(app: App): string[] {
  return app.node.findAll().flatMap((construct) =>
    validationsOf(construct.node)
      .filter((validation) => !(validation instanceof ValidateBinaryVersion))
      .flatMap((validation) => validation.validate().map((message) => `${construct.node.path}: ${message}`)),
  );
}

/** constructs keeps a node's validations in a field without an accessor; this is the one place that reads it. */
function validationsOf(node: object): readonly IValidation[] {
  return (node as { _validations?: IValidation[] })._validations ?? [];
}

export interface ConstructAnnotation {
  readonly level: "warning" | "error";
  /** The construct path, from the stack down: `prod-edge/network`. */
  readonly path: string;
  readonly message: string;
}

/** The warnings and errors constructs attached with `Annotations.of(...)`, in construct-path order. */
export function constructAnnotations(app: App): ConstructAnnotation[] {
  const levels: Record<string, ConstructAnnotation["level"]> = {
    [AnnotationMetadataEntryType.WARN]: "warning",
    [AnnotationMetadataEntryType.ERROR]: "error",
  };
  return app.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => levels[entry.type] !== undefined)
        .map((entry) => ({ level: levels[entry.type], path: construct.node.path, message: String(entry.data) })),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
