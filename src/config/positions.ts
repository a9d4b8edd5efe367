/** Maps a key path back to its line and column in the YAML source. */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, Node } from "yaml";
import { SourcePosition } from "../core/errors";
import { KeyPath } from "../core/issues";

/**
 * The position of the deepest node along `path` that exists in the document: the key of a map
 * entry, or the item of a sequence. A path into a default that the file does not spell out
 * points at the nearest enclosing key the file does have.
 */
export function positionOf(doc: Document, lines: LineCounter, path: KeyPath): SourcePosition | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number" && part < node.items.length) {
      node = node.items[part];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, col };
}

function rangeStart(node: unknown): number | undefined {
  return node instanceof Object && "range" in node ? (node as Node).range?.[0] : undefined;
}
