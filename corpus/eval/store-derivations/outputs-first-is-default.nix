let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "m"; outputs = [ "dev" "out" ]; }; in [ d.outputName d.outPath d.out.outPath ]
