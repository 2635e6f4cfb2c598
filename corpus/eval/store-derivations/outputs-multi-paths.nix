let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "multi"; outputs = [ "out" "dev" "lib" ]; }; in [ d.out.outPath d.dev.outPath d.lib.outPath d.outPath ]
