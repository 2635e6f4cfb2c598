let
  fod = args: derivation ({ name = "fetched"; system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let dep = v: derivation { name = "dep"; system = "x"; builder = "/bin/sh"; inherit v; }; f = v: fod { outputHashAlgo = "sha256"; outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq"; src = dep v; }; in [ ((f "1").outPath == (f "2").outPath) ((f "1").drvPath == (f "2").drvPath) ]
