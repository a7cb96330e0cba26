"""A STAND-IN for `iam simulate-principal-policy`, which moto 5.2 does not implement.

This is not AWS behaviour restored: it is the harness's own, small evaluator, so the real AWS CLI can
make the call (and run its --query on a real response) against the emulator. It answers for a role
only, from the policies attached to it in the emulator:
  - the default version of each attached managed policy, and each inline policy;
  - Allow and Deny statements, with Action / NotAction and Resource / NotResource;
  - IAM's wildcards: `*` any run of characters, `?` one; actions match case-insensitively,
    resources case-sensitively (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html);
  - an explicit Deny beats an Allow, and without an Allow the decision is an implicit deny
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
It ignores what the real simulator also weighs: a statement with a Condition never matches (the
simulator would ask for context values), and permissions boundaries, SCPs and resource policies
are not consulted. Each (action, resource) pair gets one EvaluationResult.
https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
"""

import functools
import json
import re
from typing import Any, Callable
from urllib.parse import unquote

from moto.core.responses import ActionResult
from moto.iam.exceptions import InvalidInput
from moto.iam.responses import IamResponse

ROLE_ARN = re.compile(r"^arn:[\w-]+:iam::(\d{12}):role/(?:.*/)?([\w+=,.@-]+)$")


@functools.lru_cache(maxsize=4096)
def wildcard(pattern: str, ignore_case: bool) -> Callable[[str], bool]:
    """IAM's wildcard match as a test: `*` any run, `?` one character, anchored at both ends."""
    if "*" not in pattern and "?" not in pattern:
        literal = pattern.lower() if ignore_case else pattern
        return (lambda v: v.lower() == literal) if ignore_case else (lambda v: v == literal)
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    compiled = re.compile(regex, re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL)
    return lambda v: compiled.fullmatch(v) is not None


def as_list(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]


def matcher(patterns: Any, ignore_case: bool) -> Callable[[str], bool]:
    """Whether a value matches any of the patterns; exact names are looked up, not scanned."""
    exact = {p.lower() if ignore_case else p for p in as_list(patterns) if "*" not in p and "?" not in p}
    wild = [wildcard(p, ignore_case) for p in as_list(patterns) if "*" in p or "?" in p]
    return lambda v: (v.lower() if ignore_case else v) in exact or any(w(v) for w in wild)


def statement_test(statement: dict[str, Any]) -> Callable[[str, str], bool]:
    """Whether the statement applies to an (action, resource) pair."""
    if "Condition" in statement:
        return lambda action, resource: False
    if "Action" in statement:
        action_ok = matcher(statement["Action"], True)
    else:
        excluded = matcher(statement.get("NotAction", []), True)
        action_ok = lambda a: not excluded(a)  # noqa: E731
    if "Resource" in statement:
        resource_ok = matcher(statement["Resource"], False)
    else:
        outside = matcher(statement.get("NotResource", []), False)
        resource_ok = lambda r: not outside(r)  # noqa: E731
    return lambda action, resource: action_ok(action) and resource_ok(resource)


def role_documents(backend: Any, role_name: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(policy id, policy type, document) for every policy that applies to the role."""
    role = backend.get_role(role_name)
    documents = []
    for policy in role.managed_policies.values():
        version = next(v for v in policy.versions if v.version_id == policy.default_version_id)
        documents.append((policy.name, "user-managed", version.document))
    for name, document in role.policies.items():
        documents.append((name, "role", document))
    return [(i, t, json.loads(unquote(d) if d.startswith("%") else d)) for i, t, d in documents]


def compile_statements(documents: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[dict[str, str], str, Any]]:
    """(matched-statement entry, effect, test) for every statement of the documents."""
    return [
        ({"SourcePolicyId": policy_id, "SourcePolicyType": policy_type}, statement.get("Effect"), statement_test(statement))
        for policy_id, policy_type, document in documents
        for statement in as_list(document.get("Statement", []))
    ]


def evaluate(statements: list[tuple[dict[str, str], str, Any]], action: str, resource: str) -> dict[str, Any]:
    decision, matched = "implicitDeny", []
    for source, effect, applies in statements:
        if not applies(action, resource):
            continue
        matched.append(source)
        if effect == "Deny":
            decision = "explicitDeny"
        elif decision == "implicitDeny":
            decision = "allowed"
    return {
        "EvalActionName": action,
        "EvalResourceName": resource,
        "EvalDecision": decision,
        "MatchedStatements": matched,
        "MissingContextValues": [],
    }


def simulate_principal_policy_stand_in() -> None:
    """Adds SimulatePrincipalPolicy to moto's IAM, evaluating a role's policies as described above."""

    def simulate_principal_policy(self: IamResponse) -> ActionResult:
        source = self._get_param("PolicySourceArn") or ""
        match = ROLE_ARN.match(source)
        if match is None or match.group(1) != self.current_account:
            raise InvalidInput(f"The stand-in simulates roles of this account only, not {source}.")
        statements = compile_statements(role_documents(self.backend, match.group(2)))
        actions = self._get_param("ActionNames", [])
        resources = self._get_param("ResourceArns", []) or ["*"]
        results = [evaluate(statements, a, r) for a in actions for r in resources]
        return ActionResult({"EvaluationResults": results, "IsTruncated": False})

    IamResponse.simulate_principal_policy = simulate_principal_policy
