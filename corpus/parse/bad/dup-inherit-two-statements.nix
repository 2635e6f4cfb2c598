let x = 1; in { inherit x; inherit x; }
