/** Every cross-field rule of an environment, run after the schema has applied defaults. */
import { SpecIssue } from "../errors";
import { EnvironmentBody } from "../schema/environment";
import { mergedTagLimits, uniqueClusterNames } from "./environment-rules";

export type EnvironmentRule = (env: EnvironmentBody) => SpecIssue[];

export const environmentRules: readonly EnvironmentRule[] = [uniqueClusterNames, mergedTagLimits];

export function checkEnvironment(env: EnvironmentBody): SpecIssue[] {
  return environmentRules.flatMap((rule) => rule(env));
}
