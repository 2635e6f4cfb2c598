let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let user = n: mk { name = "user"; dep = mk { name = n; }; }; in [ (user "a").outPath (user "b").outPath ]
