# Upgrade the Cloudcraft policy to Cloudcraft minimal 2025-01 (2025-01): adds 2 actions, removes 339.
# current-policy.json holds the policy you pasted; cloudcraft-policy.json holds the new policy.
# Replace ACCOUNT_ID, or the whole ARN, with your policy's ARN (get-policy-version output does not include it):
# aws iam list-policies --scope Local --query "Policies[?PolicyName=='Cloudcraft'].Arn" --output text
POLICY_ARN='arn:aws:iam::ACCOUNT_ID:policy/Cloudcraft'

# 1. Check what the new policy grants that the current one does not (Access Analyzer charges per check).
#    FAIL is expected here: the new policy adds 2 actions; the result's reasons name the statements that add them.
aws accessanalyzer check-no-new-access \
  --new-policy-document 'file://cloudcraft-policy.json' \
  --existing-policy-document 'file://current-policy.json' \
  --policy-type IDENTITY_POLICY

# 2. A managed policy keeps at most 5 versions. If it has 5, first delete the oldest one that is
#    not the default: aws iam delete-policy-version --policy-arn "$POLICY_ARN" --version-id OLDEST_VERSION_ID
aws iam list-policy-versions --policy-arn "$POLICY_ARN"

# 3. Make the new policy the default version; Cloudcraft uses it from its next scan.
aws iam create-policy-version \
  --policy-arn "$POLICY_ARN" \
  --policy-document 'file://cloudcraft-policy.json' \
  --set-as-default
