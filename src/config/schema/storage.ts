/**
 * Cluster storage account and container for the base VHD (ClusterStorage). The schema checks the
 * shape; resolveStoragePlan applies the defaults and the Azure rules run in rules/storage-accounts.ts with the same
 * functions ClusterStorage uses. Reference: docs/storage.md
 */
import { z } from "zod";
import { azureNameSchema } from "./common";

export const storageSchema = z
  .strictObject({
    account: z
      .strictObject({
        name: z
          .string()
          .optional()
          .describe(
            "3-24 lowercase letters and digits, unique across Azure. @default derived: " +
              "st<cluster><hash of environment, cluster, resource group>",
          ),
        existing: z
          .boolean()
          .optional()
          .describe(
            "Attach the existing account `name` (looked up; nothing created, changed or destroyed). @default false",
          ),
        resourceGroup: azureNameSchema("resource group")
          .optional()
          .describe("Resource group of the existing account. @default the environment's resource group"),
        replication: z
          .enum(["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"])
          .optional()
          .describe(
            "Replication of an account this stack creates. Boot diagnostics refuses ZRS and " +
              "GZRS accounts. @default LRS",
          ),
        sharedKeyAccess: z
          .boolean()
          .optional()
          .describe(
            "Allow account-key and SAS access to an account this stack creates. Off, Terraform " +
              "uses Entra ID for blobs and the stack grants the runner Storage Blob Data " +
              "Contributor when it copies a VHD (docs/storage.md). @default false",
          ),
        softDeleteDays: z
          .int()
          .min(0)
          .max(365)
          .optional()
          .describe(
            "Days a deleted blob or container of an account this stack creates can be restored " +
              "(0 turns soft delete off). @default 7",
          ),
      })
      .optional()
      .describe("The storage account: created (default, auto-named or named) or an existing one."),
    container: z
      .strictObject({
        name: z
          .string()
          .optional()
          .describe("3-63 lowercase letters, digits and hyphens. @default <cluster>-<env>-vhds"),
        existing: z
          .boolean()
          .optional()
          .describe("Attach the existing container `name` of an existing account. @default false"),
      })
      .optional()
      .describe("The private blob container that receives the base VHD."),
    networkAccess: z
      .enum(["public", "private"])
      .optional()
      .describe(
        "public: reachable over the account's public endpoint (authenticated; no " +
          "anonymous access). private: public network access disabled, a private endpoint " +
          "in the worker subnet, privatelink DNS; writes must then run from inside the VNet " +
          "(docs/storage.md). @default public",
      ),
    privateDnsZone: z
      .strictObject({
        resourceGroup: azureNameSchema("resource group").describe(
          "Resource group of the existing privatelink.blob.core.windows.net zone",
        ),
        linkVnet: z
          .boolean()
          .optional()
          .describe(
            "Link the cluster VNet to the zone; false when the VNet already resolves it (hub DNS). @default true",
          ),
      })
      .optional()
      .describe(
        "Use an existing privatelink.blob.core.windows.net zone instead of creating one " +
          "in the cluster's resource group (only with networkAccess: private).",
      ),
  })
  .describe(
    "Storage account and container that receive the base VHD image and boot diagnostics. Reference: docs/storage.md",
  );

export type StorageSpec = z.output<typeof storageSchema>;
