let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; b = mk { name = "b"; x = a; }; c = mk { name = "c"; x = a; }; in builtins.getContext "${b} ${c} ${a}"
