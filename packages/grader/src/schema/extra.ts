/**
 * Hand-written compact schemas (same format as k8s.schema.json) for the non-core objects the course uses.
 *
 * External Secrets Operator, external-secrets.io/v1 (served since ESO v0.16, the only served version since v0.17):
 *   https://github.com/external-secrets/external-secrets/blob/main/apis/externalsecrets/v1/externalsecret_types.go
 *   https://github.com/external-secrets/external-secrets/blob/main/apis/externalsecrets/v1/secretstore_types.go
 * The CRDs are structural: the API server prunes unknown fields everywhere, so every object below is closed.
 * Provider bodies (spec.provider.aws, .vault, ...) are not modelled field by field: their names are
 * checked, their contents are not (marked `any`).
 *
 * Audit policy, audit.k8s.io/v1 Policy (a kube-apiserver config file, not an API object):
 *   https://github.com/kubernetes/apiserver/blob/master/pkg/apis/audit/v1/types.go
 *   https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
 */
import type { SchemaDef, SchemaType } from './types';

const SECRET_STORE_PROVIDERS = [
  'aws',
  'azurekv',
  'akeyless',
  'bitwardensecretsmanager',
  'vault',
  'ovh',
  'gcpsm',
  'oracle',
  'ibm',
  'yandexcertificatemanager',
  'yandexlockbox',
  'github',
  'gitlab',
  'onepassword',
  'onepasswordSDK',
  'webhook',
  'kubernetes',
  'fake',
  'senhasegura',
  'scaleway',
  'doppler',
  'previder',
  'onboardbase',
  'keepersecurity',
  'conjur',
  'delinea',
  'secretserver',
  'chef',
  'pulumi',
  'fortanix',
  'passworddepot',
  'passbolt',
  'dvls',
  'infisical',
  'beyondtrust',
  'beyondtrustworkloadcredentials',
  'cloudrusm',
  'volcengine',
  'ngrok',
  'barbican',
  'nebiusmysterybox',
];

const STAGE: SchemaType = { enum: ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] };
const STRINGS: SchemaType = { items: 'string' };
const DECODING: SchemaType = { enum: ['Auto', 'Base64', 'Base64URL', 'None'] };
const CONVERSION: SchemaType = { enum: ['Default', 'Unicode'] };

export const extraKinds: Record<string, string> = {
  'external-secrets.io/v1 ExternalSecret': 'eso.v1.ExternalSecret',
  'external-secrets.io/v1 SecretStore': 'eso.v1.SecretStore',
  'external-secrets.io/v1 ClusterSecretStore': 'eso.v1.SecretStore',
  'audit.k8s.io/v1 Policy': 'audit.v1.Policy',
};

export const extraDefinitions: Record<string, SchemaDef> = {
  'eso.v1.ExternalSecret': {
    properties: { apiVersion: 'string', kind: 'string', metadata: '#meta.v1.ObjectMeta', spec: '#eso.v1.ExternalSecretSpec', status: 'any' },
  },
  'eso.v1.ExternalSecretSpec': {
    properties: {
      secretStoreRef: '#eso.v1.SecretStoreRef',
      target: '#eso.v1.ExternalSecretTarget',
      refreshPolicy: { enum: ['CreatedOnce', 'Periodic', 'OnChange'] },
      refreshInterval: 'string',
      data: { items: '#eso.v1.ExternalSecretData' },
      dataFrom: { items: '#eso.v1.ExternalSecretDataFromRemoteRef' },
    },
  },
  'eso.v1.SecretStoreRef': { properties: { name: 'string', kind: { enum: ['SecretStore', 'ClusterSecretStore'] } } },
  'eso.v1.ExternalSecretTarget': {
    properties: {
      name: 'string',
      creationPolicy: { enum: ['Owner', 'Orphan', 'Merge', 'None'] },
      deletionPolicy: { enum: ['Delete', 'Merge', 'Retain'] },
      template: '#eso.v1.ExternalSecretTemplate',
      immutable: 'boolean',
    },
  },
  'eso.v1.ExternalSecretTemplate': {
    properties: {
      type: 'string',
      engineVersion: { enum: ['v2'] },
      metadata: '#eso.v1.ExternalSecretTemplateMetadata',
      mergePolicy: { enum: ['Replace', 'Merge'] },
      data: { values: 'string' },
      templateFrom: { items: 'any' },
    },
  },
  'eso.v1.ExternalSecretTemplateMetadata': { properties: { annotations: { values: 'string' }, labels: { values: 'string' } } },
  'eso.v1.ExternalSecretData': {
    properties: { secretKey: 'string', remoteRef: '#eso.v1.ExternalSecretDataRemoteRef', sourceRef: 'any' },
    required: ['secretKey', 'remoteRef'],
  },
  'eso.v1.ExternalSecretDataRemoteRef': {
    properties: {
      key: 'string',
      metadataPolicy: { enum: ['None', 'Fetch'] },
      property: 'string',
      version: 'string',
      conversionStrategy: CONVERSION,
      decodingStrategy: DECODING,
    },
    required: ['key'],
  },
  'eso.v1.ExternalSecretDataFromRemoteRef': {
    properties: { extract: '#eso.v1.ExternalSecretDataRemoteRef', find: 'any', rewrite: { items: 'any' }, sourceRef: 'any' },
  },
  'eso.v1.SecretStore': {
    properties: { apiVersion: 'string', kind: 'string', metadata: '#meta.v1.ObjectMeta', spec: '#eso.v1.SecretStoreSpec', status: 'any' },
  },
  'eso.v1.SecretStoreSpec': {
    properties: {
      controller: 'string',
      provider: '#eso.v1.SecretStoreProvider',
      retrySettings: '#eso.v1.SecretStoreRetrySettings',
      refreshInterval: 'integer',
      conditions: { items: 'any' },
    },
    required: ['provider'],
  },
  'eso.v1.SecretStoreProvider': { properties: Object.fromEntries(SECRET_STORE_PROVIDERS.map((p) => [p, 'any' as SchemaType])) },
  'eso.v1.SecretStoreRetrySettings': { properties: { maxRetries: 'integer', retryInterval: 'string' } },
  'audit.v1.Policy': {
    properties: {
      apiVersion: 'string',
      kind: 'string',
      metadata: '#meta.v1.ObjectMeta',
      rules: { items: '#audit.v1.PolicyRule' },
      omitStages: { items: STAGE },
      omitManagedFields: 'boolean',
    },
    required: ['rules'],
  },
  'audit.v1.PolicyRule': {
    properties: {
      level: { enum: ['None', 'Metadata', 'Request', 'RequestResponse'] },
      users: STRINGS,
      userGroups: STRINGS,
      verbs: STRINGS,
      resources: { items: '#audit.v1.GroupResources' },
      namespaces: STRINGS,
      nonResourceURLs: STRINGS,
      omitStages: { items: STAGE },
      omitManagedFields: 'boolean',
    },
    required: ['level'],
  },
  'audit.v1.GroupResources': { properties: { group: 'string', resources: STRINGS, resourceNames: STRINGS } },
};
