/**
 * Rules for HTTP(S) proxy settings, shared by the spec schema, AksCluster and IaasCluster. Pure:
 * no cdktf here. Paths are relative to the proxy object.
 */
import { noProxyEntryProblem } from "./no-proxy";
import { RuleIssue } from "./rule-issue";

export interface ProxyFields {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly noProxy?: readonly string[];
  readonly trustedCa?: string;
}

/**
 * Why a proxy URL cannot be used: http(s) only, and nothing that would break the quoted shell
 * and systemd environment files it lands in on IaaS nodes (percent-encode it in credentials).
 */
export function proxyUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "a URL such as http://proxy.example.com:3128 (http or https)";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return "a URL such as http://proxy.example.com:3128 (http or https)";
  if (/['"\s\\$`]/.test(url))
    return "a proxy URL without quotes, spaces, backslashes, $ or backticks (percent-encode them)";
  return undefined;
}

export function proxyIssues(proxy: ProxyFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined)
    issues.push({ path: [], message: "set httpProxy, httpsProxy or both" });
  for (const key of ["httpProxy", "httpsProxy"] as const) {
    const value = proxy[key];
    const problem = value === undefined ? undefined : proxyUrlProblem(value);
    if (problem) issues.push({ path: [key], message: problem });
  }
  (proxy.noProxy ?? []).forEach((entry, i) => {
    const problem = noProxyEntryProblem(entry);
    if (problem) issues.push({ path: ["noProxy", i], message: problem });
  });
  if (
    proxy.trustedCa !== undefined &&
    !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(proxy.trustedCa)
  ) {
    issues.push({
      path: ["trustedCa"],
      message: "trustedCa is a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)",
    });
  }
  return issues;
}
