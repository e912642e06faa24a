#!/usr/bin/env python3
"""Prints an HS256 JWT for the local CivicLink, signed with JWT_SECRET from .local/civiclink.env.

Standard library only, so it runs before any venv exists:
    deploy/local/token.py                          # a partnership_officer of the demo authority
    deploy/local/token.py --role broker --role sme --org <uuid> --ttl 600
    curl -H "Authorization: Bearer $(deploy/local/token.py)" http://127.0.0.1:8080/v1/...
The env file is CIVICLINK_ENV_FILE if set, else .local/civiclink.env at the repo root.
A negative --ttl makes an already expired token (for tests of the 401 path).
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read_env_file(path: Path) -> dict:
    """KEY=value lines, as postgres.sh writes them (no quotes, no export)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign_hs256(claims: dict, secret: str) -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    signing_input = ".".join(
        b64url(json.dumps(part, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        for part in (header, claims)
    )
    signature = hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(signature)}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Print an HS256 JWT for the local CivicLink.")
    parser.add_argument("--role", action="append", dest="roles", metavar="ROLE",
                        help="a role claim; repeat for several (default: partnership_officer)")
    parser.add_argument("--sub", default="demo-officer", help="subject (default: demo-officer)")
    parser.add_argument("--authority", help="authority_id (default: DEMO_AUTHORITY_ID from the env file)")
    parser.add_argument("--org", help="org_id, the organisation the caller acts for (default: none)")
    parser.add_argument("--ttl", type=int, default=3600, help="seconds until exp (default: 3600)")
    parser.add_argument("--aud", help="audience (default: JWT_AUDIENCE from the env file)")
    parser.add_argument("--iss", help="issuer (default: JWT_ISSUER from the env file)")
    args = parser.parse_args(argv)

    env_path = Path(os.environ.get("CIVICLINK_ENV_FILE", ROOT / ".local" / "civiclink.env"))
    if not env_path.is_file():
        print(f"token.py: {env_path} is missing; run `make run` (or deploy/local/postgres.sh start) first",
              file=sys.stderr)
        return 1
    env = read_env_file(env_path)
    secret = env.get("JWT_SECRET", "")
    if len(secret) < 32:
        print(f"token.py: JWT_SECRET in {env_path} is missing or shorter than 32 characters", file=sys.stderr)
        return 1

    now = int(time.time())
    claims = {
        "sub": args.sub,
        "authority_id": args.authority or env.get("DEMO_AUTHORITY_ID", "00000000-0000-4000-8000-00000000a001"),
        "roles": args.roles or ["partnership_officer"],
        "aud": args.aud or env.get("JWT_AUDIENCE", "civiclink"),
        "iss": args.iss or env.get("JWT_ISSUER", "civiclink-local"),
        "iat": now,
        "nbf": now,
        "exp": now + args.ttl,
    }
    if args.org:
        claims["org_id"] = args.org
    print(sign_hs256(claims, secret))
    return 0


if __name__ == "__main__":
    sys.exit(main())
