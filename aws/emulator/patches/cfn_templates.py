"""How CloudFormation reads a template: AWS::NoValue in lists, unquoted YAML dates, parameter rules."""

import re
from typing import Any

import yaml
from moto.cloudformation import parsing
from moto.cloudformation.exceptions import ValidationError

TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def no_value_removes_a_list_element() -> None:
    """`Fn::If` (or a Ref) that yields AWS::NoValue inside a list removes that element.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html#cfn-pseudo-param-novalue
    moto 5.2 leaves a null in the list (e.g. ManagedPolicyArns: [arn, null]).
    """
    original = parsing.clean_json

    def clean_json(resource_json: Any, resources_map: Any) -> Any:
        if not isinstance(resource_json, list):
            return original(resource_json, resources_map)
        cleaned = []
        for item in resource_json:
            value = clean_json(item, resources_map)
            if value is None and isinstance(item, dict):
                continue  # an intrinsic function that resolved to AWS::NoValue
            cleaned.append(value)
        return cleaned

    # clean_json recurses through the module's global name, so nested lists get this too.
    parsing.clean_json = clean_json


def unquoted_yaml_dates_stay_strings() -> None:
    """An unquoted `2012-10-17` in a YAML template is the string "2012-10-17".

    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/format-version-structure.html
    gives `AWSTemplateFormatVersion: 2010-09-09`, unquoted, as a valid YAML declaration; policies
    in YAML templates commonly write `Version: 2012-10-17` the same way. moto 5.2 reads them as
    dates and then fails to serialise the policy. This drops YAML 1.1's timestamp rule from the
    loader moto reads templates with (other YAML 1.1 rules, such as octal numbers, stay: AWS
    applies them too).
    """
    yaml.Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != TIMESTAMP_TAG]
        for first, resolvers in yaml.Loader.yaml_implicit_resolvers.items()
    }


class ParameterValidationError(ValidationError):
    pass


def parameter_error(name: str, slot: dict[str, Any], value: str) -> str | None:
    """Why a String parameter's value breaks its constraints, as CloudFormation words it."""
    broken = (
        ("MinLength" in slot and len(value) < int(slot["MinLength"]))
        or ("MaxLength" in slot and len(value) > int(slot["MaxLength"]))
        or ("AllowedValues" in slot and value not in [str(v) for v in slot["AllowedValues"]])
        # Java's regular expressions, which CloudFormation uses, read \w as ASCII only.
        or ("AllowedPattern" in slot and not re.fullmatch(slot["AllowedPattern"], value, re.ASCII))
    )
    if not broken:
        return None
    if "ConstraintDescription" in slot:
        return f"Parameter '{name}' failed to satisfy constraint: {slot['ConstraintDescription']}"
    if "AllowedValues" in slot and value not in [str(v) for v in slot["AllowedValues"]]:
        return f"Parameter '{name}' must be one of AllowedValues"
    if "AllowedPattern" in slot and not re.fullmatch(slot["AllowedPattern"], value, re.ASCII):
        return f"Parameter '{name}' must match pattern {slot['AllowedPattern']}"
    return f"Parameter '{name}' must contain {slot.get('MinLength', 0)} to {slot.get('MaxLength', 'any number of')} characters"


def parameters_must_satisfy_their_constraints() -> None:
    """A String parameter's value, given or default, must satisfy AllowedPattern, AllowedValues,
    MinLength and MaxLength, or CreateStack (and the like) fails with a ValidationError.

    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
    moto 5.2 reports AllowedValues in get-template-summary but never checks any constraint.
    """
    original = parsing.ResourceMap.load_parameters

    def load_parameters(self: Any) -> None:
        original(self)
        for name, slot in (self._template.get("Parameters") or {}).items():
            value = self.resolved_parameters.get(name)
            if slot.get("Type", "String") == "String" and isinstance(value, str):
                message = parameter_error(name, slot, value)
                if message:
                    raise ParameterValidationError(message=message)

    parsing.ResourceMap.load_parameters = load_parameters
