let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "o"; outputs = [ "out" "a b" ]; }; in [ d.outPath (builtins.attrNames (derivationStrict d.drvAttrs)) ]
