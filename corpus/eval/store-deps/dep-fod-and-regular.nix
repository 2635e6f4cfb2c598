let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let f = mk { name = "src"; outputHashAlgo = "sha256"; outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq"; }; r = mk { name = "tool"; }; in (mk { name = "b"; src = f; nativeBuildInputs = [ r ]; }).drvPath
