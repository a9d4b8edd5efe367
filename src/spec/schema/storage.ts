/** Cluster storage account and container for the base VHD (ClusterStorage). Shape filled in by the storage issue. */
import { z } from "zod";

export const storageSchema = z.strictObject({}).describe("Storage account and container that receive the base VHD image.");

export type StorageSpec = z.output<typeof storageSchema>;
