/**
 * Shell scripts that start containers, read statically: `readScript(text)` gives every command as it would run
 * (variables, quotes, wrappers, sh -c, eval, heredocs); `readDockerCall(command)` reads docker/podman/nerdctl
 * run, create and exec the way the CLI does; the helpers give the container's effective settings.
 */
export { expandWord, readScript } from './script';
export type { Arg, ExecCommand, ScriptReading } from './script';
export {
  addedCapabilities,
  capName,
  dropsAll,
  isLoopback,
  isolationProblems,
  lastOption,
  mounts,
  noNewPrivileges,
  optionsNamed,
  parseBool,
  parsePublish,
  readDockerCall,
  securityOpts,
  switchOn,
  tmpfsTargets,
} from './run';
export type { DockerCall, Isolation, RunOption } from './run';
