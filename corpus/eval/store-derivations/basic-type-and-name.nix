let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "hello-2.10"; }; in [ d.type d.name d.outputName d.system d.builder ]
