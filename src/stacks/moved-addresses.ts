/**
 * Addresses that changed after a stack could have been applied. Each becomes a `moved` block in its
 * stack, so Terraform renames the resource in state rather than destroying and recreating it. Add an
 * entry with any change of a construct id or path of a deployed resource (test/app/addresses.test.ts
 * fails until the change has one); drop entries once every deployment has applied them.
 */
export interface MovedAddress {
  /** The stack, `<env>-<cluster>` (or `-packs`, `-shared`). */
  readonly stack: string;
  readonly from: string;
  readonly to: string;
}

export const MOVED_ADDRESSES: readonly MovedAddress[] = [];
