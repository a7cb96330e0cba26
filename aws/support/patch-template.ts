/**
 * A small template for showing the emulator's CloudFormation patches through the AWS CLI: a managed
 * policy and a role listing it in ManagedPolicyArns, with a second policy listed never, always, or
 * through an Fn::If on the WithSecond parameter (AWS::NoValue when it is "no", the default).
 */
import type { Account } from './harness';
import { aws, workDirectory, writeFiles } from './run';

const TRUST = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::968898580625:root"},"Action":"sts:AssumeRole"}]}`;

/** What varies between the templates the patch tests use. */
export interface PatchTemplateOptions {
  roleName?: string;
  second?: 'never' | 'always' | 'if';
  /** The policies' Version as written in YAML (quoted by default). */
  version?: string;
}

function policy(name: string, version: string): string {
  return `  ${name}:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: ${version}
        Statement:
          - Effect: Allow
            Action: ec2:DescribeInstances
            Resource: "*"`;
}

/** The template's YAML text. */
export function patchTemplate(options: PatchTemplateOptions = {}): string {
  const version = options.version ?? '"2012-10-17"';
  const second = options.second ?? 'never';
  const listed = {
    never: '',
    always: '        - {"Ref": Two}',
    if: '        - {"Fn::If": [Second, {"Ref": Two}, {"Ref": "AWS::NoValue"}]}',
  }[second];
  const name = options.roleName ? `      RoleName: ${options.roleName}\n` : '';
  return `Parameters:
  WithSecond:
    Type: String
    Default: "no"
    AllowedValues: ["yes", "no"]
Conditions:
  Second: {"Fn::Equals": [{"Ref": WithSecond}, "yes"]}
Resources:
${policy('One', version)}
${second === 'never' ? '' : policy('Two', version)}
  Role:
    Type: AWS::IAM::Role
    Properties:
${name}      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns:
        - {"Ref": One}
${listed}
`;
}

/** Runs `aws cloudformation VERB --template-body=file://t.yaml ARGS...` for an account. */
export function withTemplate(account: Account, verb: string, text: string, args: string[] = []) {
  const dir = workDirectory();
  writeFiles(dir, { 't.yaml': text });
  return aws(account, ['cloudformation', verb, '--template-body=file://t.yaml', ...args], dir);
}
