builtins.toJSON { a = [ 1 "two" 3.5 null true ]; b = { c = "d"; }; }
