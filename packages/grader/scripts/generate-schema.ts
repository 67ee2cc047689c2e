/**
 * Extracts a compact structural schema for the Kubernetes kinds the course uses from the
 * kubernetes-models package (generated from the upstream Kubernetes OpenAPI spec) and writes
 * packages/grader/src/schema/k8s.schema.json.
 *
 *   npx tsx packages/grader/scripts/generate-schema.ts
 *
 * kubernetes-models ships its schemas as precompiled AJV validators plus TypeScript declarations.
 * The declarations carry the structure (fields, required, enums, arrays, maps, references); the
 * compiled validators confirm the numeric formats: every `number` field of the selected kinds is an
 * integer (int32/int64) except resource.Quantity, which is checked here so that a future upstream
 * change cannot slip through unnoticed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { CompactSchema, SchemaDef, SchemaType } from '../src/schema/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE_MODULES = join(ROOT, 'node_modules');
export const SCHEMA_FILE = join(ROOT, 'packages/grader/src/schema/k8s.schema.json');

/** The kinds the course uses: apiVersion, kind, declaration file inside kubernetes-models. */
const KINDS: ReadonlyArray<[string, string, string]> = [
  ['v1', 'Pod', 'v1/Pod'],
  ['v1', 'Namespace', 'v1/Namespace'],
  ['v1', 'Service', 'v1/Service'],
  ['v1', 'Secret', 'v1/Secret'],
  ['v1', 'ConfigMap', 'v1/ConfigMap'],
  ['v1', 'ServiceAccount', 'v1/ServiceAccount'],
  ['apps/v1', 'Deployment', 'apps/v1/Deployment'],
  ['apps/v1', 'StatefulSet', 'apps/v1/StatefulSet'],
  ['apps/v1', 'DaemonSet', 'apps/v1/DaemonSet'],
  ['apps/v1', 'ReplicaSet', 'apps/v1/ReplicaSet'],
  ['batch/v1', 'Job', 'batch/v1/Job'],
  ['batch/v1', 'CronJob', 'batch/v1/CronJob'],
  ['networking.k8s.io/v1', 'NetworkPolicy', 'networking.k8s.io/v1/NetworkPolicy'],
  ['rbac.authorization.k8s.io/v1', 'Role', 'rbac.authorization.k8s.io/v1/Role'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'rbac.authorization.k8s.io/v1/ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'rbac.authorization.k8s.io/v1/RoleBinding'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'rbac.authorization.k8s.io/v1/ClusterRoleBinding'],
];

/** Upstream scalar aliases with Kubernetes-specific semantics. */
const SPECIAL: Record<string, SchemaType> = {
  IoK8sApimachineryPkgUtilIntstrIntOrString: 'int-or-string',
  IoK8sApimachineryPkgApiResourceQuantity: 'quantity',
};

/** 'IoK8sApiCoreV1Container' -> 'core.v1.Container'; 'IoK8sApimachineryPkgApisMetaV1ObjectMeta' -> 'meta.v1.ObjectMeta'. */
export function shortName(upstream: string): string {
  const meta = /^IoK8sApimachineryPkg(?:Apis|Api|Runtime|Util)?([A-Z][a-z]+)?(V\d+(?:(?:Alpha|Beta)\d+)?)?([A-Z].*)$/.exec(upstream);
  if (upstream.startsWith('IoK8sApimachinery') && meta) {
    return [meta[1]?.toLowerCase(), meta[2]?.toLowerCase(), meta[3]].filter(Boolean).join('.');
  }
  const api = /^IoK8sApi([A-Z][a-z]+(?:[A-Z][a-z]+)*?)(V\d+(?:(?:Alpha|Beta)\d+)?)([A-Z].*)$/.exec(upstream);
  if (api) return `${api[1]!.toLowerCase()}.${api[2]!.toLowerCase()}.${api[3]}`;
  return upstream;
}

interface ParsedFile {
  /** Type name (IIoK8s...) -> absolute declaration path. */
  imports: Map<string, string>;
  iface?: ts.InterfaceDeclaration;
  alias?: ts.TypeAliasDeclaration;
}

function resolveModule(fromFile: string, spec: string): string {
  if (spec.startsWith('.')) return resolve(dirname(fromFile), `${spec.replace(/\.js$/, '')}.d.ts`);
  return join(NODE_MODULES, `${spec.replace(/\.js$/, '')}.d.ts`);
}

function parseDecl(file: string): ParsedFile {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: ParsedFile = { imports: new Map() };
  for (const st of sf.statements) {
    if (
      ts.isImportDeclaration(st) &&
      ts.isStringLiteral(st.moduleSpecifier) &&
      st.importClause?.namedBindings &&
      ts.isNamedImports(st.importClause.namedBindings)
    ) {
      for (const el of st.importClause.namedBindings.elements) out.imports.set(el.name.text, resolveModule(file, st.moduleSpecifier.text));
    } else if (ts.isInterfaceDeclaration(st) && !out.iface) out.iface = st;
    else if (ts.isTypeAliasDeclaration(st) && !out.alias) out.alias = st;
  }
  return out;
}

/** The compiled AJV validator of an upstream definition, when the package ships one. */
function compiledValidator(upstream: string): string | null {
  for (const dir of ['kubernetes-models/_schemas', '@kubernetes-models/apimachinery/_schemas']) {
    const p = join(NODE_MODULES, dir, `${upstream}.js`);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  return null;
}

export function generateSchema(): CompactSchema {
  const definitions: Record<string, SchemaDef> = {};
  const queue: Array<{ upstream: string; file: string }> = [];
  const seen = new Set<string>();
  const kinds: Record<string, string> = {};

  const enqueue = (upstream: string, file: string): string => {
    if (!seen.has(upstream)) {
      seen.add(upstream);
      queue.push({ upstream, file });
    }
    return shortName(upstream);
  };

  const convert = (node: ts.TypeNode, ctx: ParsedFile, where: string): SchemaType => {
    if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
    if (node.kind === ts.SyntaxKind.NumberKeyword) return 'integer';
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
    if (node.kind === ts.SyntaxKind.AnyKeyword || node.kind === ts.SyntaxKind.UnknownKeyword) return 'any';
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { enum: [node.literal.text] };
    if (ts.isUnionTypeNode(node)) {
      const lits = node.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : null));
      if (lits.every((l): l is string => l !== null)) return { enum: lits };
      throw new Error(`${where}: unsupported union type`);
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Array' && node.typeArguments?.length === 1) return { items: convert(node.typeArguments[0]!, ctx, where) };
      const file = ctx.imports.get(name);
      if (!file || !name.startsWith('I')) throw new Error(`${where}: cannot resolve type ${name}`);
      const upstream = name.slice(1);
      if (SPECIAL[upstream]) return SPECIAL[upstream]!;
      return `#${enqueue(upstream, file)}`;
    }
    if (ts.isTypeLiteralNode(node)) {
      const sig = node.members.find(ts.isIndexSignatureDeclaration);
      if (sig && node.members.length === 1) return { values: convert(sig.type, ctx, where) };
      if (node.members.length === 0) return 'any';
      // An inline object (e.g. StatefulSet volumeClaimTemplates): a definition named after its field.
      definitions[where] = objectDef(node.members, ctx, where);
      return `#${where}`;
    }
    if (ts.isIndexedAccessTypeNode(node)) return 'string'; // `IFoo["apiVersion"]` in declared classes
    throw new Error(`${where}: unsupported type node ${ts.SyntaxKind[node.kind]}`);
  };

  const objectDef = (members: ts.NodeArray<ts.TypeElement>, ctx: ParsedFile, name: string): SchemaDef => {
    const properties: Record<string, SchemaType> = {};
    const required: string[] = [];
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const key = ts.isStringLiteral(m.name) || ts.isIdentifier(m.name) ? m.name.text : null;
      if (!key) continue;
      properties[key] = key === 'apiVersion' || key === 'kind' ? 'string' : convert(m.type, ctx, `${name}.${key}`);
      if (!m.questionToken) required.push(key);
    }
    return required.length ? { properties, required } : { properties };
  };

  for (const [apiVersion, kind, rel] of KINDS) {
    const file = join(NODE_MODULES, 'kubernetes-models', `${rel}.d.ts`);
    const iface = parseDecl(file).iface;
    if (!iface) throw new Error(`${file}: no interface`);
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : 'core';
    const upstream = `IoK8sApi${pascalGroup(group)}${pascalVersion(apiVersion)}${kind}`;
    kinds[`${apiVersion} ${kind}`] = enqueue(upstream, file);
  }

  while (queue.length) {
    const { upstream, file } = queue.shift()!;
    const parsed = parseDecl(file);
    const name = shortName(upstream);
    const js = compiledValidator(upstream);
    if (js && /type:"number"/.test(js)) throw new Error(`${upstream}: has a non-integer number field; the compact schema cannot express it`);
    if (parsed.iface) {
      const def = objectDef(parsed.iface.members, parsed, name);
      definitions[name] = Object.keys(def.properties!).length === 0 ? { properties: {}, open: true } : def;
    } else if (parsed.alias) {
      const t = convert(parsed.alias.type, parsed, upstream);
      definitions[name] = { alias: t };
    } else throw new Error(`${file}: no declaration for ${upstream}`);
  }

  const sorted: Record<string, SchemaDef> = {};
  for (const k of Object.keys(definitions).sort()) sorted[k] = definitions[k]!;
  const pkg = JSON.parse(readFileSync(join(NODE_MODULES, 'kubernetes-models/package.json'), 'utf8')) as { version: string };
  return { source: `kubernetes-models@${pkg.version}`, kinds, definitions: sorted };
}

function pascalGroup(group: string): string {
  // Upstream definition names use the first label of the group: 'rbac.authorization.k8s.io' -> 'Rbac'.
  const first = group.split('.')[0]!;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

function pascalVersion(apiVersion: string): string {
  const v = apiVersion.includes('/') ? apiVersion.split('/')[1]! : apiVersion;
  return v.charAt(0).toUpperCase() + v.slice(1);
}

export function serializeSchema(schema: CompactSchema): string {
  return `${JSON.stringify(schema)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = serializeSchema(generateSchema());
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE} (${text.length} bytes)`);
}
