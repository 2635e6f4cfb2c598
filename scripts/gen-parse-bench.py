#!/usr/bin/env python3
"""Generates the parse benchmark input: a large, realistic, deterministic Nix file.

Usage: scripts/gen-parse-bench.py [--size-mb N] [--seed S] OUTPUT

The file looks like a package collection (nixpkgs' all-packages.nix plus package definitions
inlined): one function over its dependencies returning a `rec` set of packages built with
`let … in`, lambdas with formals, strings with interpolation, indented build scripts, lists,
`with`, `inherit`, `or`, `?`, `//`, `if`, `assert`, dotted attribute paths, paths and comments.
Every variable is bound, so `nix-instantiate --parse` accepts it. The same seed and size always
give the same bytes (a private SplitMix64 generator; no dependence on Python's `random`).
"""
import argparse
import sys

MASK = (1 << 64) - 1


class Rng:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, items):
        return items[self.below(len(items))]

    def sample(self, items, k):
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


SYLLABLES = ["lib", "net", "gtk", "xml", "ssl", "py", "qt", "zip", "sql", "font", "img", "term", "cli",
             "core", "utils", "data", "fast", "tiny", "open", "media", "audio", "video", "crypt", "http",
             "json", "yaml", "lua", "rust", "go", "node", "boost", "glib", "dbus", "wayland", "x11"]
DEPS = ["zlib", "openssl", "curl", "libxml2", "glib", "gtk3", "python3", "perl", "ncurses",
        "readline", "sqlite", "libpng", "libjpeg", "freetype", "fontconfig", "systemd", "dbus",
        "boost", "icu", "pcre2", "libffi", "expat", "bzip2", "xz", "zstd", "lz4", "gettext"]
TOOLS = ["cmake", "pkg-config", "meson", "ninja", "autoreconfHook", "makeWrapper", "which",
         "gnumake", "bison", "flex", "python3", "perl", "installShellFiles"]
LICENSES = ["mit", "bsd3", "gpl2Plus", "gpl3Only", "lgpl21Plus", "asl20", "mpl20", "isc", "zlib"]
PLATFORMS = ["unix", "linux", "darwin", "all"]
WORDS = ["fast", "small", "portable", "library", "tool", "for", "the", "parsing", "of", "network",
         "streams", "with", "a", "simple", "command", "line", "interface", "and", "bindings",
         "modern", "secure", "implementation", "utilities", "managing", "files", "in", "C"]
COMMENTS = ["FIXME: tests fail in the sandbox", "upstream dropped autotools in 2.0",
            "keep in sync with the python bindings", "see https://example.org/issues/123",
            "needed for cross compilation", "TODO: split outputs", "disabled: flaky on aarch64"]


def name(r, parts=2):
    return "-".join(r.pick(SYLLABLES) for _ in range(1 + r.below(parts)))


def version(r):
    return ".".join(str(r.below(30)) for _ in range(2 + r.below(2)))


def sha(r):
    alphabet = "0123456789abcdfghijklmnpqrsvwxyz"
    return "".join(alphabet[r.below(32)] for _ in range(52))


def words(r, n):
    return " ".join(r.pick(WORDS) for _ in range(n))


def dep_list(r, pool, k):
    return " ".join(r.sample(pool, k))


