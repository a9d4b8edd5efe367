/** HTTP(S) proxy settings of a cluster or of the Private Cloud Gateway. */
import { z } from "zod";
import { proxyIssues } from "../../azure/proxy-rules";
import { reportIssues } from "./report";

export const proxySchema = z
  .strictObject({
    httpProxy: z.string().optional().describe("Proxy for http:// traffic, e.g. http://proxy.example.com:3128"),
    httpsProxy: z.string().optional().describe("Proxy for https:// traffic, e.g. http://proxy.example.com:3128"),
    noProxy: z
      .array(z.string())
      .default([])
      .describe("Hosts, domains and CIDRs reached directly; what the cluster itself needs is added automatically."),
    trustedCa: z.string().optional().describe("PEM certificate of a TLS-intercepting proxy, trusted by nodes"),
  })
  .superRefine((proxy, ctx) => reportIssues(ctx, proxyIssues(proxy)))
  .describe("HTTP(S) proxy for node and cluster egress.");

export type ProxySpec = z.output<typeof proxySchema>;
