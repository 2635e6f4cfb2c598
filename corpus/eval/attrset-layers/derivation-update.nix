# The common drv-update pattern: outPath, type and printing of a layered derivation.
let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; };
    d2 = d // { meta = { a = 1; }; } // { passthru = 1; };
in [ d2.outPath d2.type (d2 == d) d2.meta.a (builtins.isAttrs d2) ]
