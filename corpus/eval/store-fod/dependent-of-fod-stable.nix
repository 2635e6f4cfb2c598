let
  fod = args: derivation ({ name = "fetched"; system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let f = b: fod { outputHashAlgo = "sha256"; outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq"; builder = b; }; user = b: derivation { name = "user"; system = "x"; builder = "/bin/sh"; src = f b; }; in [ (user "/bin/a").outPath (user "/bin/b").outPath (user "/bin/a").drvPath (user "/bin/b").drvPath ]
