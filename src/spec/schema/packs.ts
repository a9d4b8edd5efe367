/** Pack namespaces (kubernetes provider). Shape filled in by the packs issue. */
import { z } from "zod";

export const packsSchema = z.array(z.strictObject({})).describe("Pack layers whose namespaces this project creates.");

export type PacksSpec = z.output<typeof packsSchema>;
