"""CloudFormation refuses a template with IAM resources until the caller acknowledges them.

https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html#API_CreateStack_RequestParameters
(Capabilities): "If you have IAM resources, you can specify either capability. If you have IAM
resources with custom names, you must specify CAPABILITY_NAMED_IAM. If you don't specify either of
these capabilities, CloudFormation returns an InsufficientCapabilities error." The same holds for
UpdateStack, CreateChangeSet, CreateStackSet and UpdateStackSet. moto 5.2 never asks.
"""

import functools
from typing import Any, Callable

from moto.cloudformation.exceptions import CloudFormationError
from moto.cloudformation.models import Stack
from moto.cloudformation.responses import CloudFormationResponse

IAM_TYPES = {
    "AWS::IAM::AccessKey",
    "AWS::IAM::Group",
    "AWS::IAM::InstanceProfile",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::Policy",
    "AWS::IAM::Role",
    "AWS::IAM::User",
    "AWS::IAM::UserToGroupAddition",
}
NAME_PROPERTIES = {"GroupName", "InstanceProfileName", "ManagedPolicyName", "RoleName", "UserName"}
ACTIONS = ["create_stack", "update_stack", "create_change_set", "create_stack_set", "update_stack_set"]


class InsufficientCapabilitiesException(CloudFormationError):
    code = "InsufficientCapabilitiesException"


def required_capability(template: dict[str, Any]) -> str | None:
    """CAPABILITY_NAMED_IAM for a named IAM resource, CAPABILITY_IAM for others, else None."""
    resources = [
        r for r in (template.get("Resources") or {}).values()
        if isinstance(r, dict) and r.get("Type") in IAM_TYPES
    ]
    if any(NAME_PROPERTIES & set((r.get("Properties") or {}).keys()) for r in resources):
        return "CAPABILITY_NAMED_IAM"
    return "CAPABILITY_IAM" if resources else None


def template_of(response: CloudFormationResponse) -> str | None:
    """The template a request carries, names (URL) or reuses (UsePreviousTemplate)."""
    if response._get_param("TemplateBody"):
        return response._get_param("TemplateBody")
    if response._get_param("TemplateURL"):
        return response._get_stack_from_s3_url(response._get_param("TemplateURL"))
    if response._get_bool_param("UsePreviousTemplate", False):
        return response.cloudformation_backend.get_stack(response._get_param("StackName")).template
    return None


def check_capabilities(response: CloudFormationResponse) -> None:
    template = template_of(response)
    if not template:
        return
    needed = required_capability(Stack.parse_template(template) or {})
    given = set(response._get_param("Capabilities", []) or [])
    if needed == "CAPABILITY_NAMED_IAM" and needed not in given:
        raise InsufficientCapabilitiesException(f"Requires capabilities : [{needed}]")
    if needed == "CAPABILITY_IAM" and not given & {"CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"}:
        raise InsufficientCapabilitiesException(f"Requires capabilities : [{needed}]")


def checked(action: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(action)
    def patched(self: CloudFormationResponse) -> Any:
        check_capabilities(self)
        return action(self)

    return patched


def iam_resources_need_acknowledged_capabilities() -> None:
    """Stacks, change sets and stack sets with IAM resources need CAPABILITY_(NAMED_)IAM."""
    for name in ACTIONS:
        setattr(CloudFormationResponse, name, checked(getattr(CloudFormationResponse, name)))
