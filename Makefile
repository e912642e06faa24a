# CivicLink: the commands a developer needs. `make` alone lists them.
# The work is done by the scripts in deploy/local/ (see deploy/README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

# make token: ROLE (one or more, comma- or space-separated), SUB, AUTHORITY, ORG, TTL.
comma := ,
TOKEN_ARGS := $(foreach r,$(subst $(comma), ,$(ROLE)),--role $(r)) \
	$(if $(SUB),--sub $(SUB)) $(if $(AUTHORITY),--authority $(AUTHORITY)) \
	$(if $(ORG),--org $(ORG)) $(if $(TTL),--ttl $(TTL))

.PHONY: help run test stop status token logs bench bench-search bench-cpu validate

help: ## List the targets
	@echo "CivicLink: make <target>"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-10s %s\n", $$1, $$2}'

run: ## Start PostgreSQL, the four services, demo data and the gateway (127.0.0.1:8080)
	@deploy/local/run.sh

test: ## Set up as for run, then swift test, end-to-end, schemathesis, deploy checks; stop all
	@deploy/local/test.sh

stop: ## Stop the gateway, the services and PostgreSQL
	@deploy/local/stop.sh

status: ## Show what is running
	@deploy/local/postgres.sh status || true
	@deploy/local/services.sh status || true
	@deploy/local/gateway.sh status || true

token: ## Print a JWT for the local run (ROLE=broker,sme SUB= AUTHORITY= ORG= TTL=)
	@python3 deploy/local/token.py $(TOKEN_ARGS)

logs: ## Follow the service and gateway logs (FOLLOW=0 prints the last lines and returns)
	@if [ "$(FOLLOW)" = "0" ]; then tail -n 50 .local/logs/*.log; else tail -n 20 -F .local/logs/*.log; fi

bench: ## Load test through the gateway (deploy/local/bench.sh)
	@if [ -x deploy/local/bench.sh ]; then deploy/local/bench.sh; else echo "deploy/local/bench.sh does not exist yet"; exit 1; fi

bench-search: ## Search over 100,000 generated organisations beside pgbench (deploy/local/bench-search.sh)
	deploy/local/bench-search.sh

bench-cpu: ## CPU per search of the service, PostgreSQL and wrk beside pgbench's (after bench-search)
	deploy/local/bench-cpu.sh

validate: ## Offline checks of the deployment files (compose, Dockerfile, YAML, OpenAPI, nginx, scripts)
	@deploy/local/install-deps.sh >/dev/null
	@.local/venv/bin/pytest -q Tests/Deploy
