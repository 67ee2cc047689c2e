/**
 * The body of the package's `w7-grade` (built to dist/run.js, loaded by dist/bin.js): grade, netpol and can-i, no
 * course material.
 */
import { main, nodeIO } from './index';

process.exitCode = await main(process.argv.slice(2), nodeIO());
