/** HTTP(S) proxy settings of a cluster or of the Private Cloud Gateway. */
import { z } from "zod";
import { proxyIssues } from "../../azure/proxy-rules";
import { reportIssues } from "./report";

/** The longest DNS name (a noProxy entry longer than that names nothing). */
const MAX_DNS_NAME_LENGTH = 253;

/** Azure's limit on a VM's decoded custom data (87,380 characters of base64). */
export const MAX_CUSTOM_DATA_BYTES = 65_535;

/**
 * The largest trustedCa an IaaS node's bootstrap has room for: the rest of the control-plane
 * cloud-config takes about 55,000 of the 65,535 bytes of custom data (IaasCluster checks the exact
 * size; this says so at the key, with room for labels, taints and a long noProxy list).
 */
export const MAX_IAAS_TRUSTED_CA_BYTES = 8192;

export const proxySchema = z
  .strictObject({
    httpProxy: z.string().optional().describe("Proxy for http:// traffic, e.g. http://proxy.example.com:3128"),
    httpsProxy: z.string().optional().describe("Proxy for https:// traffic, e.g. http://proxy.example.com:3128"),
    noProxy: z
      .array(
        z.string().refine((entry) => entry.length <= MAX_DNS_NAME_LENGTH, {
          error: (issue) =>
            `is ${String(issue.input).length} characters; a DNS name has at most ${MAX_DNS_NAME_LENGTH}`,
          params: { code: "no-proxy-entry-length" },
        }),
      )
      .default([])
      .describe("Hosts, domains and CIDRs reached directly; what the cluster itself needs is added automatically."),
    trustedCa: z
      .string()
      .refine((ca) => Buffer.byteLength(ca) <= MAX_CUSTOM_DATA_BYTES, {
        error: (issue) =>
          `is ${Buffer.byteLength(String(issue.input))} bytes; nodes get it in their custom data, which Azure ` +
          `limits to ${MAX_CUSTOM_DATA_BYTES} bytes (87,380 in base64) with everything else they need`,
        params: { code: "proxy-trusted-ca-size" },
      })
      .optional()
      .describe("PEM certificate of a TLS-intercepting proxy, trusted by nodes"),
  })
  .superRefine((proxy, ctx) => reportIssues(ctx, proxyIssues(proxy)))
  .describe("HTTP(S) proxy for node and cluster egress.");

export type ProxySpec = z.output<typeof proxySchema>;
