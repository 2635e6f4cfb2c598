let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; in (mk { name = "b"; src = ../store-paths/fixtures/plain.txt; inherit a; }).drvPath
