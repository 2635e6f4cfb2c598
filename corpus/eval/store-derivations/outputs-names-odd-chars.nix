let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "odd"; outputs = [ "out" "x_y" "a.b" "c-d" "1" ]; }; in map (x: x.outPath) d.all
