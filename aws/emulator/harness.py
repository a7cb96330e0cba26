"""The test harness's own reads and writes against the emulator, through boto3 (AWS's SDK).

Usage: python3 aws/emulator/harness.py serve
  reads one JSON request a line, {"command", "request"}, and writes one JSON line for each:
  {"answer"} or {"error"}; it exits when its stdin closes. Commands:
  accounts  {"endpoint", "accountIds": [...]} -> credentials per account (sts assume-role: moto
            then files everything those credentials do under that account)
  state     {"endpoint", "credentials", "roles": [...], "stacks": [...]} -> what IAM and
            CloudFormation hold for them
  seed      {"endpoint", "credentials", "role": {"name", "trustPolicy"}, "policies": [{"name",
            "documents", "defaultIndex"}]} -> a role with these managed policies (and versions)
  calls     {"endpoint", "credentials", "calls": [{"service", "operation", "params"}]} -> answers
  organization {"endpoint", "credentials"} -> an organization with nested OUs and two members
One process serves a whole test file, so Python and boto3 start once, not once per check.
Everything here sets up or reads state; the deliverables under test run through the real AWS CLI.
"""

import functools
import json
import sys
from typing import Any

import boto3

REGION = "us-east-1"


@functools.lru_cache(maxsize=256)
def cached_client(service: str, endpoint: str, key: str, secret: str, token: str | None) -> Any:
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        aws_session_token=token,
    )


def client(service: str, request: dict[str, Any]) -> Any:
    credentials = request.get("credentials") or {"AccessKeyId": "test", "SecretAccessKey": "test"}
    return cached_client(
        service,
        request["endpoint"],
        credentials["AccessKeyId"],
        credentials["SecretAccessKey"],
        credentials.get("SessionToken"),
    )


def accounts(request: dict[str, Any]) -> dict[str, Any]:
    sts = client("sts", {"endpoint": request["endpoint"]})
    answer = {}
    for account_id in request["accountIds"]:
        role_arn = f"arn:aws:iam::{account_id}:role/harness"
        credentials = sts.assume_role(RoleArn=role_arn, RoleSessionName="harness")["Credentials"]
        answer[account_id] = {k: credentials[k] for k in ("AccessKeyId", "SecretAccessKey", "SessionToken")}
    return answer


def policy_state(iam: Any, arn: str) -> dict[str, Any]:
    policy = iam.get_policy(PolicyArn=arn)["Policy"]
    versions = iam.list_policy_versions(PolicyArn=arn)["Versions"]
    documents = {
        v["VersionId"]: iam.get_policy_version(PolicyArn=arn, VersionId=v["VersionId"])["PolicyVersion"]["Document"]
        for v in versions
    }
    return {
        "arn": arn,
        "name": policy["PolicyName"],
        "description": policy.get("Description", ""),
        "defaultVersionId": policy["DefaultVersionId"],
        "versions": [
            {"versionId": v["VersionId"], "isDefault": v["IsDefaultVersion"], "document": documents[v["VersionId"]]}
            for v in versions
        ],
    }


def role_state(iam: Any, name: str) -> dict[str, Any] | None:
    try:
        role = iam.get_role(RoleName=name)["Role"]
    except iam.exceptions.NoSuchEntityException:
        return None
    attached = iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]
    return {
        "arn": role["Arn"],
        "name": role["RoleName"],
        "description": role.get("Description", ""),
        "maxSessionDuration": role["MaxSessionDuration"],
        "trustPolicy": role["AssumeRolePolicyDocument"],
        "inlinePolicies": iam.list_role_policies(RoleName=name)["PolicyNames"],
        "attached": [policy_state(iam, p["PolicyArn"]) for p in attached],
    }


def stack_state(cloudformation: Any, name: str) -> dict[str, Any]:
    stack = cloudformation.describe_stacks(StackName=name)["Stacks"][0]
    return {
        "status": stack["StackStatus"],
        "outputs": {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])},
    }


def state(request: dict[str, Any]) -> dict[str, Any]:
    iam, cloudformation = client("iam", request), client("cloudformation", request)
    local = iam.list_policies(Scope="Local")["Policies"]
    return {
        "roles": {name: role_state(iam, name) for name in request.get("roles", [])},
        "stacks": {name: stack_state(cloudformation, name) for name in request.get("stacks", [])},
        "policyNames": sorted(p["PolicyName"] for p in local),
    }


