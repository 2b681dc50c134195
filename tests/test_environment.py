"""requirements.txt and environment.yml pin the same Python packages, exactly."""
import re

from conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==(\S+)$")


def requirements() -> list[str]:
    lines = [l.split("#")[0].strip() for l in (ROOT / "requirements.txt").read_text().splitlines()]
    return [l for l in lines if l]


def environment_pip() -> list[str]:
    """The entries of the `- pip:` list in environment.yml (read by indentation; no YAML library needed)."""
    entries, inside, indent = [], False, None
    for line in (ROOT / "environment.yml").read_text().splitlines():
        stripped = line.split("#")[0].rstrip()
        if not stripped.strip():
            continue
        if re.match(r"^\s*-\s*pip\s*:\s*$", stripped):
            inside, indent = True, len(stripped) - len(stripped.lstrip())
            continue
        if inside:
            if len(stripped) - len(stripped.lstrip()) <= indent:
                break
            entries.append(stripped.strip().lstrip("-").strip())
    return entries


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_requirements_are_exact_pins():
    loose = [r for r in requirements() if not PIN.match(r)]
    assert not loose, f"requirements.txt lines that are not exact == pins: {loose}"


def test_environment_yml_pins_the_same_packages():
    req = {canonical(PIN.match(r)[1]): PIN.match(r)[2] for r in requirements() if PIN.match(r)}
    env = {}
    for entry in environment_pip():
        m = PIN.match(entry)
        assert m, f"environment.yml pip entry is not an exact == pin: {entry}"
        env[canonical(m[1])] = m[2]
    assert env == req, (f"environment.yml and requirements.txt drifted: only in requirements {sorted(set(req.items()) - set(env.items()))}, "
                        f"only in environment.yml {sorted(set(env.items()) - set(req.items()))}")
