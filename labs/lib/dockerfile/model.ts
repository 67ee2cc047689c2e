// Interface placeholder: the Dockerfile helper replaces this file with the real model and parser.
import type { Finding } from '../types';
export interface DockerfileModel {
  file: string;
  text: string;
  /** parse/* findings */
  findings: Finding[];
}
export function parseDockerfile(file: string, text: string): DockerfileModel {
  return { file, text, findings: [] };
}