def seed(request: dict[str, Any]) -> dict[str, Any]:
    iam = client("iam", request)
    role = request["role"]
    iam.create_role(
        RoleName=role["name"],
        AssumeRolePolicyDocument=role["trustPolicy"],
        MaxSessionDuration=role.get("maxSessionDuration", 3600),
    )
    policies = []
    for policy in request["policies"]:
        first, *rest = policy["documents"]
        arn = iam.create_policy(
            PolicyName=policy["name"], PolicyDocument=first, Description=policy.get("description", "")
        )["Policy"]["Arn"]
        for document in rest:
            iam.create_policy_version(PolicyArn=arn, PolicyDocument=document, SetAsDefault=False)
        versions = sorted(
            (v["VersionId"] for v in iam.list_policy_versions(PolicyArn=arn)["Versions"]),
            key=lambda v: int(v[1:]),
        )
        iam.set_default_policy_version(PolicyArn=arn, VersionId=versions[policy.get("defaultIndex", 0)])
        iam.attach_role_policy(RoleName=role["name"], PolicyArn=arn)
        policies.append({"arn": arn, "versionIds": versions})
    return {"policies": policies}


def calls(request: dict[str, Any]) -> list[Any]:
    """Runs boto3 calls in order, each {"service", "operation", "params"}, and returns their answers."""
    answers = []
    for call in request["calls"]:
        method = getattr(client(call["service"], request), call["operation"])
        answer = method(**call.get("params", {}))
        answer.pop("ResponseMetadata", None)
        answers.append(answer)
    return answers


def organization(request: dict[str, Any]) -> dict[str, Any]:
    """An organization of the caller (its management account): OU `top` under the root, OU
    `nested` under `top`, and one new member account in each of them."""
    org = client("organizations", request)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    top = org.create_organizational_unit(ParentId=root, Name="top")["OrganizationalUnit"]["Id"]
    nested = org.create_organizational_unit(ParentId=top, Name="nested")["OrganizationalUnit"]["Id"]
    members = {}
    for name, parent in (("top", top), ("nested", nested)):
        status = org.create_account(AccountName=name, Email=f"{name}@example.com")["CreateAccountStatus"]
        org.move_account(AccountId=status["AccountId"], SourceParentId=root, DestinationParentId=parent)
        members[name] = status["AccountId"]
    return {"root": root, "top": top, "nested": nested, "members": members}


def organization_of_many(request: dict[str, Any]) -> dict[str, Any]:
    """An organization of the caller (its management account) for the rollout and registration
    tests: OU `workloads` under the root and OU `team` under it; the accounts named in `names`
    alternate between them; the one named `closed` is created there too, then closed."""
    org = client("organizations", request)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    workloads = org.create_organizational_unit(ParentId=root, Name="workloads")["OrganizationalUnit"]["Id"]
    team = org.create_organizational_unit(ParentId=workloads, Name="team")["OrganizationalUnit"]["Id"]
    members = []
    for index, name in enumerate([*request["names"], request["closed"]]):
        email = f"account-{index}@example.com"
        status = org.create_account(AccountName=name, Email=email)["CreateAccountStatus"]
        parent = team if index % 2 else workloads
        org.move_account(AccountId=status["AccountId"], SourceParentId=root, DestinationParentId=parent)
        members.append({"id": status["AccountId"], "name": name, "parent": parent})
    closed = members.pop()
    org.close_account(AccountId=closed["id"])
    return {"root": root, "workloads": workloads, "team": team, "members": members, "closed": closed}


COMMANDS = {
    "organizationOfMany": organization_of_many,
    "accounts": accounts,
    "state": state,
    "seed": seed,
    "calls": calls,
    "organization": organization,
}

def serve() -> None:
    for line in sys.stdin:
        message = json.loads(line)
        try:
            reply = {"answer": COMMANDS[message["command"]](message["request"])}
        except Exception as error:  # the test that asked reports it
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply, default=str), flush=True)


if __name__ == "__main__":
    serve()
