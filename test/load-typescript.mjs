// Lets Node import the TypeScript test files and sources, as `node --import tsx` would.
import "tsx";
