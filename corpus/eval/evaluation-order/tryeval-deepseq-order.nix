builtins.tryEval (builtins.deepSeq { zz = throw "zz"; aa = abort "aa"; } 1)