def package(r, i):
    pname = name(r)
    out = []
    w = out.append
    if r.chance(30):
        w(f"  # {r.pick(COMMENTS)}\n")
    w(f"  pkg{i} = let\n")
    w(f"    pname = \"{pname}\";\n")
    w(f"    version = \"{version(r)}\";\n")
    if r.chance(40):
        w(f"    majorMinor = lib.versions.majorMinor version;\n")
    w(f"  in mkPackage {{\n")
    w(f"    inherit pname version;\n")
    if r.chance(60):
        w(f"    src = fetchurl {{\n")
        w(f"      url = \"https://download.example.org/{pname}/${{pname}}-${{version}}.tar.gz\";\n")
        w(f"      sha256 = \"{sha(r)}\";\n")
        w(f"    }};\n")
    else:
        w(f"    src = fetchFromGitHub {{\n")
        w(f"      owner = \"{name(r, 1)}\";\n")
        w(f"      repo = pname;\n")
        w(f"      rev = \"v${{version}}\";\n")
        w(f"      hash = \"sha256-{sha(r)[:43]}=\";\n")
        w(f"    }};\n")
    w(f"    nativeBuildInputs = [ {' '.join('pkgs.' + t for t in r.sample(TOOLS, 1 + r.below(3)))} ];\n")
    buildInputs = f"with pkgs; [ {dep_list(r, DEPS, 1 + r.below(5))} ]"
    if r.chance(35):
        buildInputs += f"\n      ++ lib.optionals stdenv.isLinux [ {' '.join('pkgs.' + d for d in r.sample(DEPS, 1 + r.below(2)))} ]"
    if r.chance(20):
        buildInputs += f"\n      ++ lib.optional (pkgs ? {r.pick(DEPS)}) pkgs.{r.pick(DEPS)}"
    w(f"    buildInputs = {buildInputs};\n")
    if r.chance(50):
        flags = " ".join(f"\"--{r.pick(['enable', 'disable', 'with', 'without'])}-{name(r, 1)}\"" for _ in range(1 + r.below(4)))
        w(f"    configureFlags = [ {flags} ]")
        if r.chance(40):
            w(f" ++ lib.optional (stdenv.hostPlatform != stdenv.buildPlatform) \"--host=${{stdenv.hostPlatform.config}}\"")
        w(";\n")
    if r.chance(30):
        w(f"    NIX_CFLAGS_COMPILE = toString [ \"-O{r.below(4)}\" \"-Wno-error={name(r, 1)}\" ];\n")
    if r.chance(45):
        w(f"    postPatch = ''\n")
        w(f"      substituteInPlace Makefile \\\n")
        w(f"        --replace '/usr/local' \"$out\" \\\n")
        w(f"        --replace 'CC = gcc' 'CC = ${{stdenv.cc.targetPrefix}}cc'\n")
        if r.chance(50):
            w(f"      patchShebangs scripts/\n")
        w(f"    '';\n")
    if r.chance(50):
        w(f"    postInstall = ''\n")
        w(f"      mkdir -p $out/share/{pname}\n")
        w(f"      cp -r ${{./data}}/* $out/share/{pname}/\n")
        if r.chance(50):
            w(f"      wrapProgram $out/bin/{pname} \\\n")
            w(f"        --prefix PATH : ${{lib.makeBinPath (with pkgs; [ {dep_list(r, DEPS, 1 + r.below(2))} ])}}\n")
        if r.chance(30):
            w(f"      # ''${{not interpolated}} and a literal ''' quote\n")
        w(f"    '';\n")
    w(f"    doCheck = {r.pick(['true', 'false', 'stdenv.isLinux', '!stdenv.isDarwin'])};\n")
    if r.chance(25):
        w(f"    enableParallelBuilding = true;\n")
    if r.chance(30):
        w(f"    passthru = {{\n")
        w(f"      updateScript = ./update-{pname}.sh;\n")
        w(f"      tests.version = callPackage ./tests.nix {{ package = self.pkg{i}; }};\n")
        w(f"    }};\n")
    w(f"    meta = with lib; {{\n")
    w(f"      description = \"{words(r, 3 + r.below(6)).capitalize()}\";\n")
    w(f"      homepage = \"https://{pname}.example.org/\";\n")
    if r.chance(40):
        w(f"      longDescription = ''\n        {words(r, 8)}\n        {words(r, 10)}.\n      '';\n")
    w(f"      license = licenses.{r.pick(LICENSES)};\n")
    w(f"      platforms = platforms.{r.pick(PLATFORMS)};\n")
    w(f"      maintainers = with maintainers; [ {' '.join(name(r, 1).replace('-', '') for _ in range(1 + r.below(3)))} ];\n")
    if r.chance(10):
        w(f"      broken = stdenv.isDarwin && stdenv.isAarch64;\n")
    w(f"    }};\n")
    w(f"  }};\n\n")
    return "".join(out)


