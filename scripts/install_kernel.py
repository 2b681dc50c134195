"""Install the Java (JJava) kernelspec used by the notebooks into this Python environment only (sys.prefix).

The jjava wheel ships its kernel as data files in <sys.prefix>/share/jupyter/kernels/java/ (jjava.jar,
jjava-launcher.jar, kernel.json). This script rewrites kernel.json in that folder so that
  - the kernel JVM starts directly (no launcher JVM in between, one JVM less to start),
  - java.util.logging prints only warnings (kernel/logging.properties), so a normal run writes nothing to stderr,
  - the kernel is named "java" with language "java", as the notebooks' metadata says.
Run it again after any `pip install` of jjava (setup.sh does). Usage: python scripts/install_kernel.py
"""
import json
import shutil
import sys
from pathlib import Path

KERNEL_NAME = "java"
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    kernel_dir = Path(sys.prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME
    if not (kernel_dir / "jjava.jar").is_file():
        print(f"error: {kernel_dir / 'jjava.jar'} is missing: install the requirements first "
              f"({sys.executable} -m pip install -r requirements.txt), or run ./setup.sh", file=sys.stderr)
        return 1
    shutil.copyfile(ROOT / "kernel" / "logging.properties", kernel_dir / "logging.properties")
    spec = {
        "argv": [
            "java",
            "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
            "-Djava.util.logging.config.file={resource_dir}/logging.properties",
            "-jar", "{resource_dir}/jjava.jar",
            "{connection_file}",
        ],
        "display_name": "Java",
        "language": "java",
        "interrupt_mode": "message",
        "env": {},
        "metadata": {"installed_by": "nnlearn scripts/install_kernel.py"},
    }
    (kernel_dir / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    print(f"kernelspec '{KERNEL_NAME}' installed in {kernel_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
