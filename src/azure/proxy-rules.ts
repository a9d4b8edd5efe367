/**
 * Rules for HTTP(S) proxy settings, shared by the spec schema, AksCluster and IaasCluster. Pure:
 * no cdktf here. Paths are relative to the proxy object.
 */
import { noProxyEntryProblem } from "./no-proxy";
import { Issue, problem, Problem } from "../core/issues";

/** An HTTP(S) proxy the nodes (and, on AKS, the cluster's components) use. */
export interface ProxyInput {
  /** Proxy for http:// traffic, e.g. http://proxy.example.com:3128. @default - none */
  readonly httpProxy?: string;
  /** Proxy for https:// traffic. @default - none */
  readonly httpsProxy?: string;
  /** Reached directly, besides what the cluster itself needs (added automatically). @default [] */
  readonly noProxy?: readonly string[];
  /** PEM certificate of a TLS-intercepting proxy, trusted by the nodes. @default - none */
  readonly trustedCa?: string;
}

/**
 * Why a proxy URL cannot be used: http(s) only, and nothing that would break the quoted shell
 * and systemd environment files it lands in on IaaS nodes (percent-encode it in credentials).
 */
export function proxyUrlProblem(url: string): Problem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return problem("proxy-url-syntax", "a URL such as http://proxy.example.com:3128 (http or https)", url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return problem("proxy-url-syntax", "a URL such as http://proxy.example.com:3128 (http or https)", url);
  if (/['"\s\\$`]/.test(url))
    return problem(
      "proxy-url-characters",
      "a proxy URL without quotes, spaces, backslashes, $ or backticks (percent-encode them)",
      url,
    );
  return undefined;
}

export function proxyIssues(proxy: ProxyInput): Issue[] {
  const issues: Issue[] = [];
  if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined)
    issues.push({ code: "proxy-url-missing", path: [], message: "set httpProxy, httpsProxy or both" });
  for (const key of ["httpProxy", "httpsProxy"] as const) {
    const value = proxy[key];
    const found = value === undefined ? undefined : proxyUrlProblem(value);
    if (found) issues.push({ ...found, path: [key] });
  }
  (proxy.noProxy ?? []).forEach((entry, i) => {
    const found = noProxyEntryProblem(entry);
    if (found) issues.push({ ...found, path: ["noProxy", i] });
  });
  if (
    proxy.trustedCa !== undefined &&
    !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(proxy.trustedCa)
  ) {
    issues.push({
      code: "proxy-trusted-ca-syntax",
      path: ["trustedCa"],
      message: "trustedCa is a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)",
      subject: proxy.trustedCa,
    });
  }
  return issues;
}
