#!/usr/bin/env python3
"""Checks schema/scenario.schema.json against the scenario corpus, and crmroi against the schema.

    check_schema.py BINARY SOURCE_DIR

- the schema is a valid draft-07 schema;
- every examples/*.json and tests/data/scenarios/valid/*.json is valid under it;
- every tests/data/scenarios/invalid/schema/*.json is invalid under it;
- `BINARY validate FILE` exits 0 for every valid file and 3 for every file under
  tests/data/scenarios/invalid/ (schema, semantic and syntax alike).

Without python3-jsonschema it exits 77 (CTest shows the test as skipped), except with CI=true,
where that is a failure: CI must never pass without checking.

Prints one line per failure and a closing "schema_check: N passed, M failed"; exits 1 on failure.
"""

import json
import os
import pathlib
import subprocess
import sys

try:
    from jsonschema import Draft7Validator
except ImportError:
    Draft7Validator = None

EXIT_OK = 0
EXIT_INVALID_DATA = 3
EXIT_SKIPPED = 77  # CTest's SKIP_RETURN_CODE for this test


def load_json(path):
    # utf-8-sig: crmroi accepts an initial byte-order mark, so the corpus may hold one.
    return json.loads(path.read_text(encoding="utf-8-sig"))


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")


def first_error(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return errors[0] if errors else None


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    binary = argv[1]
    source = pathlib.Path(argv[2])
    if Draft7Validator is None:
        # A developer without the package sees the test skipped; CI must never pass unchecked.
        if os.environ.get("CI") == "true":
            print("schema_check: FAIL: python3-jsonschema is missing (CI=true); "
                  "scripts/bootstrap installs it")
            return 1
        print("schema_check: skipped: python3-jsonschema is missing; scripts/bootstrap installs it")
        return EXIT_SKIPPED
    corpus = source / "tests" / "data" / "scenarios"
    tally = Tally()

    schema = load_json(source / "schema" / "scenario.schema.json")
    try:
        Draft7Validator.check_schema(schema)
        tally.check(True, "the schema is a draft-07 schema")
    except Exception as error:  # jsonschema.SchemaError
        tally.check(False, f"the schema is not a valid draft-07 schema: {error}")
        print(f"schema_check: {tally.passed} passed, {tally.failed} failed")
        return 1
    validator = Draft7Validator(schema)

    valid = sorted((source / "examples").glob("*.json")) + sorted((corpus / "valid").glob("*.json"))
    invalid_by_schema = sorted((corpus / "invalid" / "schema").glob("*.json"))
    invalid_otherwise = sorted((corpus / "invalid" / "semantic").glob("*.json")) + sorted(
        (corpus / "invalid" / "syntax").glob("*.json"))
    tally.check(len(valid) > 0 and len(invalid_by_schema) > 0, "the corpus is not empty")

    for path in valid:
        error = first_error(validator, load_json(path))
        where = "/" + "/".join(str(p) for p in error.absolute_path) if error else ""
        tally.check(error is None,
                    f"{path.relative_to(source)} should be valid under the schema: "
                    f"at {where}: {error.message if error else ''}")
    for path in invalid_by_schema:
        tally.check(first_error(validator, load_json(path)) is not None,
                    f"{path.relative_to(source)} should be invalid under the schema")

    for path, expected in [(p, EXIT_OK) for p in valid] + [
            (p, EXIT_INVALID_DATA) for p in invalid_by_schema + invalid_otherwise]:
        run = subprocess.run([binary, "validate", str(path)], capture_output=True, timeout=60)
        tally.check(run.returncode == expected,
                    f"crmroi validate {path.relative_to(source)} exited {run.returncode}, "
                    f"expected {expected}: {run.stderr.decode(errors='replace').strip()[:300]}")

    print(f"schema_check: {tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
