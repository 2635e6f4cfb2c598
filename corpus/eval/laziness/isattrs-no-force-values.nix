builtins.isAttrs { a = abort "x"; }
