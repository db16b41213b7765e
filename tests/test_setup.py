"""scripts/setup.sh run with stand-ins for python3, apt-get, chromium and
fc-list on PATH: it installs the system packages only when they are missing,
and waits for the dpkg lock when it does."""
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PYTHON = """#!/bin/sh
# python3 -m venv .venv: a .venv whose python accepts anything
mkdir -p .venv/bin && printf '#!/bin/sh\\nexit 0\\n' > .venv/bin/python && chmod +x .venv/bin/python
"""
APT = """#!/bin/sh
echo "$@" >> "$APT_LOG"
"""
# Many fonts, the CJK one first: a reader that stops at the first match
# leaves fc-list writing into a closed pipe.
FC_LIST = """#!/bin/sh
echo "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK SC:style=Regular"
i=0
while [ $i -lt 20000 ]; do echo "/usr/share/fonts/truetype/dejavu/DejaVuSans$i.ttf: DejaVu Sans:style=Book"; i=$((i+1)); done
"""


def _setup(tmp_path, tools: dict[str, str]) -> list[str]:
    (tmp_path / "repo" / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "repo" / "scripts" / "setup.sh")
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    for name, text in {"python3": PYTHON, "apt-get": APT, "id": "#!/bin/sh\necho 0\n", **tools}.items():
        (bin_ / name).write_text(text)
        (bin_ / name).chmod(0o755)
    log = tmp_path / "apt.log"
    # Only the stand-ins answer for chromium and fc-list, whatever this machine has.
    env = {"PATH": f"{bin_}:{_system_bin(tmp_path)}", "APT_LOG": str(log), "HOME": str(tmp_path)}
    subprocess.run(["bash", "scripts/setup.sh", "--test"], cwd=tmp_path / "repo", env=env, check=True, timeout=60)
    return log.read_text().splitlines() if log.exists() else []


def _system_bin(tmp_path: Path) -> Path:
    """A folder of links to bash and the utilities setup.sh uses, without chromium or fc-list."""
    sysbin = tmp_path / "sysbin"
    sysbin.mkdir()
    for name in ("bash", "sh", "dirname", "grep", "mkdir", "chmod", "printf"):
        (sysbin / name).symlink_to(shutil.which(name))
    return sysbin


def test_setup_skips_apt_when_chromium_and_cjk_fonts_are_there(tmp_path):
    assert _setup(tmp_path, {"chromium": "#!/bin/sh\n", "fc-list": FC_LIST}) == []


def test_setup_installs_missing_packages_waiting_for_the_dpkg_lock(tmp_path):
    calls = _setup(tmp_path, {"fc-list": FC_LIST})  # no chromium
    assert len(calls) == 2 and all("DPkg::Lock::Timeout=600" in c for c in calls)
    assert calls[0].endswith("update -qq") and "chromium fonts-noto-cjk" in calls[1]
