/**
 * Reads the files the spec layer reads (environment files and the profile files they name) as the
 * hostile input they may be: regular files only, at most MAX_SPEC_FILE_BYTES, UTF-8, and inside the
 * repository once symlinks are followed. A FIFO would block the read forever, a symlink to
 * /dev/zero would fill memory, and `profileFile: ../../../etc/passwd` would read, and quote in
 * messages, a file nobody reviewed.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SourcePosition } from "../core/errors";
import { problem, Problem } from "../core/issues";

/** Largest environment or profile file read: 1 MiB, a hundred times the largest example. */
export const MAX_SPEC_FILE_BYTES = 1024 * 1024;

/** A file's text, or why it is not read (with a position when the problem is at a place in it). */
export type SpecFileRead =
  { readonly text: string } | { readonly problem: Problem; readonly position?: SourcePosition };

/**
 * The folder whose files an environment file at `path` may name when no repository root is given:
 * the nearest folder above it that holds a package.json or .git, else the folder above the
 * environment file's folder (`stacks/` of `stacks/environments/dev.yaml`, which holds `profiles/`).
 */
export function projectRootOf(path: string): string {
  const folder = dirname(resolve(path));
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) || existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return dirname(folder);
  }
}

/** True when `path` is `root` or inside it (both already free of symlinks). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

const KIND_NAMES: readonly [string, (s: ReturnType<typeof fstatSync>) => boolean][] = [
  ["a directory", (s) => s.isDirectory()],
  ["a FIFO", (s) => s.isFIFO()],
  ["a socket", (s) => s.isSocket()],
  ["a character device", (s) => s.isCharacterDevice()],
  ["a block device", (s) => s.isBlockDevice()],
];

/**
 * Reads `path` if it is a regular UTF-8 file of at most MAX_SPEC_FILE_BYTES whose real path (after
 * symlinks) is inside `root`. Never blocks on a FIFO and never reads more than the limit.
 */
export function readSpecFile(path: string, root: string): SpecFileRead {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return { problem: problem("file-unreadable", `cannot be read (${errorCode(e)})`) };
  }
  if (!isInside(realpathOrSelf(root), real))
    return {
      problem: problem(
        "file-outside-repository",
        "is outside the repository once symlinks are followed: only files in the repository are read",
      ),
    };
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would wait forever.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    return { problem: problem("file-unreadable", `cannot be read (${errorCode(e)})`) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = KIND_NAMES.find(([, test]) => test(stat))?.[0] ?? "not a regular file";
      return {
        problem: problem("file-not-regular", `is ${kind}: only regular files (or symlinks to them) are read`),
      };
    }
    const tooBig = () =>
      problem(
        "file-too-large",
        `is larger than ${MAX_SPEC_FILE_BYTES} bytes (1 MiB), the most an environment or profile file may hold`,
      );
    if (stat.size > MAX_SPEC_FILE_BYTES) return { problem: tooBig() };
    // Read one byte past the limit, so a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(MAX_SPEC_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_SPEC_FILE_BYTES) return { problem: tooBig() };
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (e) {
    return { problem: problem("file-unreadable", `cannot be read (${errorCode(e)})`) };
  } finally {
    closeSync(fd);
  }
}

/** The text, or the line and column of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Buffer): SpecFileRead {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // The first byte where the lenient decoding (bad bytes become U+FFFD) differs is the first bad one.
    const lenient = bytes.toString("utf8");
    const reencoded = Buffer.from(lenient, "utf8");
    let i = 0;
    while (i < bytes.length && i < reencoded.length && bytes[i] === reencoded[i]) i++;
    const before = bytes.subarray(0, i).toString("utf8");
    const lines = before.split("\n");
    return {
      problem: problem("file-encoding", "is not UTF-8 text: save the file as UTF-8"),
      position: { line: lines.length, col: lines[lines.length - 1].length + 1 },
    };
  }
}
