/**
 * Whether a resource is production, for rules that hold only there (the paid AKS tier). The environment's
 * `tags.environment` reaches every taggable resource (the tagging aspect), so the resource's own tag decides;
 * without one, the stack name's environment part does (`prod-apps` → `prod`).
 */
import { Block, single } from "../review/stack-json";

const PRODUCTION = /^(prod|production)$/i;

export function isProduction(stack: string, resource: Block): boolean {
  const environment = single(resource.config.tags)?.environment;
  return PRODUCTION.test(typeof environment === "string" ? environment : stack.split("-")[0]);
}
