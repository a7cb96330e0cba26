#!/bin/sh
# Upgrades the Cloudcraft policy to Cloudcraft minimal 2025-01 (2025-01): adds 2 actions, removes 339.
# Run `sh upgrade-cloudcraft-policy.sh POLICY_ARN` beside cloudcraft-policy.json (the new policy),
# with credentials allowed iam:ListPolicyVersions, iam:DeletePolicyVersion and iam:CreatePolicyVersion.
# POLICY_ARN is the policy's ARN; this lists your policies named Cloudcraft:
#   aws iam list-policies --scope=Local --query="Policies[?PolicyName=='Cloudcraft'].Arn" --output=text

# Optional, before running this script: what does the new policy grant that the current one does
# not? IAM Access Analyzer answers (it charges per check; this script does not run it):
#   aws accessanalyzer check-no-new-access --policy-type=IDENTITY_POLICY \
#     --new-policy-document='file://cloudcraft-policy.json' \
#     --existing-policy-document='file://current-policy.json'
#   It reports FAIL here: the new policy adds 2 actions; the reasons name the statements that add them.

set -eu
export AWS_PAGER=''

policy_arn=${1:-}
case $policy_arn in
  arn:aws*:iam::*:policy/*) ;;
  *) echo 'Usage: sh upgrade-cloudcraft-policy.sh POLICY_ARN (arn:aws:iam::123456789012:policy/Cloudcraft).' >&2; exit 2 ;;
esac
new_policy='cloudcraft-policy.json'
if [ ! -f "$new_policy" ]; then
  echo "$new_policy is missing: download the new policy next to this script." >&2
  exit 2
fi

# 1. IAM keeps at most 5 versions of a policy: with 5, delete the oldest that is not the default.
versions=$(aws iam list-policy-versions --policy-arn="$policy_arn" --query='length(Versions)' --output=text)
if [ "$versions" -ge 5 ]; then
  oldest=$(aws iam list-policy-versions --policy-arn="$policy_arn" --query='sort_by(Versions[?!IsDefaultVersion], &CreateDate)[0].VersionId' --output=text)
  echo "The policy keeps 5 versions, the most IAM allows: deleting $oldest, the oldest that is not the default."
  aws iam delete-policy-version --policy-arn="$policy_arn" --version-id="$oldest"
fi

# 2. Make the new policy the default version; Cloudcraft uses it from its next scan.
version=$(aws iam create-policy-version --policy-arn="$policy_arn" \
  --policy-document="file://$new_policy" --set-as-default \
  --query=PolicyVersion.VersionId --output=text)
echo "Version $version of $policy_arn is now the default: Cloudcraft uses it from its next scan."
