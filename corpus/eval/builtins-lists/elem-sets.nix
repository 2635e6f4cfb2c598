builtins.elem { a = [ 1 ]; } [ { a = [ 2 ]; } { a = [ 1 ]; } ]
