"""Patches that make moto 5.2 behave as AWS documents, for what our deliverables use.

Each patch is a function named after the AWS behaviour it restores, with the AWS page that documents
it; aws/emulator-{iam,cloudformation,stack-sets}.test.ts show each one through the real AWS CLI. A patch never makes the
emulator more lenient than AWS, and none of them is test-specific, except the one documented
stand-in (`simulate_stand_in`) for the IAM call moto does not implement.
"""

from . import cfn_capabilities, cfn_change_sets, cfn_stack_sets, cfn_templates, iam_limits
from . import iam_managed_policies, iam_role_policies, simulate_stand_in

PATCHES = [
    iam_limits.managed_policy_documents_are_limited_to_6144_characters,
    iam_limits.trust_policies_are_limited_to_2048_characters,
    iam_limits.setting_the_default_version_again_changes_nothing,
    iam_managed_policies.aws_managed_policies_exist_in_every_account,
    iam_managed_policies.a_role_holds_at_most_10_managed_policies,
    iam_role_policies.role_managed_policy_arns_are_attached,
    cfn_templates.no_value_removes_a_list_element,
    cfn_templates.unquoted_yaml_dates_stay_strings,
    cfn_templates.parameters_must_satisfy_their_constraints,
    cfn_capabilities.iam_resources_need_acknowledged_capabilities,
    cfn_change_sets.a_change_set_updates_by_default,
    cfn_change_sets.a_change_set_without_changes_fails,
    cfn_stack_sets.stack_sets_keep_auto_deployment_and_capabilities,
    cfn_stack_sets.existing_stack_instances_are_not_redeployed,
    cfn_stack_sets.organizations_access_can_be_activated,
    simulate_stand_in.simulate_principal_policy_stand_in,
]


def apply_all() -> None:
    """Applies every patch, once, before the server handles its first request."""
    for patch in PATCHES:
        patch()