def helper(r, i):
    # Small library-style functions: lambdas, recursion, arithmetic, list and attrset operations.
    kind = r.below(6)
    if kind == 0:
        return (f"  fold{i} = op: nul: list:\n"
                f"    let len = builtins.length list;\n"
                f"        go = n: if n == len then nul else op (builtins.elemAt list n) (go (n + 1));\n"
                f"    in go 0;\n\n")
    if kind == 1:
        return (f"  mapNames{i} = f: attrs: builtins.listToAttrs (map (name: {{\n"
                f"    name = \"${{name}}-{i}\"; value = f name attrs.${{name}};\n"
                f"  }}) (builtins.attrNames attrs));\n\n")
    if kind == 2:
        return (f"  /* Clamp {i}: keeps x within [lo, hi]. */\n"
                f"  clamp{i} = {{ lo ? 0, hi ? {r.below(1000)}, ... }}@args: x:\n"
                f"    assert lo <= hi;\n"
                f"    if x < lo then lo else if x > hi then hi else x * {1 + r.below(9)} / {1 + r.below(9)} - (args.offset or 0);\n\n")
    if kind == 3:
        return (f"  config{i} = {{\n"
                f"    services.{name(r, 1).replace('-', '')}.enable = {r.pick(['true', 'false'])};\n"
                f"    services.{name(r, 1).replace('-', '')}.settings = {{ port = {1024 + r.below(60000)}; bind = \"127.0.0.1\"; }};\n"
                f"    environment.systemPackages = [ pkg{r.below(max(i, 1))} ];\n"
                f"  }} // (if {r.pick(['true', 'false'])} then {{ networking.firewall.allowedTCPPorts = [ {r.below(65536)} ]; }} else {{ }});\n\n")
    if kind == 4:
        return (f"  filterOut{i} = pred: builtins.filter (x: !(pred x) && x != null);\n"
                f"  isUseful{i} = p: p ? meta && (p.meta.broken or false) == false;\n\n")
    return (f"  versions{i} = rec {{\n"
            f"    stable = \"{version(r)}\";\n"
            f"    unstable = \"${{stable}}-unstable-20{10 + r.below(15)}-0{1 + r.below(9)}-1{r.below(10)}\";\n"
            f"    all = [ stable unstable ] ++ lib.optional (lib.versionAtLeast stable \"1.0\") \"legacy\";\n"
            f"  }};\n\n")


HEADER = """# Parse benchmark input, generated by scripts/gen-parse-bench.py (seed {seed}). Do not edit.
{{ lib, stdenv, fetchurl, fetchFromGitHub, callPackage, pkgs, makeWrapper, ... }}@args:

let
  inherit (lib) optional optionals;
  mkPackage = {{ pname, version, meta ? {{ }}, ... }}@attrs:
    stdenv.mkDerivation (attrs // {{
      name = "${{pname}}-${{version}}";
      meta = {{ mainProgram = pname; }} // meta;
    }});
in
rec {{
  self = args.self or {{ }};

"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=2022)
    a = ap.parse_args()
    r = Rng(a.seed)
    target = int(a.size_mb * 1024 * 1024)
    parts = [HEADER.format(seed=a.seed)]
    size = len(parts[0])
    i = 0
    while size < target:
        chunk = package(r, i) + (helper(r, i) if r.chance(35) else "")
        parts.append(chunk)
        size += len(chunk)
        i += 1
    parts.append("}\n")
    with open(a.output, "w", encoding="ascii", newline="\n") as f:
        f.write("".join(parts))
    print(f"{a.output}: {size + 2} bytes, {i} packages", file=sys.stderr)


if __name__ == "__main__":
    main()
