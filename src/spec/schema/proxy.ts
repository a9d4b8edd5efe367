/** HTTP(S) proxy settings; the Private Cloud Gateway and inheritance come with the proxy issue. */
import { z } from "zod";

export const proxySchema = z
  .strictObject({
    httpProxy: z.url({ error: "a URL such as http://proxy.example.com:3128" }).optional().describe("Proxy for http:// traffic"),
    httpsProxy: z.url({ error: "a URL such as http://proxy.example.com:3128" }).optional().describe("Proxy for https:// traffic"),
    noProxy: z.array(z.string().min(1)).default([]).describe("Hosts, domains and CIDRs reached directly; what the cluster itself needs is added automatically."),
    trustedCa: z.string().optional().describe("PEM certificate of a TLS-intercepting proxy, trusted by nodes"),
  })
  .refine((p) => p.httpProxy !== undefined || p.httpsProxy !== undefined, "set httpProxy, httpsProxy or both")
  .describe("HTTP(S) proxy for node and cluster egress.");

export type ProxySpec = z.output<typeof proxySchema>;
