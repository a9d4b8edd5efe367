/**
 * The library's public props say what they are and, when optional, what they default to: read from
 * the declarations with the TypeScript compiler, for every interface the package exports.
 */
import { join } from "node:path";
import * as ts from "typescript";
import { REPO_ROOT } from "../helpers";

const INDEX = join(REPO_ROOT, "src/index.ts");
/**
 * The program leaves out cdktf, constructs and the provider bindings: our props never take their
 * properties from them, and their declarations are most of what a full program reads (2.5 s, not 0.7).
 */
const OPTIONS: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, types: [] };
const UNREAD = /^(@cdktf\/|cdktf$|cdktf\/|constructs$)/;
const host = ts.createCompilerHost(OPTIONS);
host.resolveModuleNameLiterals = (literals, containingFile) =>
  literals.map((literal) => ({
    resolvedModule: UNREAD.test(literal.text)
      ? undefined
      : ts.resolveModuleName(literal.text, containingFile, OPTIONS, host).resolvedModule,
  }));
const program = ts.createProgram({ rootNames: [INDEX], options: OPTIONS, host });
const checker = program.getTypeChecker();
const index = program.getSourceFile(INDEX)!;

/** Every property declared in an exported interface (or object type), with where it is declared. */
function publicProperties(): { owner: string; name: string; declaration: ts.PropertySignature }[] {
  const found = new Map<ts.PropertySignature, { owner: string; name: string }>();
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const declaration of symbol.declarations ?? []) {
      if (!ts.isInterfaceDeclaration(declaration) && !ts.isTypeAliasDeclaration(declaration)) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      for (const property of checker.getPropertiesOfType(type)) {
        for (const d of property.declarations ?? []) {
          if (!ts.isPropertySignature(d) || !d.getSourceFile().fileName.startsWith(join(REPO_ROOT, "src"))) continue;
          const owner = (d.parent as ts.InterfaceDeclaration).name?.text ?? symbol.name;
          if (!found.has(d)) found.set(d, { owner, name: property.name });
        }
      }
    }
  }
  return [...found].map(([declaration, { owner, name }]) => ({ owner, name, declaration }));
}

const properties = publicProperties();
const docs = (d: ts.PropertySignature) => ts.getJSDocCommentsAndTags(d).filter(ts.isJSDoc);

describe("public props", () => {
  it("are found", () => expect(properties.length).toBeGreaterThan(150));

  it("each have a doc comment", () => {
    const undocumented = properties
      .filter(({ declaration }) => docs(declaration).length === 0)
      .map(({ owner, name }) => `${owner}.${name}`);
    expect(undocumented).toEqual([]);
  });

  it("say what they default to when optional", () => {
    const withoutDefault = properties
      .filter(({ declaration }) => declaration.questionToken !== undefined)
      .filter(({ declaration }) => !ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "default"))
      .map(({ owner, name }) => `${owner}.${name}`);
    expect(withoutDefault).toEqual([]);
  });
});
