/** Proxy and Private Cloud Gateway settings. Shape filled in by the proxy issue. */
import { z } from "zod";

export const proxySchema = z.strictObject({}).describe("HTTP(S) proxy for node and cluster egress.");

export type ProxySpec = z.output<typeof proxySchema>;
