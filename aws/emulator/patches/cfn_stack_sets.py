"""StackSets with AWS Organizations (service-managed permissions), as AWS documents them."""

import functools
from typing import Any

from moto.cloudformation.exceptions import CloudFormationError, ValidationError
from moto.cloudformation.models import StackInstance, StackInstances
from moto.cloudformation.responses import CloudFormationResponse
from moto.core.responses import ActionResult, EmptyResult
from moto.organizations.models import (
    FakeDelegatedAdministrator,
    OrganizationsBackend,
    organizations_backends,
)

# https://docs.aws.amazon.com/organizations/latest/userguide/services-that-can-integrate-cloudformation.html
STACKSETS_PRINCIPAL = "member.org.stacksets.cloudformation.amazonaws.com"


class InvalidOperationException(CloudFormationError):
    code = "InvalidOperationException"


def organization_of(account_id: str, partition: str) -> OrganizationsBackend | None:
    """The organization backend (its management account's) an account belongs to, if any."""
    own = organizations_backends[account_id][partition]
    if own.org:
        return own
    if account_id in organizations_backends.master_accounts:
        master, master_partition = organizations_backends.master_accounts[account_id]
        return organizations_backends[master][master_partition]
    return None


def access_active(org: OrganizationsBackend | None) -> bool:
    return org is not None and any(s["ServicePrincipal"] == STACKSETS_PRINCIPAL for s in org.services)


def stack_sets_keep_auto_deployment_and_capabilities() -> None:
    """describe-stack-set returns the AutoDeployment and Capabilities given at creation or update.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSet.html
    moto 5.2 drops both ("not yet implemented").
    """
    for name in ("create_stack_set", "update_stack_set"):
        original = getattr(CloudFormationResponse, name)

        @functools.wraps(original)
        def keeping(self: CloudFormationResponse, original: Any = original) -> Any:
            result = original(self)
            stack_set = self.cloudformation_backend.describe_stack_set(self._get_param("StackSetName"))
            if self._get_param("AutoDeployment") is not None:
                stack_set.auto_deployment = self._get_param("AutoDeployment")
            if self._get_param("Capabilities") is not None or self._get_action() == "CreateStackSet":
                stack_set.capabilities = self._get_param("Capabilities", [])
            return result

        setattr(CloudFormationResponse, name, keeping)


def service_managed_targets(instances: StackInstances, targets: dict[str, Any]) -> list[str]:
    """Accounts under the OUs (and all their descendants), never the management account, filtered
    by the targets' Accounts as their AccountFilterType says.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html
    DIFFERENCE leaves the listed accounts out ("to avoid certain accounts within an OU such as
    suspended accounts"), INTERSECTION keeps only them, UNION (the default with Accounts) adds
    them, NONE deploys to the OUs' accounts. moto 5.2 ignores AccountFilterType.
    """
    org = organization_of(instances.account_id, instances.partition)
    if org is None or org.org is None:
        return []
    ou_ids = targets.get("OrganizationalUnitIds", [])
    wanted, frontier = set(ou_ids), list(ou_ids)
    while frontier:
        parent = frontier.pop()
        children = [ou.id for ou in org.ou if getattr(ou, "parent_id", None) == parent]
        frontier += [c for c in children if c not in wanted]
        wanted.update(children)
    under = [a.id for a in org.accounts if a.parent_id in wanted and a.id != org.org.master_account_id]
    listed = list(targets.get("Accounts", []))
    mode = targets.get("AccountFilterType") or ("UNION" if listed else "NONE")
    if mode == "DIFFERENCE":
        return [a for a in under if a not in listed]
    if mode == "INTERSECTION":
        return [a for a in under if a in listed]
    if mode == "UNION":
        return under + listed
    return under


def existing_stack_instances_are_not_redeployed() -> None:
    """create-stack-instances deploys only where the stack set has no instance yet.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-associate-stackset-with-org.html
    ("CloudFormation doesn't deploy stacks to the management account"; a target OU "automatically
    includes any child OUs"). moto 5.2 deploys a second copy of an existing instance (whose
    named resources then collide), targets only one level of child OUs and includes the
    management account.
    """

    def create_instances(
        self: StackInstances, accounts: list[str], regions: list[str],
        parameters: list[dict[str, Any]] | None, deployment_targets: dict[str, Any],
        permission_model: str,
    ) -> list[dict[str, Any]]:
        targets = list(accounts)
        if permission_model == "SERVICE_MANAGED":
            targets += service_managed_targets(self, deployment_targets or {})
        existing = {(i.account_id, i.region_name) for i in self.stack_instances}
        created = []
        for region in regions:
            for account in dict.fromkeys(targets):
                if (account, region) in existing:
                    continue
                created.append(StackInstance(
                    account_id=account, region_name=region, stackset_id=self.stackset_id,
                    stack_name=self.stack_name, name=self.stackset_name, template=self.template,
                    parameters=parameters, permission_model=permission_model,
                ))
        self.stack_instances += created
        return [i.to_dict() for i in created]

    StackInstances.create_instances = create_instances


def organizations_access_can_be_activated() -> None:
    """activate-organizations-access and describe-organizations-access exist, and gate stack sets.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-activate-trusted-access.html
    Trusted access registers StackSets' service principal with Organizations; a service-managed
    stack set cannot be created before it. A StackSets delegated administrator can be registered
    (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-delegated-admin.html).
    moto 5.2 has neither call, creates service-managed stack sets without trusted access and
    refuses the StackSets principal as a delegated administrator service.
    """

    def activate_organizations_access(self: CloudFormationResponse) -> EmptyResult:
        org = organizations_backends[self.current_account][self.partition]
        if org.org is None:
            raise InvalidOperationException(
                "Trusted access can only be activated from an organization's management account."
            )
        org.enable_aws_service_access(ServicePrincipal=STACKSETS_PRINCIPAL)
        return EmptyResult()

    def describe_organizations_access(self: CloudFormationResponse) -> ActionResult:
        org = organization_of(self.current_account, self.partition)
        if org is None:
            raise InvalidOperationException("The account is not in an organization.")
        return ActionResult({"Status": "ENABLED" if access_active(org) else "DISABLED"})

    create_stack_set = CloudFormationResponse.create_stack_set

    @functools.wraps(create_stack_set)
    def gated_create_stack_set(self: CloudFormationResponse) -> Any:
        if self._get_param("PermissionModel") == "SERVICE_MANAGED":
            if not access_active(organization_of(self.current_account, self.partition)):
                raise ValidationError(
                    message="You must enable organizations access to operate a service managed stack set"
                )
        return create_stack_set(self)

    CloudFormationResponse.activate_organizations_access = activate_organizations_access
    CloudFormationResponse.describe_organizations_access = describe_organizations_access
    CloudFormationResponse.create_stack_set = gated_create_stack_set
    FakeDelegatedAdministrator.SUPPORTED_SERVICES = [
        *FakeDelegatedAdministrator.SUPPORTED_SERVICES,
        STACKSETS_PRINCIPAL,
    ]
