"""CloudFormation's AWS::IAM::Role attaches the managed policies its ManagedPolicyArns lists.

https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#cfn-iam-role-managedpolicyarns
moto 5.2 creates the role and ignores the property, so the role ends up with no policy attached.
"""

from typing import Any

from moto.iam.models import Role, iam_backends
from moto.utilities.utils import get_partition


def sync_attachments(role: Role, wanted: list[str], account_id: str, region_name: str) -> None:
    """Attaches the listed policies the role lacks and detaches those no longer listed."""
    backend = iam_backends[account_id][get_partition(region_name)]
    for arn in [arn for arn in role.managed_policies if arn not in wanted]:
        backend.detach_role_policy(arn, role.name)
    for arn in [arn for arn in wanted if arn not in role.managed_policies]:
        backend.attach_role_policy(arn, role.name)


def role_managed_policy_arns_are_attached() -> None:
    """Creating or updating a role resource attaches exactly its ManagedPolicyArns."""
    create = Role.__dict__["create_from_cloudformation_json"].__func__
    update = Role.__dict__["update_from_cloudformation_json"].__func__

    def create_from_cloudformation_json(
        cls: type, resource_name: str, cloudformation_json: dict[str, Any], account_id: str,
        region_name: str, **kwargs: Any,
    ) -> Role:
        role = create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        wanted = cloudformation_json.get("Properties", {}).get("ManagedPolicyArns", [])
        sync_attachments(role, wanted, account_id, region_name)
        return role

    def update_from_cloudformation_json(
        cls: type, original_resource: Role, new_resource_name: str,
        cloudformation_json: dict[str, Any], account_id: str, region_name: str,
    ) -> Role:
        role = update(
            cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name
        )
        wanted = cloudformation_json.get("Properties", {}).get("ManagedPolicyArns", [])
        sync_attachments(role, wanted, account_id, region_name)
        return role

    Role.create_from_cloudformation_json = classmethod(create_from_cloudformation_json)
    Role.update_from_cloudformation_json = classmethod(update_from_cloudformation_json)
