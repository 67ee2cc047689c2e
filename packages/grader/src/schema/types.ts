/**
 * The compact schema format shared by the generated Kubernetes data (k8s.schema.json) and the
 * hand-written CRD / config schemas (extra.ts).
 *
 * A type is one of:
 * - 'string' | 'integer' | 'boolean' | 'any'
 * - 'int-or-string': Kubernetes IntOrString (an integer or a string such as "8080" or "25%")
 * - 'quantity': Kubernetes resource.Quantity (a number or a string such as "100m", "128Mi")
 * - '#<definition>': a reference into `definitions`
 * - { enum: [...] }: one of these strings
 * - { items: T }: a list of T
 * - { values: T }: a map with arbitrary string keys and values of type T
 */
export type SchemaType =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'any'
  | 'int-or-string'
  | 'quantity'
  | `#${string}`
  | { enum: string[] }
  | { items: SchemaType }
  | { values: SchemaType };

export interface SchemaDef {
  /** An object: its fields. */
  properties?: Record<string, SchemaType>;
  required?: string[];
  /** Unknown fields are allowed (upstream preserves them, or an empty upstream object). */
  open?: boolean;
  /** Not an object: this definition is another type. */
  alias?: SchemaType;
}

export interface CompactSchema {
  source: string;
  /** 'apiVersion Kind' -> definition name. */
  kinds: Record<string, string>;
  definitions: Record<string, SchemaDef>;
}
