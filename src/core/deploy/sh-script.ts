/**
 * The frame every generated POSIX sh script shares: the interpreter line, the header, stop on the
 * first error or unset variable, and no AWS CLI pager (AWS CLI v2 pages output; `AWS_PAGER=''` turns
 * that off on v1 and v2 alike, where `--no-cli-pager` exists only on v2).
 */

/** A whole script: the shared frame, then its sections, each a block of lines. */
export function renderShScript(header: string, sections: readonly string[]): string {
  return ['#!/bin/sh', header, 'set -eu', "export AWS_PAGER=''", '', ...sections, ''].join('\n');
}
