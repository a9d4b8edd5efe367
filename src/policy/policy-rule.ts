/**
 * The shape of the policy suite (`npm run policy`): a rule guards against one concern, reads named settings
 * of the synthesized JSON, and reports findings; a finding an exception covers is accepted, not failed.
 * Pure: JSON in, findings out.
 */
import { POSTURE_CHECKS } from "../review/security-posture";
import { Block, resourcesOf, StackJson } from "../review/stack-json";

export type Severity = "high" | "medium" | "low";

/** A deliberate departure from a rule, with its reason: never a silent skip. */
export interface PolicyException {
  /** `PAZ-EXC-IAAS-API`. */
  readonly id: string;
  /** One sentence: why the design needs it, and what limits it. */
  readonly reason: string;
  /** The rule it departs from, and the test (read from the JSON) of where it applies. */
  readonly appliesTo: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly stack: string;
  /** The resource (`azurerm_storage_account.storage_account`), or where a secret sits (`output.kube_config`). */
  readonly address: string;
  /** What is wrong, in words: `accepts account keys and SAS tokens`. */
  readonly problem: string;
  /** The setting and what it is: `shared_access_key_enabled = true`. */
  readonly setting: string;
  /** Set when an exception accepts the finding: it is shown, and does not fail. */
  readonly accepted?: PolicyException;
}

/** One stack as the rules read it. */
export interface PolicyStack {
  readonly name: string;
  readonly json: StackJson;
  readonly resources: readonly Block[];
  readonly byAddress: ReadonlyMap<string, Block>;
  /** The managed resources of a type. */
  readonly of: (type: string) => readonly Block[];
}

export function policyStack(name: string, json: StackJson): PolicyStack {
  const resources = resourcesOf(json);
  return {
    name,
    json,
    resources,
    byAddress: new Map(resources.map((r) => [r.address, r])),
    of: (type) => resources.filter((r) => r.type === type),
  };
}

export interface PolicyRule {
  /** `PAZ-STORAGE-001`: stable, so people can grep for it and scanners' suppressions can name it. */
  readonly id: string;
  readonly severity: Severity;
  /** What goes wrong without it, in words. */
  readonly guardsAgainst: string;
  /** The settings it reads: `azurerm_storage_account.https_traffic_only_enabled`. */
  readonly reads: readonly string[];
  /** The same concern's check ids in common scanners, checked against their source; empty: none known. */
  readonly checkov: readonly string[];
  readonly trivy: readonly string[];
  readonly check: (stack: PolicyStack) => Finding[];
}

/** What a rule's check returns for one resource: the problem and setting, or undefined when it passes. */
export interface Violation {
  readonly problem: string;
  readonly setting: string;
  readonly accepted?: PolicyException;
}

/** A rule that looks at each managed resource of some types, one violation (or none) each. */
export function resourceRule(
  meta: Omit<PolicyRule, "check">,
  types: readonly string[],
  violation: (resource: Block, stack: PolicyStack) => Violation | undefined,
): PolicyRule {
  return {
    ...meta,
    check: (stack) =>
      types.flatMap((type) =>
        stack.of(type).flatMap((resource) => {
          const found = violation(resource, stack);
          return found ? [findingOf(meta, stack.name, resource.address, found)] : [];
        }),
      ),
  };
}

/** A rule that reads the stack as a whole; `found` makes a finding of this rule. */
export function stackRule(
  meta: Omit<PolicyRule, "check">,
  findings: (stack: PolicyStack, found: (address: string, violation: Violation) => Finding) => Finding[],
): PolicyRule {
  return { ...meta, check: (stack) => findings(stack, (address, v) => findingOf(meta, stack.name, address, v)) };
}

export function findingOf(
  rule: Pick<PolicyRule, "id" | "severity">,
  stack: string,
  address: string,
  violation: Violation,
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    stack,
    address,
    problem: violation.problem,
    setting: violation.setting,
    ...(violation.accepted ? { accepted: violation.accepted } : {}),
  };
}

/**
 * The review's own test of a setting (src/review/security-posture.ts), so the review's "weaker security" flag
 * and the policy agree on what secure means. Looked up when used: a setting renamed there fails loudly here.
 */
export function posture(type: string, setting: string): (config: Readonly<Record<string, unknown>>) => boolean {
  return (config) => {
    const check = (Object.hasOwn(POSTURE_CHECKS, type) ? POSTURE_CHECKS[type] : []).find((c) => c.setting === setting);
    if (!check) throw new Error(`policy: the review has no posture check "${setting}" for ${type}`);
    return check.secure(config);
  };
}

/** A value as a finding shows it: `true`, `"TLS1_0"`, `not set`. */
export function shown(value: unknown): string {
  if (value === undefined) return "not set";
  return typeof value === "string" ? value : JSON.stringify(value);
}
