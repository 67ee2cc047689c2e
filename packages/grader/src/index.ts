/**
 * The public entry of @w7/grader: everything the app, the labs and the CLI use. Pure TypeScript
 * (no DOM, no fs), so it runs in the browser and in Node. Nothing outside the package imports a deeper path.
 */
export { grade, gradeWith, MAX_YAML_DEPTH, MAX_YAML_LENGTH, yamlDepthOffset, yamlTarget } from './engine';
export { baseName, detectLanguage, isGradableName } from './detect';
export { allMetas, allRules, ruleMeta } from './registry';
export { groupOf, ruleGroups, type RuleGroup } from './rules/groups';
export { messageText } from './messages';
export { isValidPattern, matchesAny, matchesPattern, parseIgnoreComment, splitPatterns } from './select';
export * from './format/index';
export type { DockerfileRule, Rule, YamlInput, YamlRule } from './rule';
export type {
  BadExample,
  Example,
  ExpectedFinding,
  MessageData,
  FileLanguage,
  FileResult,
  Finding,
  GradeOptions,
  GradeResult,
  PssLevel,
  Range,
  Report,
  RuleContext,
  RuleMeta,
  RuleTarget,
  Severity,
  SourceFile,
  Text,
} from './types';

// Models the labs and the CLI read: parsed YAML, Dockerfiles and shell scripts.
export { getIn, parseYaml, stripBom } from './yaml/document';
export type { K8sObject, ParsedYaml, Path } from './yaml/document';
export { commandsIn, parseDockerfile } from './dockerfile/model';
export { effectiveUserOf, expandBuildVars, isRootName, stageChain, varsAt } from './dockerfile/vars';
export type { BuildVars, EffectiveUser } from './dockerfile/vars';
export { chainPackageInstalls, copySourceStage, packageInstalls } from './rules/_shared/node-installs';
export type { PackageInstall } from './rules/_shared/node-installs';
export type {
  CommandInstruction,
  CopyInstruction,
  DockerfileModel,
  EnvInstruction,
  FromInstruction,
  Instruction,
  RunInstruction,
  ShellCommand,
  ShellNode,
  ShellPipeline,
  ShellScript,
  ShellWord,
  Stage,
  UserInstruction,
} from './dockerfile/model';
export { badPatternReason, cleanPath, decide, parseDockerignore, sentFiles } from './dockerfile/dockerignore';
export type { DockerIgnore, IgnoreDecision, IgnoreError, IgnorePattern } from './dockerfile/dockerignore';
export { contextInImage } from './dockerfile/build-context';
export type { ContextInImage, ImageFile } from './dockerfile/build-context';
export { parseShellText } from './dockerfile/shell';
export { LineIndex } from './dockerfile/text';
export type { ShellParseResult } from './dockerfile/shell';
export { asArray, asRecord, containerLabel, containersOf, podSpecOf, WORKLOAD_KINDS } from './k8s/index';
export {
  addedCapabilities,
  dropsAll,
  isLoopback,
  isolationProblems,
  lastOption,
  noNewPrivileges,
  optionsNamed,
  parseBool,
  parsePublish,
  readDockerCall,
  readScript,
  switchOn,
  tmpfsTargets,
} from './dockerrun/index';
export type { Arg as ShellArg, DockerCall, ExecCommand, Isolation, RunOption, ScriptReading } from './dockerrun/index';
export type { ContainerRef, Json, PodSpecRef } from './k8s/index';
export { checkEsoKey } from './rules/k8s/eso-missing-key';
export type { SecretStoreContents } from './rules/_shared/eso';

// Evaluators: Pod Security, RBAC, audit policy, GitHub Actions workflows, NetworkPolicy.
export { evaluatePod, isValidVersion, LATEST_MINOR, podTemplateOf, policyFor } from './pss/index';
export type { CheckResult as PssCheckResult, Policy as PssPolicy } from './pss/index';
export {
  aggregatedIntoBuiltins,
  canI,
  DEFAULT_NAMESPACE,
  extraPermissions,
  findResource,
  listFor,
  otherSubjects,
  rbacPolicy,
  selectorMatches,
  subjectLabel,
  userInfo,
  whoCan,
} from './rbac/index';
export type {
  AccessRequest,
  AllowedPermission,
  Decision,
  ExtraPermission,
  Grant,
  PolicyRule as RbacPolicyRule,
  RbacPolicy,
  ResourceRequest,
  Source as RbacSource,
  UserInfo,
} from './rbac/index';
export { AUDIT_LEVELS, auditPolicy, effectiveLevel, isAuditPolicy, levelFor } from './audit/index';
export type { AuditLevel, AuditPolicy, AuditRequest, AuditRule, EffectiveLevel, LevelDecision } from './audit/index';
export { evaluateFlag, evaluateIf, parseUses, parseWorkflows, stepRun, triggerGap, workflowOf } from './workflow/index';
export { TRIVY_HIDING_INPUTS } from './rules/_shared/trivy';
export type { RunEvent, StepRun, Truth, UsesRef, Workflow, WorkflowJob, WorkflowStep } from './workflow/index';
export { buildScenario, dnsAccess, evaluate, formatMatrix, isAllowed, MAX_CONNECTIONS, truthTable } from './netpol/index';
export type { Connection, ConnectionQuery, Probe, Protocol, Scenario, TableOptions, TruthTable, Verdict } from './netpol/index';
export { compareVersions, EOL_DATA, eolFindings, imageReleases, parseImageRef, todayOf } from './images/lifecycle';
export type { Cycle, EolFinding, ImageRef, ImageReleases, NamedRelease, Product as EolProduct, ProductId as EolProductId } from './images/lifecycle';
