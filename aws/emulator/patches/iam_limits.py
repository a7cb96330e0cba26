"""Managed policies: IAM's size quotas (moto 5.2 reports them but never enforces them) and versions.

https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
"IAM doesn't count white space when calculating the size of a policy against these quotas."
"""

import re
from typing import Any

from moto.iam.exceptions import LimitExceededException
from moto.iam.models import IAMBackend, Policy

from .wrap import check_before

MANAGED_POLICY_LIMIT = 6144
TRUST_POLICY_LIMIT = 2048


def policy_size(document: Any) -> int:
    """A policy's size as IAM counts it: its characters, white space excluded."""
    return len(re.sub(r"\s", "", str(document or "")))


def limit(argument: str, quota: str, size: int):
    def check(arguments: dict[str, Any]) -> None:
        if policy_size(arguments[argument]) > size:
            raise LimitExceededException(f"Cannot exceed quota for {quota}: {size}")

    return check


def managed_policy_documents_are_limited_to_6144_characters() -> None:
    """create-policy and create-policy-version refuse a document over 6,144 characters."""
    check = limit("policy_document", "PolicySize", MANAGED_POLICY_LIMIT)
    check_before(IAMBackend, "create_policy", check)
    check_before(IAMBackend, "create_policy_version", check)


def trust_policies_are_limited_to_2048_characters() -> None:
    """create-role and update-assume-role-policy refuse a trust policy over 2,048 characters."""
    check_before(
        IAMBackend,
        "create_role",
        limit("assume_role_policy_document", "ACLSizePerRole", TRUST_POLICY_LIMIT),
    )
    check_before(
        IAMBackend,
        "update_assume_role_policy",
        limit("policy_document", "ACLSizePerRole", TRUST_POLICY_LIMIT),
    )


def setting_the_default_version_again_changes_nothing() -> None:
    """set-default-policy-version naming the current default keeps it the default.

    https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetDefaultPolicyVersion.html
    moto 5.2 marks the version default, then un-marks it as the previous default, leaving the
    policy with no default version.
    """
    original = Policy.update_default_version

    def update_default_version(self: Policy, new_default_version_id: str) -> None:
        if new_default_version_id != self.default_version_id:
            original(self, new_default_version_id)

    Policy.update_default_version = update_default_version
