/** Public API of the library. */
export * from "./spec/errors";
export * from "./spec/load";
export * from "./spec/schema/environment";
export * from "./azure/tags";
export * from "./azure/names";
export * from "./azure/cidr";
export * from "./network/network-ref";
export * from "./storage/storage-ref";
export * from "./app/cluster-stack";
export * from "./app/environment-app";
export * from "./app/synthesize";
export * from "./app/tagging";
export * from "./app/backend";
