// Validates Kubernetes objects offline, as strictly as an API server with strict field validation:
//  1. the kubernetes-models JSON schemas (types, formats, required fields, enums) of each apiVersion/kind;
//  2. no unknown fields anywhere, checked against the models' TypeScript declarations with the compiler API
//     (the schemas alone accept unknown fields, so a misspelt 'readinesProbe' would otherwise pass).
// Usage: node validate-k8s.mjs [--unvalidated apiVersion/Kind]... FILE.yaml...
// Prints one JSON report on stdout: [{"file", "apiVersion", "kind", "name", "errors": [...]}]; exit 1 on errors.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");

/** The model module (without extension) of an apiVersion and kind, or null when none is installed. */
function modelPath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const candidates = group === ""
    ? [join(modules, "kubernetes-models", version, kind)]
    : [join(modules, "kubernetes-models", group, version, kind),
       join(modules, "@kubernetes-models", "prometheus-operator", group, version, kind)];
  return candidates.find((path) => existsSync(path + ".js")) ?? null;
}

function schemaErrors(model, object) {
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return String(error.message).split(/, (?=data)/).map((message) => "schema: " + message);
  }
}

/** One TypeScript program over the declaration files of every model in use (building one is the slow part). */
function declaredTypes(paths) {
  const program = ts.createProgram([...paths].map((path) => path + ".d.ts"), {
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true,
    skipLibCheck: true, types: [],
  });
  const checker = program.getTypeChecker();
  return (path, kind) => {
    const source = program.getSourceFile(path + ".d.ts");
    const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source))
      .find((candidate) => candidate.name === "I" + kind);
    return symbol ? { checker, type: checker.getDeclaredTypeOfSymbol(symbol) } : null;
  };
}

function objectLike(checker, type) {
  return type.getProperties().length > 0 || type.getStringIndexType() !== undefined;
}

/** Reports every key of `value` that its declared type does not have, recursively. */
function unknownFields(checker, type, value, path, errors) {
  if (value === null || value === undefined || typeof value !== "object") {
    return;
  }
  let candidates = type.isUnion() ? type.types : [type];
  candidates = candidates.filter((candidate) => !(candidate.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (Array.isArray(value)) {
    const arrays = candidates.filter((candidate) => checker.isArrayType(candidate));
    if (arrays.length === 0) {
      return;
    }
    const element = checker.getTypeArguments(arrays[0])[0];
    value.forEach((item, index) => unknownFields(checker, element, item, `${path}[${index}]`, errors));
    return;
  }
  const objects = candidates.filter((candidate) => !checker.isArrayType(candidate) && objectLike(checker, candidate));
  if (objects.length === 0) {
    return; // declared as any, unknown or a free-form object: nothing to check
  }
  const target = objects[0];
  for (const [key, child] of Object.entries(value)) {
    const property = target.getProperty(key);
    if (property) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      unknownFields(checker, checker.getTypeOfSymbolAtLocation(property, declaration), child, `${path}.${key}`, errors);
    } else if (target.getStringIndexType()) {
      unknownFields(checker, target.getStringIndexType(), child, `${path}.${key}`, errors);
    } else {
      errors.push(`unknown field: ${path}.${key}`);
    }
  }
}

async function validate(object, unvalidated, declaredType) {
  const id = `${object.apiVersion}/${object.kind}`;
  const path = modelPath(String(object.apiVersion), String(object.kind));
  if (path === null) {
    return unvalidated.has(id) ? [] : [`no schema for ${id}: add its models to deploy/tools/package.json or list it as unvalidated`];
  }
  const exported = await import(pathToFileURL(path + ".js").href);
  const errors = schemaErrors(exported[object.kind], object);
  const declared = declaredType(path, object.kind);
  if (declared === null) {
    errors.push(`no TypeScript declaration I${object.kind} in ${path}.d.ts`);
  } else {
    unknownFields(declared.checker, declared.type, object, "", errors);
  }
  return errors;
}

const args = process.argv.slice(2);
const unvalidated = new Set();
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--unvalidated") {
    unvalidated.add(args[++i]);
  } else {
    files.push(args[i]);
  }
}
const report = [];
const objects = [];
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      report.push({ file, errors: document.errors.map((error) => "yaml: " + error.message) });
    } else if (document.toJS() !== null) {
      objects.push({ file, object: document.toJS() });
    }
  }
}
const paths = new Set(objects.map(({ object }) => modelPath(String(object.apiVersion), String(object.kind)))
  .filter((path) => path !== null));
const declaredType = declaredTypes(paths);
for (const { file, object } of objects) {
  const errors = await validate(object, unvalidated, declaredType);
  report.push({ file, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, errors });
}
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
process.exit(report.some((entry) => entry.errors.length > 0) ? 1 : 0);
