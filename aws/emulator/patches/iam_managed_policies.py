"""AWS managed policies: every account has them, and a role holds at most 10 managed policies.

https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
"AWS managed policies ... are available in all AWS accounts": `arn:aws:iam::aws:policy/ReadOnlyAccess`
attaches to any role. moto 5.2 holds a copy of them (moto/iam/aws_managed_policies.py) but loads it
only when MOTO_IAM_LOAD_MANAGED_POLICIES is set, and then serialises all 1,485 documents again for
every account (about 0.1 s each); this loads them into every account from one reading.

https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities
"Managed policies attached to an IAM role: 10" (the default quota). moto 5.2 attaches any number.
"""

import functools
import json
from datetime import datetime
from typing import Any

from moto.iam.aws_managed_policies import aws_managed_policies_data
from moto.iam.exceptions import LimitExceededException
from moto.iam.models import AWSManagedPolicy, IAMBackend, ManagedPolicy

from .wrap import check_before

ROLE_MANAGED_POLICIES = 10


@functools.lru_cache(maxsize=1)
def managed_policy_data() -> list[tuple[str, dict[str, Any], str]]:
    """moto's AWS managed policies, read once: name, data and the document's JSON text."""
    parsed = json.loads(aws_managed_policies_data)
    return [(name, data, json.dumps(data.get("Document"))) for name, data in parsed.items()]


def aws_managed_policies_exist_in_every_account() -> None:
    """Each account's IAM starts with every AWS managed policy moto knows, attachable by ARN."""

    def init_aws_policies(self: IAMBackend) -> list[ManagedPolicy]:
        return [
            AWSManagedPolicy(
                name,
                account_id=self.account_id,
                region=self.region_name,
                default_version_id=data.get("DefaultVersionId"),
                path=data.get("Path"),
                document=document,
                create_date=datetime.fromisoformat(data["CreateDate"]),
                update_date=datetime.fromisoformat(data["UpdateDate"]),
            )
            for name, data, document in managed_policy_data()
        ]

    IAMBackend._init_aws_policies = init_aws_policies


def a_role_holds_at_most_10_managed_policies() -> None:
    """attach-role-policy refuses an eleventh managed policy; attaching one again is no change."""

    def check(arguments: dict[str, Any]) -> None:
        role = arguments["self"].get_role(arguments["role_name"])
        attached = role.managed_policies
        if arguments["policy_arn"] not in attached and len(attached) >= ROLE_MANAGED_POLICIES:
            raise LimitExceededException(
                f"Cannot exceed quota for PoliciesPerRole: {ROLE_MANAGED_POLICIES}"
            )

    check_before(IAMBackend, "attach_role_policy", check)
