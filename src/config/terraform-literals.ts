import { Issue, KeyPath } from "../core/issues";
/**
 * Spec strings land in the Terraform JSON as literals, where `${` starts an interpolation and `%{`
 * a template directive: a tag value `a${b}` would make `terraform plan` fail far from its cause.
 * Refused at load, with the key that holds it, rather than silently escaped.
 */

const TEMPLATE_SEQUENCE = /[$%]\{/;

export function terraformTemplateIssues(value: unknown, path: KeyPath = []): Issue[] {
  if (typeof value === "string") {
    const found = TEMPLATE_SEQUENCE.exec(value);
    return found
      ? [
          {
            code: "terraform-template-sequence",
            path,
            message:
              `contains "${found[0]}", which Terraform reads as the start of a template ` +
              `expression: remove it (the JSON carries spec values as literals)`,
          },
        ]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => terraformTemplateIssues(item, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(TEMPLATE_SEQUENCE.test(key)
        ? [
            {
              code: "terraform-template-sequence",
              path: [...path, key],
              message: `the key contains a Terraform template sequence ("\${" or "%{")`,
            },
          ]
        : []),
      ...terraformTemplateIssues(item, [...path, key]),
    ]);
  }
  return [];
}
