/** Cluster network: VNet placement, subnets, NSGs, egress (ClusterNetwork). Shape filled in by the network issue. */
import { z } from "zod";

export const networkSchema = z.strictObject({}).describe("Cluster network (VNet, subnets, NSGs, egress).");

export type NetworkSpec = z.output<typeof networkSchema>;
