builtins.stringLength (builtins.fromJSON ''"ab\u0000cd"''
