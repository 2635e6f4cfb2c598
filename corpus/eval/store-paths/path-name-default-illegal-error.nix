builtins.path { path = ./fixtures + "/at@sign.txt"; }
