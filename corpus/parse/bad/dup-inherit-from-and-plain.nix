let x = 1; s = { x = 2; }; in { inherit x; inherit (s) x; }
