let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "m"; outputs = [ "a" "b" ]; }; in [ d.a.outputName d.b.outputName d.a.b.outputName ]
