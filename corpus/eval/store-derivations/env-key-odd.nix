let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "e"; "with space" = "1"; "quote\"key" = "2"; "" = "empty key"; }).drvPath
