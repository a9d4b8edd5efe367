/** HTTP(S) proxy settings; the Private Cloud Gateway and inheritance come with the proxy issue. */
import { z } from "zod";
import { noProxyEntryProblem } from "../../azure/no-proxy";

/**
 * http:// or https:// proxy URLs, without characters that would break the quoted shell and
 * systemd environment files they land in on IaaS nodes (percent-encode them in credentials).
 */
const proxyUrlSchema = z
  .url({ protocol: /^https?$/, error: "a URL such as http://proxy.example.com:3128 (http or https)" })
  .refine((url) => !/['"\s\\$`]/.test(url), "no quotes, spaces, backslashes, $ or backticks (percent-encode them)");

export const proxySchema = z
  .strictObject({
    httpProxy: proxyUrlSchema.optional().describe("Proxy for http:// traffic"),
    httpsProxy: proxyUrlSchema.optional().describe("Proxy for https:// traffic"),
    noProxy: z
      .array(z.string())
      .default([])
      .superRefine((entries, ctx) => {
        entries.forEach((entry, i) => {
          const problem = noProxyEntryProblem(entry);
          if (problem) ctx.addIssue({ code: "custom", message: problem, path: [i] });
        });
      })
      .describe("Hosts, domains and CIDRs reached directly; what the cluster itself needs is added automatically."),
    trustedCa: z.string().optional().describe("PEM certificate of a TLS-intercepting proxy, trusted by nodes"),
  })
  .refine((p) => p.httpProxy !== undefined || p.httpsProxy !== undefined, "set httpProxy, httpsProxy or both")
  .describe("HTTP(S) proxy for node and cluster egress.");

export type ProxySpec = z.output<typeof proxySchema>;
