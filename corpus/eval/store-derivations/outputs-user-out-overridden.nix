let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "ov"; out = "user value"; dev = "other"; }; in [ d.outPath d.drvPath d.dev ]
