"""Change sets as CloudFormation documents them.

https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateChangeSet.html
"""

import functools
from typing import Any

from moto.cloudformation.responses import CloudFormationResponse


def a_change_set_updates_by_default() -> None:
    """CreateChangeSet without ChangeSetType is an UPDATE of the existing stack.

    (ChangeSetType: "By default, CloudFormation specifies UPDATE.") moto 5.2 defaults to CREATE and
    makes a second stack of the same name.
    """
    original = CloudFormationResponse.create_change_set

    @functools.wraps(original)
    def create_change_set(self: CloudFormationResponse) -> Any:
        if self.params.get("ChangeSetType") is None:
            self.params["ChangeSetType"] = "UPDATE"
        return original(self)

    CloudFormationResponse.create_change_set = create_change_set


def a_change_set_without_changes_fails() -> None:
    """A change set that changes nothing is created, with status FAILED, rather than refused.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets-create.html
    The change set shows Status FAILED and the reason "The submitted information didn't contain
    changes. Submit different information to create a change set." (what `aws cloudformation deploy`
    reads to print "No changes to deploy"). moto 5.2's backend models exactly that, but its request
    handler first refuses the call with "No updates are to be performed.", AWS's answer to
    UpdateStack, not to CreateChangeSet.
    """
    original = CloudFormationResponse._validate_different_update

    def _validate_different_update(self: CloudFormationResponse, *args: Any) -> None:
        if self._get_action() == "CreateChangeSet":
            return None
        return original(self, *args)

    CloudFormationResponse._validate_different_update = _validate_different_update
