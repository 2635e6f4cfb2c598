let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "ts"; }; in [ (toString d) "${d}" (d + "") ]
