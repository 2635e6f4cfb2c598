let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; outputs = [ "out" "dev" ]; }; p = builtins.unsafeDiscardStringContext a.drvPath; in [ (mk { name = "b"; x = builtins.appendContext "" { ${p} = { outputs = [ "dev" ]; }; }; }).drvPath (mk { name = "b"; x = a.dev.outPath; }).drvPath ]
