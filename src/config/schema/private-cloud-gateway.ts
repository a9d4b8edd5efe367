/** Palette's Private Cloud Gateway (PCG): the VNet it runs in and the proxy clusters behind it use. */
import { z } from "zod";
import { azureNameSchema } from "./common";
import { proxySchema } from "./proxy";

export const privateCloudGatewaySchema = z
  .strictObject({
    name: z
      .string()
      .regex(
        /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/,
        "lowercase letters, digits and hyphens (the PCG's name in Palette)",
      )
      .refine((name) => name !== "none", "none means no gateway: pick another name")
      .describe("The PCG's name in Palette; clusters choose it by this name (privateCloudGateway)."),
    vnet: z
      .strictObject({
        name: azureNameSchema("resource").describe("The existing VNet the PCG runs in."),
        resourceGroup: azureNameSchema("resource group").describe("Its resource group."),
        addressSpace: z
          .array(z.string())
          .min(1)
          .describe("Its address space (CIDRs), for subnet and no-proxy planning."),
      })
      .describe("Clusters without their own `network.vnet` are placed in this VNet (static placement)."),
    proxy: proxySchema.optional().describe("The PCG's proxy; clusters without their own `proxy` inherit it."),
  })
  .describe(
    "A Private Cloud Gateway: the clusters that use it inherit its VNet (static " +
      "placement) and proxy unless they set their own.",
  );

export type PrivateCloudGatewaySpec = z.output<typeof privateCloudGatewaySchema>;
