let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; outputs = [ "out" "dev" ]; }; in (mk { name = "b"; __structuredAttrs = true; deps = [ a a.dev ]; }).drvPath
