/** Palette's Private Cloud Gateway (PCG): the VNet it runs in and the proxy clusters behind it use. */
import { z } from "zod";
import { proxySchema } from "./proxy";

export const privateCloudGatewaySchema = z
  .strictObject({
    name: z.string().min(1).optional().describe("The PCG's name in Palette, for people reading the spec."),
    vnet: z
      .strictObject({
        name: z.string().min(1).describe("The existing VNet the PCG runs in."),
        resourceGroup: z.string().min(1).describe("Its resource group."),
        addressSpace: z.array(z.string()).min(1).describe("Its address space (CIDRs), for subnet and no-proxy planning."),
      })
      .describe("Clusters without their own `network.vnet` are placed in this VNet (static placement)."),
    proxy: proxySchema.optional().describe("The PCG's proxy; clusters without their own `proxy` inherit it."),
  })
  .describe("Private Cloud Gateway: clusters inherit its VNet (static placement) and proxy unless they set their own.");

export type PrivateCloudGatewaySpec = z.output<typeof privateCloudGatewaySchema>;
