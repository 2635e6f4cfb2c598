let
  fod = args: derivation ({ name = "fetched"; system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = fod { outputHashAlgo = "sha256"; outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq${builtins.toFile "x" "y"}"; }; in [ d.drvPath d.outPath ]
